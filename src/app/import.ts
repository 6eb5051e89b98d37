// This file is «Импорт результатов» (issue 8) as two actions, so nothing is overwritten silently:
// previewImport parses the source and shows what would happen (matches, rows left to map, conflicts
// with stored values) and writes nothing; applyImport does it again with the user's mapping and
// choices, appends the new values to `Данные` as a new version per (year, school) in one write,
// remembers the mapping (see import-memory.ts) and logs the run. A refused file writes nothing, not
// even the log. The year is the chosen one (default: the reporting year of `Настройки`).
import { z } from 'zod';
import { SchoolMapping, type ReportType } from '../core/import';
import type { DataRow } from '../core/schools';
import { DATA_HEADER, dataRowToCells, readDataTab } from '../core/store/data';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { REPORT_LABELS } from '../core/text/import';
import { importAppText as T } from '../core/text/import-app';
import type { Workbook } from '../sheets/port';
import type { RunContext } from './check';
import { loadContext, type MonitoringContext } from './context';
import { rememberMappings, readMappings, storeLogins } from './import-memory';
import {
  commonReportType,
  conflictViews,
  planImport,
  type BlockView,
  type ConflictView,
  type ImportPlan,
  type MatchedView,
  type PlanInput,
  type UnmatchedView,
} from './import-plan';
import { ImportSource, parseSource, plainMessage, type ImportMessage } from './import-source';
import { appendLog } from './log';

const Year = z.number().int().min(1990).max(2100);

export const PreviewInput = z
  .object({
    source: ImportSource,
    year: Year.optional(),
    /** Mappings already chosen, so a re-check shows the conflicts of the schools mapped by hand. */
    mapping: SchoolMapping.default({}),
  })
  .strict();
export type PreviewOptions = z.input<typeof PreviewInput>;

export const Resolution = z.enum(['imported', 'existing']);
export const ApplyInput = PreviewInput.extend({
  /** `school|field` → which value stays; a conflict left out keeps the stored value. */
  resolutions: z.record(z.string(), Resolution).default({}),
}).strict();
export type ApplyOptions = z.input<typeof ApplyInput>;

export interface ImportRun extends RunContext {
  /** ISO date-time with offset stamped into the provenance; the current time when omitted. */
  importedAt?: string;
}

export interface ImportPreview {
  ok: boolean;
  fileName: string | null;
  /** The report type of every block, or null when the file mixes several (or was refused). */
  reportType: ReportType | null;
  year: number;
  blocks: BlockView[];
  matched: MatchedView[];
  unmatched: UnmatchedView[];
  conflicts: ConflictView[];
  /** Values that would be added without asking, and values already stored as they are. */
  newRows: number;
  unchangedRows: number;
  /** `Данные` already holds values from this very content. */
  alreadyImported: boolean;
  /** The registry, for the user to pick a school for an unmatched row. */
  schools: { code: string; name: string }[];
  warnings: ImportMessage[];
  errors: ImportMessage[];
}

export interface ImportOutcome {
  ok: boolean;
  year: number;
  rowsImported: number;
  schoolsWritten: number;
  matched: number;
  unmatched: number;
  /** Conflicts without a choice: the stored value stayed. */
  conflictsKept: number;
  loginsStored: number;
  mappingsStored: number;
  alreadyImported: boolean;
  text: string;
  warnings: ImportMessage[];
  errors: ImportMessage[];
}

function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const r = schema.safeParse(options);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  throw new AppError('INVALID_INPUT', T.badOptions(`${where}${issue?.message ?? ''}`));
}

/** «2026-05-02T10:00:00+03:00» in the runtime's time zone (the script's zone in Apps Script). */
export function isoNow(date = new Date()): string {
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
}

interface Prepared {
  ctx: MonitoringContext;
  year: number;
  stored: DataRow[];
  input: PlanInput | null;
  plan: ImportPlan;
  sourceWarnings: ImportMessage[];
}

function prepare(
  wb: Workbook,
  run: ImportRun,
  options: { source: ImportSource; year?: number | undefined; mapping?: SchoolMapping },
): Prepared {
  const ctx = loadContext(wb, run.presets);
  const year = options.year ?? ctx.settings.year;
  const parsed = parseSource(wb, options.source, year, ctx.settings.municipality);
  const stored = parsed.ok ? readDataTab(wb.sheet(TAB.data)?.read() ?? []).rows : [];
  if (!parsed.ok) return { ctx, year, stored, input: null, plan: parsed, sourceWarnings: [] };
  const input: PlanInput = {
    municipality: ctx.settings.municipality,
    program: ctx.program,
    registry: ctx.schools.map((s) => s.school),
    blocks: parsed.blocks,
    stored,
    remembered: readMappings(wb),
    mapping: options.mapping ?? {},
    year,
    fileName: parsed.fileName,
    importedAt: run.importedAt ?? isoNow(),
    collectedAt: run.now,
  };
  return { ctx, year, stored, input, plan: planImport(input), sourceWarnings: parsed.warnings };
}

