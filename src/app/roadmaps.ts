// This file is «Дорожные карты»: it computes the report from `Данные`, then creates or merges
// `ДК <код школы>` for the chosen schools (by default every school a rule flags for a problem) and
// `ДК Муниципалитет` for the program's own plan — one read and one rebuild per tab, keeping every
// edit (see core/roadmap/merge.ts) — and logs the run. It also reads the tabs back for the report:
// per school (and for the municipality, under «Муниципалитет») how many measures are done and overdue.
// File mode: a school whose «Лист / файл» is a link keeps its `ДК <код>` in its own file, written and
// read through the run's opener; a file that cannot be opened is a warning, never a stop.
import { z } from 'zod';
import type { ReportResult, SchoolReport } from '../core/engine/types';
import type { Program } from '../core/program';
import type { RoadmapProgress } from '../core/report/summary';
import { controlCell } from '../core/roadmap/control';
import { municipalProposals, schoolProposals, type Proposal } from '../core/roadmap/generate';
import { mergeRoadmap } from '../core/roadmap/merge';
import { roadmapProgress } from '../core/roadmap/progress';
import { isIsoDate, readRoadmapTab, renderRoadmapTab, ROADMAP_COL, ROADMAP_ROWS } from '../core/roadmap/tab';
import { sheetRangeA1, toA1 } from '../core/a1';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { FILES_TEXT } from '../core/text/files';
import { RM } from '../core/text/roadmap';
import type { Workbook } from '../sheets/port';
import type { RunContext } from './check';
import { isFileSource, type SourceOpener } from './collect';
import { loadContext, type MonitoringContext } from './context';
import { appendLog } from './log';
import { computeFromStore } from './report';
import { writeRoadmapSheet } from './roadmap-write';

