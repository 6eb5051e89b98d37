// This file picks a school's roadmap measures from the program's catalogue by what the report found:
// breached rules, met ШНСУ criteria, missed indicators, triggered risk factors (at most N directions,
// «500+» practice), plus the program-wide measures every school does. Each pick says why.
import type { SchoolReport } from '../engine/types';
import type { Measure, Program } from '../program';

export interface PickedMeasure {
  measure: Measure;
  /** Codes that made it relevant (rule, criterion, indicator or risk-factor codes); empty for program-wide ones. */
  because: string[];
  always: boolean;
}

export function selectMeasures(program: Program, school: SchoolReport, maxRiskDirections: number): PickedMeasure[] {
  const risks = school.riskFactors.slice(0, maxRiskDirections);
  const found = new Set([...school.breachedRules, ...school.metCriteria, ...school.missedIndicators, ...risks]);
  const picked: PickedMeasure[] = [];
  for (const measure of program.measures) {
    if (measure.level === 'municipal') continue;
    const because = measure.triggers.filter((t) => found.has(t));
    if (measure.always || because.length > 0) picked.push({ measure, because, always: measure.always });
  }
  return picked;
}

/** Measures of the municipality's own plan («ДК Муниципалитет»). */
export function municipalMeasures(program: Program): Measure[] {
  return program.measures.filter((m) => m.level !== 'school');
}
