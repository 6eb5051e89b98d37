// This file is what the benchmark bundles with esbuild, the way dist/Code.js bundles the engine for
// Apps Script: the engine's computeReport and the synthetic municipality it is measured on.
export { computeReport } from '../../src/core/engine';
export { syntheticMunicipality } from '../core/fixtures/synthetic';
