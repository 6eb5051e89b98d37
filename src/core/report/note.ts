// This file writes `Справка`, the analytical note in Russian prose, from the numbers only: who
// submitted (with errors, left out), remarks on the year's values (over 100 %, partial coverage),
// which targets were met, which schools are flagged and exactly why, the change since last year and
// what the dynamics rules mark, recommendations per flagged school from the program's measure
// catalogue, roadmap progress.
import type { IndicatorMeta, ReportResult, SchoolReport, Warning } from '../engine/types';
import { schoolYearLabel } from '../format';
import { N } from '../text/note';
import { flaggedSchools, problemBreaches } from './rule-roles';
import { emptyModel, type SheetModel } from './sheet-model';
import type { RoadmapProgress } from './summary';

export interface NoteInput {
  result: ReportResult;
  programTitle: string;
  municipality: string;
  submitted: ReadonlySet<string>;
  inputErrors: Readonly<Record<string, number>>;
  /** Schools left out of the report for input errors («Учитывать школы с ошибками» = «Нет»). */
  excluded?: ReadonlySet<string>;
  /** School code → recommended measures (texts) for flagged schools. */
  recommendations: Readonly<Record<string, string[]>>;
  roadmaps?: Readonly<Record<string, RoadmapProgress>>;
  roadmapTarget?: number | null;
  builtAt: string;
}

export function buildNote(input: NoteInput): SheetModel {
  const { result } = input;
  const m = emptyModel(N.tab);
  const line = (text: string) => m.grid.push([text]);
  const section = (text: string) => {
    line('');
    line(text);
    m.sectionRows.push(m.grid.length);
  };

  line(N.title(input.programTitle, input.municipality, result.yearLabel));
  m.headerRows.push(1);
  line(N.built(input.builtAt));

  section(N.s1);
  const names = (list: SchoolReport[]) => list.map((s) => s.name).join(', ');
  const got = result.schools.filter((s) => input.submitted.has(s.code));
  const missing = result.schools.filter((s) => !input.submitted.has(s.code));
  const excluded = result.schools.filter((s) => input.excluded?.has(s.code));
  const withErrors = got.filter((s) => (input.inputErrors[s.code] ?? 0) > 0 && !input.excluded?.has(s.code));
  const counted = (list: SchoolReport[]) => list.map((s) => `${s.name} (${input.inputErrors[s.code]})`).join(', ');
  line(N.submitted(got.length, result.schools.length));
  if (missing.length > 0) line(N.missing(names(missing)));
  if (withErrors.length > 0) line(N.withErrors(counted(withErrors)));
  if (excluded.length > 0) line(N.excluded(counted(excluded)));
  const warnings = warningsOfYear(result);
  if (warnings.length > 0) line(N.warnings);
  for (const w of warnings) line(`— ${w.message}`);

  section(N.s2);
  const targeted = result.indicators.filter((i) => i.target !== null);
  const value = (i: IndicatorMeta) => result.municipal.indicators[i.code];
  const achieved = targeted.filter((i) => value(i)?.attainment === 'achieved');
  const missed = targeted.filter((i) => value(i)?.attainment === 'notAchieved');
  const noData = targeted.filter((i) => value(i)?.attainment === 'noData');
  line(
    N.targetsSummary(
      targeted.length,
      achieved.length,
      missed.length,
      noData.length,
      result.indicators.length - targeted.length,
    ),
  );
  for (const i of missed) line(N.missedTarget(i, value(i)?.display ?? ''));
  for (const i of achieved) line(N.metTarget(i, value(i)?.display ?? ''));
  for (const i of noData) line(N.noDataTarget(i));

  section(N.s3);
  const flagged = flaggedSchools(result);
  if (flagged.length === 0) line(N.noneFlagged);
  for (const kind of ['shnor', 'shnsu'] as const) {
    if (!result.rules.some((r) => r.flags === kind)) continue;
    const list = result.schools.filter((s) => s.flags[kind] === 'yes');
    line(N.flaggedCount(kind, list.length, result.schools.length, names(list)));
  }
  for (const s of flagged) {
    line(N.schoolFlagged(s.name, s.category));
    for (const code of problemBreaches(result, s)) {
      const v = s.rules[code];
      const meta = result.rules.find((r) => r.code === code);
      if (v) line(N.because(meta?.name ?? code, v.explanation));
    }
  }

  section(N.s4);
  const before = m.grid.length;
  for (const s of (result.series ?? []).filter((x) => x.points.length > 1)) {
    const meta = result.indicators.find((i) => i.code === s.code);
    const [prev, cur] = s.points.slice(-2);
    if (!meta || !prev || !cur || prev.municipal.value === null || cur.municipal.value === null) continue;
    const change = cur.municipal.value - prev.municipal.value;
    const better = Math.abs(change) < 1e-9 ? null : change > 0 === (meta.direction === 'up');
    line(N.dynamicsLine(meta, prev.year, prev.municipal.display, cur.year, cur.municipal.display, better));
  }
  // info rules (dynamics): which schools each one marks
  for (const rule of result.rules.filter((r) => r.flags === 'info')) {
    const known = result.schools.filter((s) => s.rules[rule.code]?.flagged != null);
    if (known.length === 0) continue;
    line(
      N.infoRule(
        rule.name,
        known.filter((s) => s.rules[rule.code]?.flagged === true).map((s) => s.name),
        known.length,
      ),
    );
  }
  if (m.grid.length === before) line(N.noDynamics);

  section(N.s5);
  const recommended = flagged.filter((s) => (input.recommendations[s.code] ?? []).length > 0);
  if (recommended.length === 0) line(N.noRecommendations);
  for (const s of recommended) {
    line(N.recommendFor(s.name));
    for (const text of input.recommendations[s.code] ?? []) line(`— ${text}`);
  }

  if (input.roadmaps) {
    section(N.s6);
    const entries = Object.entries(input.roadmaps);
    const total = entries.reduce(
      (a, [, p]) => ({ done: a.done + p.done, total: a.total + p.total, overdue: a.overdue + p.overdue }),
      { done: 0, total: 0, overdue: 0 },
    );
    line(N.roadmapTotal(total.done, total.total, total.overdue, input.roadmapTarget ?? null));
    for (const [code, p] of entries) {
      const name = result.schools.find((s) => s.code === code)?.name ?? code;
      line(N.roadmapSchool(name, p.done, p.total, p.overdue));
    }
  }
  m.widths = [900];
  m.wrapCols = [1];
  return m;
}

/**
 * The engine's warnings about the reporting year. The `Динамика` series adds warnings about earlier
 * years; a Warning carries no year, so those are recognised by the other years' labels in the text.
 */
function warningsOfYear(result: ReportResult): Warning[] {
  const others = (result.series?.[0]?.points ?? [])
    .map((p) => p.year)
    .filter((y) => y !== result.year)
    .map(schoolYearLabel);
  return result.warnings.filter((w) => !others.some((label) => w.message.includes(label)));
}