export const RoadmapOptions = z.object({
  /** School codes; default: every school with a breached rule that is not informational. */
  schools: z.array(z.string().trim().min(1)).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type RoadmapOptions = z.input<typeof RoadmapOptions>;

export interface RoadmapOutcome {
  created: string[];
  merged: string[];
  warnings: string[];
}

export function roadmapTabName(school: string): string {
  return `${TAB.roadmapPrefix}${school}`;
}

export function generateRoadmaps(wb: Workbook, run: RunContext, options: RoadmapOptions = {}): RoadmapOutcome {
  const started = Date.now();
  const callsBefore = wb.calls();
  const parsed = RoadmapOptions.safeParse(options);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', RM.badOptions(parsed.error.issues.map((i) => i.message).join('; ')));
  const ctx = loadContext(wb, run.presets);
  const year = parsed.data.year ?? ctx.settings.year;
  const { result } = computeFromStore(wb, ctx, year);
  const out: RoadmapOutcome = { created: [], merged: [], warnings: [] };

  const chosen = chooseSchools(ctx.program, result, parsed.data.schools, out.warnings);
  const subtitle = RM.subtitle(ctx.program.title, year, run.now);
  for (const s of chosen) {
    const book = schoolBook(wb, ctx, s.code, run.openFile);
    if (!book) {
      out.warnings.push(FILES_TEXT.roadmapUnreachable(s.name, sourceOf(ctx, s.code)));
      continue;
    }
    const proposals = schoolProposals(ctx.program, s, year, ctx.settings.maxRiskDirections);
    syncTab(book, roadmapTabName(s.code), RM.schoolTitle(s.name, s.code), subtitle, proposals, ctx.program, year, out);
  }
  syncTab(
    wb,
    TAB.roadmapMunicipal,
    RM.municipalTitle(ctx.settings.municipality),
    subtitle,
    municipalProposals(ctx.program, year),
    ctx.program,
    year,
    out,
  );

  const summary = RM.summary(out.created.length, out.merged.length, out.warnings.length);
  appendLog(wb, {
    at: run.now,
    user: run.user,
    action: RM.logAction,
    ms: Date.now() - started,
    schools: chosen.length,
    errors: out.warnings.length,
    callsBefore,
    summary,
  });
  return out;
}

const sourceOf = (ctx: MonitoringContext, code: string): string =>
  ctx.schools.find((r) => r.school.code === code)?.source ?? '';

/** Where a school's roadmap lives: its own file when `Школы` links one, else this workbook; null when the file cannot be opened. */
function schoolBook(
  wb: Workbook,
  ctx: MonitoringContext,
  code: string,
  openFile: SourceOpener | undefined,
): Workbook | null {
  const source = sourceOf(ctx, code);
  return isFileSource(source) ? (openFile?.(source) ?? null) : wb;
}

/** Schools asked for (unknown codes warned about), else those a problem rule flags; never one whose tab would be «ДК Муниципалитет». */
function chooseSchools(
  program: Program,
  result: ReportResult,
  asked: string[] | undefined,
  warnings: string[],
): SchoolReport[] {
  const problemRules = new Set(program.rules.filter((r) => r.flags !== 'info').map((r) => r.code));
  let chosen: SchoolReport[];
  if (asked) {
    chosen = [];
    for (const code of new Set(asked)) {
      const s = result.schools.find((x) => x.code === code);
      if (s) chosen.push(s);
      else warnings.push(RM.unknownSchool(code));
    }
  } else {
    chosen = result.schools.filter((s) => s.breachedRules.some((r) => problemRules.has(r)));
    if (chosen.length === 0) warnings.push(RM.noFlagged);
  }
  return chosen.filter((s) => {
    const reserved = roadmapTabName(s.code) === TAB.roadmapMunicipal;
    if (reserved) warnings.push(RM.reservedCode(s.code));
    return !reserved;
  });
}

/** Creates or merges one tab: one read, one rebuild. A tab that cannot be read safely is left alone. */
function syncTab(
  wb: Workbook,
  name: string,
  title: string,
  subtitle: string,
  proposals: Proposal[],
  program: Program,
  year: number,
  out: RoadmapOutcome,
): void {
  const sheet = wb.sheet(name);
  const read = sheet
    ? readRoadmapTab(name, sheet.read())
    : { ok: true as const, rows: [], suggested: [], problems: [] };
  if (!read.ok) {
    out.warnings.push(read.problem);
    return;
  }
  out.warnings.push(...read.problems);
  const merged = mergeRoadmap(
    read.rows,
    proposals,
    read.suggested,
    (deadline) => controlCell(deadline, year, program.years),
    year,
  );
  const rendered = renderRoadmapTab({ title, subtitle, rows: merged.rows, suggested: merged.suggested });
  writeRoadmapSheet(sheet ?? wb.addSheet(name), rendered, sheet === null);
  (sheet ? out.merged : out.created).push(name);
  const unparsed = merged.rows.flatMap((r, i) =>
    r.cells.control === RM.unparsed ? [sheetRangeA1(name, toA1(ROADMAP_ROWS.first + i, ROADMAP_COL.control))] : [],
  );
  if (unparsed.length > 0) out.warnings.push(RM.unparsedCells(name, unparsed));
}

/**
 * Progress of every roadmap tab on `asOf` (ISO date): per school of the report that has `ДК <код>`,
 * and the municipality's own plan under RM.municipalKey, so the `Свод` total and the `Справка` cover
 * the whole complex of measures (seed 000 L444 judges «Процент выполнения комплекса мер»).
 */
export function readRoadmapProgress(
  wb: Workbook,
  ctx: MonitoringContext,
  result: ReportResult,
  asOf: string,
  openFile?: SourceOpener,
): Record<string, RoadmapProgress> {
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', RM.badAsOf(asOf));
  const out: Record<string, RoadmapProgress> = {};
  const tabs: [string, string, Workbook | null][] = [
    ...result.schools.map((s): [string, string, Workbook | null] => [
      s.code,
      roadmapTabName(s.code),
      schoolBook(wb, ctx, s.code, openFile),
    ]),
    [RM.municipalKey, TAB.roadmapMunicipal, wb],
  ];
  const names = new Map<Workbook, Set<string>>();
  for (const [key, name, book] of tabs) {
    if (!book || key in out) continue;
    const present = names.get(book) ?? new Set(book.sheetNames());
    names.set(book, present);
    if (!present.has(name)) continue;
    const sheet = book.sheet(name);
    const read = sheet ? readRoadmapTab(name, sheet.read()) : null;
    if (read?.ok) out[key] = roadmapProgress(read.rows, asOf);
  }
  return out;
}

/** The `ReportRun.roadmapProgress` hook: progress on `asOf`, or nothing when no roadmap tab exists yet. */
export function roadmapProgressHook(
  asOf: string,
  openFile?: SourceOpener,
): (wb: Workbook, ctx: MonitoringContext, result: ReportResult) => Record<string, RoadmapProgress> | undefined {
  return (wb, ctx, result) => {
    const progress = readRoadmapProgress(wb, ctx, result, asOf, openFile);
    return Object.keys(progress).length > 0 ? progress : undefined;
  };
}
