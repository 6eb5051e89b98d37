// This file is «Собрать отчёт»: collect every school (one read per tab), snapshot what changed into
// `Данные` (one append), compute through the core, rebuild `Свод`, `Динамика`, `Справка`, and log the
// build. Input tabs are never written; one bad school never stops the report for the others.
import { computeReport, type ReportResult } from '../core/engine';
import { buildDynamics } from '../core/report/dynamics';
import { buildNote } from '../core/report/note';
import { flaggedSchools, goodNewsRules } from '../core/report/rule-roles';
import { buildSummary, type RoadmapProgress } from '../core/report/summary';
import { selectMeasures } from '../core/roadmap/select';
import type { DataRow, DataSet } from '../core/schools';
import { dataRowToCells, foldData, readDataTab, snapshotRows, TEMPLATE_SOURCE } from '../core/store/data';
import type { Problem } from '../core/template/read';
import { TAB } from '../core/text/config';
import { B } from '../core/text/build';
import type { Workbook } from '../sheets/port';
import type { RunContext } from './check';
import { collectSubmissions } from './collect';
import { loadContext, type MonitoringContext } from './context';
import { appendLog } from './log';
import { writeModel } from './write-model';

export interface ReportRun extends RunContext {
  /** Write =SPARKLINE formulas (Google Sheets); local xlsx uses the text trend only. */
  sparkline: boolean;
  /** Reads roadmap progress per school after the build's data is known (roadmaps module). */
  roadmapProgress?: (
    wb: Workbook,
    ctx: MonitoringContext,
    result: ReportResult,
  ) => Record<string, RoadmapProgress> | undefined;
  /** Progress messages for long work («Школа 12 из 60…»). */
  onProgress?: (message: string) => void;
}

export interface BuildOutcome {
  result: ReportResult;
  problems: Problem[];
  configErrors: string[];
  summary: {
    schoolsRead: number;
    schoolsFlagged: number;
    problems: number;
    rowsAdded: number;
    calls: number;
    ms: number;
    text: string;
  };
}

