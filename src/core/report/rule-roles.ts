// This file says what a rule's «Да» means in the report. Rules that identify or warn (ШНОР, ШНСУ,
// low results, risk) make a school "flagged": they are counted, explained in `Справка` and shown red.
// Info rules only describe (dynamics, as roadmaps also treat them); among them a dynamics rule with
// flagWhen 'positive' marks good news — seed 004 Д7.2–Д7.7 mark schools that improved — so its «Да»
// is shown green and never makes a school "flagged".
import type { ReportResult, SchoolReport } from '../engine/types';
import type { Program } from '../program';

/** Codes of rules whose «Да» is good news. */
export function goodNewsRules(program: Program): Set<string> {
  return new Set(
    program.rules.filter((r) => r.kind.type === 'dynamics' && r.kind.flagWhen === 'positive').map((r) => r.code),
  );
}

/** The school's breached rules that flag a problem (not info rules), in program order. */
export function problemBreaches(result: ReportResult, school: SchoolReport): string[] {
  const problems = new Set(result.rules.filter((r) => r.flags !== 'info').map((r) => r.code));
  return school.breachedRules.filter((code) => problems.has(code));
}

/** Schools with at least one problem breach. */
export function flaggedSchools(result: ReportResult): SchoolReport[] {
  return result.schools.filter((s) => problemBreaches(result, s).length > 0);
}
