// Every preset computes on a generated municipality: no exception, no configuration warning (a field
// pattern that matches nothing, an aggregation that does not fit, a missing rule), every evaluated
// rule explains itself, and the result is plain JSON.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/core/engine';
import { presets } from '../../../src/core/presets';
import { School } from '../../../src/core/schools';
import { programData } from '../fixtures/synthetic';

const CONFIG_WARNINGS = ['unknownField', 'badAggregation', 'unknownRule', 'badCondition'];

describe.each(presets().map((p) => [p.id, p] as const))('preset %s', (_id, program) => {
  const schools = (['ШНОР', 'ШНСУ', 'ШНОР+ШНСУ', 'другая', 'ШНОР', 'другая'] as const).map((category, i) =>
    School.parse({ code: `s${i}`, name: `Школа ${i}`, category, cluster: `К${i % 2}` }),
  );
  const years: number[] = [];
  for (let y = program.years.from - 2; y <= program.years.to; y++) years.push(y);
  const data = programData(program, schools, years);
  const r = computeReport({ program, schools, data, year: program.years.to, seriesYears: years });

  it('computes without configuration warnings', () => {
    expect(r.warnings.filter((w) => CONFIG_WARNINGS.includes(w.code))).toEqual([]);
    expect(r.schools).toHaveLength(schools.length);
    expect(Object.keys(r.municipal.indicators)).toEqual(program.indicators.map((i) => i.code));
  });

  it('explains every evaluated rule in Russian', () => {
    for (const s of r.schools) {
      for (const v of Object.values(s.rules)) {
        expect(v.explanation.length, `${s.code} ${v.code}`).toBeGreaterThan(0);
        if (v.status !== 'outOfScope') expect(v.details, `${s.code} ${v.code}`).not.toBeNull();
      }
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
