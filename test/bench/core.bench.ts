// This file benchmarks the engine (npm run bench → vitest bench): a synthetic program with the full
// field set (26 assessments with every measure, all context fields: 187 fields; 25 indicators over
// every aggregation; every rule kind) for 500, 1,000 and 2,000 schools × 3 years of data. Each run
// computes the report for the last year with the `Динамика` series for all three years. Each
// municipality is generated only for its own benchmark, so the sizes do not share one heap. It
// prints the median time and schools per second; the target is under 200 ms for 2,000 schools,
// linear in schools.
import { bench, describe } from 'vitest';
import { computeReport, type ReportInput } from '../../src/core/engine';
import { syntheticMunicipality } from '../core/fixtures/synthetic';

const YEARS = [2022, 2023, 2024];
const SIZES = [500, 1000, 2000];
const times = new Map<number, number[]>();

describe('computeReport: every indicator and rule, 3 years', () => {
  for (const size of SIZES) {
    let input: ReportInput | null = null;
    times.set(size, []);
    bench(
      `${size} schools × ${YEARS.length} years`,
      () => {
        if (!input) throw new Error('no municipality');
        const t0 = performance.now();
        computeReport(input);
        times.get(size)?.push(performance.now() - t0);
      },
      {
        time: 0,
        iterations: 7,
        warmupTime: 0,
        warmupIterations: 2,
        setup: (_task, mode) => {
          input ??= { ...syntheticMunicipality(size, YEARS), year: 2024, seriesYears: YEARS };
          if (mode === 'run') times.set(size, []); // medians over measured runs only, not warm-up
        },
        teardown: (_task, mode) => {
          if (mode !== 'run') return;
          input = null;
          const t = [...(times.get(size) ?? [])].sort((a, b) => a - b);
          const median = t[Math.floor(t.length / 2)] ?? Number.NaN;
          console.log(
            `engine: ${size} schools × ${YEARS.length} years — median ${median.toFixed(0)} ms, ${Math.round((size / median) * 1000)} schools/s`,
          );
        },
      },
    );
  }
});
