// This file benchmarks the engine (npm run bench → vitest bench): a synthetic program with the full
// field set (62 assessments, all context fields, 25 indicators, every rule kind) over 500, 1,000
// and 2,000 schools × 3 years, computing the report for the last year with the series for all
// three. It prints the time and schools per second; the target is under 200 ms for 2,000 schools,
// linear in schools.
import { afterAll, bench, describe } from 'vitest';
import { computeReport } from '../../src/core/engine';
import { syntheticMunicipality } from '../core/fixtures/synthetic';

const YEARS = [2022, 2023, 2024];
const SIZES = [500, 1000, 2000];
const times = new Map<number, number[]>();

describe('computeReport: every indicator and rule, 3 years', () => {
  for (const size of SIZES) {
    const m = syntheticMunicipality(size, YEARS);
    times.set(size, []);
    bench(
      `${size} schools × ${YEARS.length} years`,
      () => {
        const t0 = performance.now();
        computeReport({ ...m, year: 2024, seriesYears: YEARS });
        times.get(size)?.push(performance.now() - t0);
      },
      { iterations: 10, warmupIterations: 2 },
    );
  }
  afterAll(() => {
    for (const size of SIZES) {
      const t = [...(times.get(size) ?? [])].sort((a, b) => a - b);
      const median = t[Math.floor(t.length / 2)] ?? NaN;
      process.stdout.write(`engine ${size} schools × 3 years: median ${median.toFixed(1)} ms, ${Math.round((size / median) * 1000)} schools/s\n`);
    }
  });
});
