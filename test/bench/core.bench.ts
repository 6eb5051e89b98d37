// This file benchmarks the engine (npm run bench → vitest bench): a synthetic program with the full
// field set (26 assessments with every measure, all context fields: 187 fields; 25 indicators over
// every aggregation; every rule kind) for 500, 1,000 and 2,000 schools × 3 years of data. Each run
// computes the report for the last year with the `Динамика` series for all three years. The target
// (issue 3) is under 200 ms for 2,000 schools, linear in schools.
//
// The engine is measured as production runs it: bundled by esbuild like dist/Code.js (vitest's own
// module loading adds a quarter to the time), in this process, after two warm-up runs; each size's
// municipality is generated only for its own benchmark. Verdict wording and the series' by-code
// tables are made when first read, so a second line per size reads all of them as `Свод` and
// `Динамика` do. It prints medians, minimums and schools per second.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bench, describe } from 'vitest';
import type { ReportInput, ReportResult } from '../../src/core/engine';
import type * as Entry from './engine-entry';

const TARGET_MS = 200;
const TARGET_SIZE = 2000;
const YEARS = [2022, 2023, 2024];
const SIZES = [500, 1000, 2000];

async function bundledEngine(): Promise<typeof Entry> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./engine-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2020',
    logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'shnor-bench-'));
  const file = path.join(dir, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  try {
    return (await import(pathToFileURL(file).href)) as typeof Entry;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const engine = await bundledEngine();

/** Reads every explanation, every verdict's details and every series table (what the tabs read). */
function readAll(r: ReportResult): number {
  let n = 0;
  for (const s of r.schools) for (const v of Object.values(s.rules)) n += v.explanation.length + (v.details ? 1 : 0);
  for (const s of r.series ?? []) for (const p of s.points) n += Object.keys(p.schools).length;
  return n;
}

const median = (t: readonly number[]): number => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? Number.NaN;
const TARGET = `target: under ${TARGET_MS} ms for ${TARGET_SIZE} schools × ${YEARS.length} years, linear in schools`;
let targetShown = false;

function measure(size: number, label: string, run: (input: ReportInput) => void): void {
  let input: ReportInput | null = null;
  let times: number[] = [];
  bench(
    `${size} schools × ${YEARS.length} years${label}`,
    () => {
      if (!input) throw new Error('no municipality');
      const t0 = performance.now();
      run(input);
      times.push(performance.now() - t0);
    },
    {
      time: 0,
      iterations: 7,
      warmupTime: 0,
      warmupIterations: 2,
      setup: (_task, mode) => {
        input ??= { ...engine.syntheticMunicipality(size, YEARS), year: 2024, seriesYears: YEARS };
        if (mode === 'run') times = []; // medians over measured runs only, not warm-up
      },
      teardown: (_task, mode) => {
        if (mode !== 'run') return;
        input = null;
        const m = median(times);
        const line =
          `engine: ${size} schools × ${YEARS.length} years${label} — median ${m.toFixed(0)} ms ` +
          `(min ${Math.min(...times).toFixed(0)}), ${Math.round((size / m) * 1000)} schools/s, ` +
          `${((m / size) * 1000).toFixed(0)} µs/school`;
        console.log(targetShown ? line : `${TARGET}\n${line}`);
        targetShown = true;
      },
    },
  );
}

describe('computeReport: every indicator and rule, 3 years (engine bundled by esbuild)', () => {
  for (const size of SIZES) {
    measure(size, '', (input) => engine.computeReport(input));
    measure(size, ', every explanation and series table read', (input) => readAll(engine.computeReport(input)));
  }
});
