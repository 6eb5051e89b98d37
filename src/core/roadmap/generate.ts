// This file turns the program's measure catalogue into roadmap proposals for a reporting year: for a
// school, the measures selectMeasures picks from what the report found (each row names why: the rule,
// the ШНСУ criterion «С8 …», the risk factor, the missed indicator, or «Обязательное мероприятие
// программы»); for the municipality, the program's own plan with its tasks as directions. A measure
// whose deadline falls outside the year is proposed inactive: an existing row gets marked, none is added.
import type { SchoolReport } from '../engine/types';
import type { Measure, Program } from '../program';
import { RM } from '../text/roadmap';
import { plannedIn } from './control';
import type { CatalogueField } from './row';
import { municipalMeasures, selectMeasures } from './select';

export interface Proposal {
  id: string;
  cells: Record<CatalogueField, string>;
  /** False when the deadline is not in the reporting year. */
  active: boolean;
}

export function schoolProposals(
  program: Program,
  school: SchoolReport,
  year: number,
  maxRiskDirections: number,
): Proposal[] {
  return selectMeasures(program, school, maxRiskDirections).map((p) => {
    const names = p.because.map((code) => triggerName(program, code));
    return proposal(program, p.measure, year, names.length > 0 ? names.join('; ') : RM.programWide);
  });
}

export function municipalProposals(program: Program, year: number): Proposal[] {
  return municipalMeasures(program).map((m) => proposal(program, m, year, m.section.trim() || RM.programWide));
}

function proposal(program: Program, m: Measure, year: number, direction: string): Proposal {
  const indicator = m.indicator === undefined ? undefined : program.indicators.find((i) => i.code === m.indicator);
  return {
    id: m.id,
    cells: {
      direction,
      text: m.text,
      deadline: m.deadline,
      responsible: m.responsible,
      result: m.result,
      indicator:
        m.indicator === undefined ? '' : indicator ? RM.indicatorCell(indicator.code, indicator.name) : m.indicator,
      document: m.document,
    },
    active: plannedIn(m.deadline, year, program.years),
  };
}

/** A criterion code worth showing before its name: «С8», «К1.2» (not an internal `risk.staff`). */
const SHORT_CODE = /^\p{Lu}{1,3}\d+(\.\d+)*$/u;

/** Russian name of a trigger code: a rule, a ШНСУ criterion, a risk factor or an indicator. */
export function triggerName(program: Program, code: string): string {
  const rule = program.rules.find((r) => r.code === code);
  if (rule) return rule.name;
  for (const r of program.rules) {
    if (r.kind.type !== 'criteriaCount') continue;
    const c = r.kind.criteria.find((x) => x.code === code);
    if (c) return SHORT_CODE.test(c.code) ? `${c.code} ${c.name}` : c.name;
  }
  const risk = program.riskFactors.find((f) => f.code === code);
  if (risk) return risk.name;
  const ind = program.indicators.find((i) => i.code === code);
  if (ind) return RM.directionIndicator(ind.code, ind.name);
  return code;
}