export function previewImport(wb: Workbook, run: ImportRun, options: PreviewOptions): ImportPreview {
  const p = prepare(wb, run, parseOptions(PreviewInput, options));
  const schools = p.ctx.schools.map((s) => ({ code: s.school.code, name: s.school.name }));
  const empty = { blocks: [], matched: [], unmatched: [], conflicts: [], newRows: 0, unchangedRows: 0 };
  if (!p.plan.ok || p.input === null) {
    const errors = p.plan.ok ? [] : p.plan.errors;
    return {
      ok: false,
      fileName: null,
      reportType: null,
      year: p.year,
      ...empty,
      alreadyImported: false,
      schools,
      warnings: [],
      errors,
    };
  }
  const plan = p.plan;
  return {
    ok: true,
    fileName: p.input.fileName,
    reportType: commonReportType(plan.blocks),
    year: p.year,
    blocks: plan.blocks,
    matched: plan.matched,
    unmatched: plan.unmatched,
    conflicts: conflictViews(plan, p.input),
    newRows: plan.diff.new.length,
    unchangedRows: plan.diff.unchanged.length,
    alreadyImported: plan.diff.alreadyImported,
    schools,
    warnings: [...p.sourceWarnings, ...plan.warnings],
    errors: [],
  };
}

/** Each school's rows become the next version of its (year, school) in `Данные`. */
function withVersions(rows: readonly DataRow[], stored: readonly DataRow[]): DataRow[] {
  const id = (r: DataRow) => `${r.year}\u0000${r.school}`;
  const latest = new Map<string, number>();
  for (const s of stored) latest.set(id(s), Math.max(latest.get(id(s)) ?? 0, s.version));
  return rows.map((r) => ({ ...r, version: (latest.get(id(r)) ?? 0) + 1 }));
}

function appendData(wb: Workbook, rows: readonly DataRow[]): void {
  if (rows.length === 0) return;
  const cells = rows.map(dataRowToCells);
  const sheet = wb.sheet(TAB.data);
  if (sheet === null) wb.addSheet(TAB.data).write('A1', [[...DATA_HEADER], ...cells]);
  else sheet.write(`A${Math.max(sheet.size().rows, 1) + 1}`, cells);
}

export function applyImport(wb: Workbook, run: ImportRun, options: ApplyOptions): ImportOutcome {
  const started = Date.now();
  const callsBefore = wb.calls();
  const o = parseOptions(ApplyInput, options);
  const p = prepare(wb, run, o);
  const refused = (errors: ImportMessage[]): ImportOutcome => ({
    ok: false,
    year: p.year,
    rowsImported: 0,
    schoolsWritten: 0,
    matched: 0,
    unmatched: 0,
    conflictsKept: 0,
    loginsStored: 0,
    mappingsStored: 0,
    alreadyImported: false,
    text: T.refused(errors.length),
    warnings: [],
    errors,
  });
  if (!p.plan.ok) return refused(p.plan.errors);
  const plan = p.plan;
  const chosen = [...plan.diff.new];
  let kept = 0;
  for (const c of plan.diff.conflicts) {
    const choice = o.resolutions[`${c.school}|${c.field}`];
    if (choice === 'imported') chosen.push(c.row);
    else if (choice === undefined) kept += 1;
  }
  const rows = withVersions(chosen, p.stored);
  appendData(wb, rows);
  const loginsStored = storeLogins(wb, p.ctx.schools, plan.newLogins);
  rememberMappings(wb, plan.newMappings, run.now, run.user);

  const type = commonReportType(plan.blocks);
  const schoolsWritten = new Set(rows.map((r) => r.school)).size;
  const text = T.summary({
    report: type === null ? T.severalReports : REPORT_LABELS[type],
    year: p.year,
    rows: rows.length,
    schools: schoolsWritten,
    matched: plan.matched.length,
    unmatched: plan.unmatched.length,
    kept,
  });
  const warnings = [...p.sourceWarnings, ...plan.warnings, ...(kept > 0 ? [plainMessage(T.conflictsKept(kept))] : [])];
  const matchedSchools = new Set(plan.matched.map((m) => m.school)).size;
  appendLog(wb, {
    at: run.now,
    user: run.user,
    action: T.logAction,
    ms: Date.now() - started,
    schools: matchedSchools,
    errors: 0,
    callsBefore,
    summary: text,
  });
  return {
    ok: true,
    year: p.year,
    rowsImported: rows.length,
    schoolsWritten,
    matched: plan.matched.length,
    unmatched: plan.unmatched.length,
    conflictsKept: kept,
    loginsStored,
    mappingsStored: plan.newMappings.length,
    alreadyImported: plan.diff.alreadyImported,
    text,
    warnings,
    errors: [],
  };
}