export function buildReport(wb: Workbook, run: ReportRun, options: { year?: number } = {}): BuildOutcome {
  const started = Date.now();
  const callsBefore = wb.calls();
  const ctx = loadContext(wb, run.presets);
  const year = options.year ?? ctx.settings.year;
  run.onProgress?.(B.progressCollect(ctx.schools.length));
  const collected = collectSubmissions(wb, ctx.program, year, ctx.schools, run.openFile);

  const dataSheet = wb.sheet(TAB.data) ?? wb.addSheet(TAB.data);
  const stored = readDataTab(dataSheet.read());
  const problems: Problem[] = collected.flatMap((c) => c.problems);
  const excluded = new Set<string>();
  const added: DataRow[] = [];
  for (const c of collected) {
    const s = c.submission;
    if (!s || !s.layoutOk) continue;
    const hasErrors = s.problems.some((p) => p.severity === 'error');
    if (hasErrors && !ctx.program.defaults.includeSchoolsWithProblems) {
      excluded.add(c.row.school.code);
      continue;
    }
    added.push(
      ...snapshotRows([...stored.rows, ...added], {
        school: c.row.school.code,
        year,
        values: s.values,
        source: TEMPLATE_SOURCE,
        collectedAt: run.now,
      }),
    );
  }
  if (added.length > 0) {
    const last = Math.max(dataSheet.size().rows, 1);
    dataSheet.write(`A${last + 1}`, added.map(dataRowToCells));
  }

  run.onProgress?.(B.progressCompute);
  const { result, previousShnor } = computeFromRows(ctx, [...stored.rows, ...added], year, excluded);

  const submitted = new Set(collected.filter((c) => c.submission?.submitted).map((c) => c.row.school.code));
  const inputErrors = Object.fromEntries(
    collected.map((c) => [c.row.school.code, c.problems.filter((p) => p.severity === 'error').length]),
  );
  const recommendations = Object.fromEntries(
    result.schools.map((s) => [
      s.code,
      selectMeasures(ctx.program, s, ctx.settings.maxRiskDirections)
        .filter((p) => !p.always)
        .map((p) => p.measure.text),
    ]),
  );
  const roadmaps = run.roadmapProgress?.(wb, ctx, result);
  const roadmapTarget = ctx.program.defaults.roadmapCompletionTarget?.value ?? null;

  run.onProgress?.(B.progressWrite);
  const goodNews = goodNewsRules(ctx.program);
  writeModel(
    wb,
    buildSummary({
      result,
      inputErrors,
      submitted,
      goodNews,
      excluded,
      ...(roadmaps ? { roadmaps, roadmapTarget } : {}),
    }),
  );
  writeModel(wb, buildDynamics({ result, previousShnor, sparkline: run.sparkline }));
  writeModel(
    wb,
    buildNote({
      result,
      programTitle: ctx.program.title,
      municipality: ctx.settings.municipality,
      submitted,
      inputErrors,
      excluded,
      recommendations,
      ...(roadmaps ? { roadmaps, roadmapTarget } : {}),
      builtAt: run.now,
    }),
  );

  const flagged = flaggedSchools(result).length;
  const read = collected.filter((c) => c.submission?.layoutOk).length;
  const ms = Date.now() - started;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const text = B.summary(read, ctx.schools.length, flagged, errors, excluded.size);
  const calls = appendLog(wb, {
    at: run.now,
    user: run.user,
    action: 'Собрать отчёт',
    ms,
    schools: read,
    errors,
    callsBefore,
    summary: text,
  });
  return {
    result,
    problems,
    configErrors: ctx.configErrors.map((e) => e.message),
    summary: {
      schoolsRead: read,
      schoolsFlagged: flagged,
      problems: errors,
      rowsAdded: added.length,
      calls,
      ms,
      text,
    },
  };
}

/**
 * Computes the report of `year` from `Данные` rows (with the `Динамика` series over every stored year
 * up to it) and the ШНОР list of the year before, for entering/leaving. Roadmaps reuse it.
 */
export function computeFromRows(
  ctx: MonitoringContext,
  rows: readonly DataRow[],
  year: number,
  excluded: ReadonlySet<string> = new Set(),
): { result: ReportResult; previousShnor: string[] | null } {
  const data = withoutYear(foldData(rows), excluded, year);
  const schools = ctx.schools.map((r) => r.school);
  const years = [...new Set(Object.values(data).flatMap((byYear) => Object.keys(byYear).map(Number)))]
    .filter((y) => y <= year)
    .sort((a, b) => a - b);
  const seriesYears = years.includes(year) ? years : [...years, year];
  const result = computeReport({ program: ctx.program, schools, data, year, seriesYears });
  const previousShnor = years.includes(year - 1)
    ? computeReport({ program: ctx.program, schools, data, year: year - 1 })
        .schools.filter((s) => s.flags.shnor === 'yes')
        .map((s) => s.code)
    : null;
  return { result, previousShnor };
}

/** Computes the report of `year` from what `Данные` holds now (no collection, nothing written). */
export function computeFromStore(
  wb: Workbook,
  ctx: MonitoringContext,
  year: number,
): { result: ReportResult; previousShnor: string[] | null } {
  return computeFromRows(ctx, readDataTab(wb.sheet(TAB.data)?.read() ?? []).rows, year);
}

/** Drops the reporting year of schools left out by the «Учитывать школы с ошибками» setting. */
function withoutYear(data: DataSet, schools: ReadonlySet<string>, year: number): DataSet {
  if (schools.size === 0) return data;
  const out: Record<string, DataSet[string]> = { ...data };
  for (const code of schools) {
    const byYear = { ...(out[code] ?? {}) };
    delete byYear[year];
    out[code] = byYear;
  }
  return out;
}
