// This file generates one demo school's values for one year: results of every assessment of the
// program (participants and unsatisfactory results), contingent, staff, conditions and program items.
// Hand-set counts of the scenario win; the rest is drawn from a generator seeded by school and year,
// with ordinary values kept clear of every rule (unsatisfactory ≤ 18 %, no ШНСУ criterion but С7 or С10).
import { assessmentKey, type FieldValue } from '../../core/fields';
import type { Program } from '../../core/program';
import { mulberry32, type Prng } from './prng';
import { DEMO, type Counts, type DemoSchool } from './scenario';

/** The measure that counts unsatisfactory results of an assessment: «2» where collected, else «below». */
export function failMeasure(measures: readonly string[]): 'm2' | 'below' {
  return measures.includes('m2') ? 'm2' : 'below';
}

/** A per-school, per-year generator: adding a school or a year does not change the others. */
function prngFor(school: string, year: number): Prng {
  let h = DEMO.seed ^ year;
  for (const ch of school) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32(h);
}

/** Pupils in a year: the 2024 roll, two per cent more for each year back. */
function pupilsIn(school: DemoSchool, year: number): number {
  return Math.round(school.pupils * (1 + (DEMO.year - year) * 0.02));
}

function ordinaryCounts(school: DemoSchool, procedure: string, rng: Prng, pupils: number): Counts {
  if (procedure === 'ege' && school.level === 'ООШ') return [0, 0];
  const cohort = (pupils / 11) * (procedure === 'ege' ? 0.6 : 1);
  const n = Math.max(3, Math.round(cohort * rng.between(0.8, 1.1)));
  return [n, Math.floor(n * rng.between(0.02, 0.18))];
}

function contextValue(
  code: string,
  school: DemoSchool,
  year: number,
  rng: Prng,
  pupils: number,
): FieldValue | undefined {
  const share = (min: number, max: number) => Math.round(pupils * rng.between(min, max));
  const staff = Math.round(pupils / 12) + 6;
  switch (code) {
    case 'pupils.total':
      return pupils;
    case 'pupils.incomplete_family':
      return share(0.08, 0.25);
    case 'pupils.unemployed_parents':
      return share(0.02, 0.08);
    case 'pupils.no_higher_ed_parents':
      return share(0.1, 0.27);
    case 'pupils.registered':
      return Math.floor(pupils * rng.between(0, 0.015));
    case 'pupils.migrant':
    case 'staff.overload_25h':
      return 0;
    case 'staff.pedagogues':
      return staff;
    case 'staff.selfdiag_done':
      return Math.round(staff * rng.between(0.4, 1));
    case 'staff.specialists':
      return rng.chance(0.7) ? 4 : 3;
    case 'cond.internet_stable':
    case 'cond.computers_enough':
      return true;
    case 'cond.small_school':
      return pupils < 100;
    case 'cond.settlement_size':
      return school.level === 'ООШ' ? rng.int(150, 900) : rng.int(900, 9000);
    case 'cond.distance_km':
      return rng.int(3, 75);
  }
  if (code.startsWith('items.') && code.endsWith('_link')) return undefined; // filled with its item
  if (code.startsWith('items.')) return rng.chance(0.8);
  return undefined;
}

/** A made-up document address for a program item (the reserved .example domain). */
export function demoLink(school: string, year: number, item: string): string {
  return `https://docs.example/${year}/${encodeURIComponent(school)}/${item.replace(/^items\./, '')}`;
}

/** Every value of one school in one year, by field code. */
export function schoolValues(program: Program, school: DemoSchool, year: number): Record<string, FieldValue> {
  const rng = prngFor(school.code, year);
  const pupils = pupilsIn(school, year);
  const values: Record<string, FieldValue> = {};
  for (const a of program.assessments) {
    const key = assessmentKey(a);
    const drawn = ordinaryCounts(school, a.procedure, rng, pupils);
    const [n, fail] = school.results?.[key]?.[year] ?? drawn;
    values[`${key}.n`] = n;
    values[`${key}.${failMeasure(a.measures)}`] = fail;
  }
  for (const field of program.fields) {
    const drawn = contextValue(field.code, school, year, rng, pupils);
    const value = school.context?.[field.code] ?? drawn;
    if (value === undefined) continue;
    values[field.code] = value;
    if (value === true && program.fields.some((f) => f.code === `${field.code}_link`)) {
      values[`${field.code}_link`] = demoLink(school.code, year, field.code);
    }
  }
  return values;
}
