// This file turns a workbook into a monitoring system: config tabs, the data store, the log and a
// template per school. Re-running is safe: it adds what is missing (a school, an indicator row, a
// tab) and never deletes or overwrites entered values; it returns what it created or updated.
import { z } from 'zod';
import { readIndicatorsTab, indicatorsTab } from '../core/config/indicators-tab';
import { readRulesTab, rulesTab } from '../core/config/rules-tab';
import { readSchoolsTab, schoolsTab, SCHOOL_COLS, DECISIONS } from '../core/config/schools-tab';
import { settingsTab, type Settings } from '../core/config/settings-tab';
import { fieldsTab } from '../core/config/fields-tab';
import { text, type Cell } from '../core/config/cells';
import type { TabContent } from '../core/config/tab';
import type { Program } from '../core/program';
import { School, SchoolCategory } from '../core/schools';
import { DATA_HEADER } from '../core/store/data';
import { buildTemplateLayout } from '../core/template/layout';
import { readSubmission } from '../core/template/read';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { S } from '../core/text/setup';
import type { Workbook } from '../sheets/port';
import { appendRows, createTab, type ColumnValidation } from './write-tab';
import { writeTemplate } from './template';
import { LOG_HEADER } from './log';

export const SetupInput = z.object({
  presetId: z.string().min(1),
  municipality: z.string().trim().min(1, 'укажите муниципалитет'),
  year: z.number().int().min(2000).max(2100),
  mode: z.enum(['tabs', 'files']),
  schools: z
    .array(
      z.object({
        code: z.string().trim(),
        name: z.string().trim(),
        category: z.string().trim().optional(),
        email: z.string().trim().optional(),
        cluster: z.string().trim().optional(),
      }),
    )
    /** Empty: take the schools already listed on `Школы` (a re-run, or a list typed into the tab). */
    .default([]),
  coordinators: z.array(z.string().email()).default([]),
});
export type SetupInput = z.input<typeof SetupInput>;

export interface SetupReport {
  created: string[];
  updated: string[];
  warnings: string[];
}

export function schoolSheetName(code: string): string {
  return `Школа ${code}`;
}

/** Validates the wizard's school list; each problem names the line of the pasted list. */
export function parseSchools(list: SetupInput['schools']): { schools: School[]; errors: string[] } {
  const schools: School[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((s, i) => {
    const parsed = School.safeParse({
      code: s.code,
      name: s.name,
      category: s.category && s.category !== '' ? s.category : 'другая',
      ...(s.email ? { email: s.email } : {}),
      ...(s.cluster ? { cluster: s.cluster } : {}),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'code');
      errors.push(
        S.badSchool(i + 1, s.code || s.name, field, field === 'category' ? SchoolCategory.options.join(', ') : ''),
      );
      return;
    }
    if (seen.has(parsed.data.code)) {
      errors.push(S.duplicateSchool(i + 1, parsed.data.code));
      return;
    }
    seen.add(parsed.data.code);
    schools.push(parsed.data);
  });
  return { schools, errors };
}

export function setupMonitoring(wb: Workbook, program: Program, input: SetupInput): SetupReport {
  const opts = SetupInput.parse(input);
  const report: SetupReport = { created: [], updated: [], warnings: [] };
  const { schools, errors } = parseSchools(opts.schools);
  const listed = wb.sheet(TAB.schools) !== null;
  if (schools.length === 0 && (errors.length > 0 || !listed))
    throw new AppError('INVALID_INPUT', errors.length > 0 ? S.noValidSchools(errors) : S.noSchools);
  report.warnings.push(...errors);

  const settings: Settings = {
    municipality: opts.municipality,
    presetId: program.id,
    year: opts.year,
    mode: opts.mode,
    includeSchoolsWithProblems: program.defaults.includeSchoolsWithProblems,
    maxRiskDirections: program.defaults.maxRiskDirections,
    coordinators: opts.coordinators,
    deadline: null,
  };
  ensureTab(wb, settingsTab(settings), report, []);
  const existingSettings = wb.sheet(TAB.settings);
  if (existingSettings && !report.created.includes(TAB.settings)) {
    const preset = existingSettings.read().find((r) => text(r[0] ?? null) === 'Программа')?.[1];
    if (preset !== undefined && text(preset) !== program.id)
      report.warnings.push(S.otherPreset(text(preset), program.id));
  }

  const registry = ensureSchools(wb, schools, opts.mode, report);
  ensureRows(
    wb,
    indicatorsTab(program, opts.year),
    report,
    (grid) => readIndicatorsTab(program, grid, opts.year).errors.length === 0,
    [
      {
        col: 8,
        validation: {
          rule: { kind: 'list', values: ['не менее', 'не более', '—'] },
          help: S.helpComparison,
          strict: true,
        },
      },
    ],
  );
  ensureRows(wb, rulesTab(program), report, (grid) => readRulesTab(program, grid).errors.length === 0, [
    {
      col: 5,
      validation: { rule: { kind: 'list', values: ['≥', '>', '≤', '<', '='] }, help: S.helpOperator, strict: false },
    },
  ]);

  const layout = (school: School) =>
    buildTemplateLayout(program, {
      schoolName: school.name,
      schoolCode: school.code,
      year: opts.year,
      municipality: opts.municipality,
    });
  const sample = layout(registry[0] ?? (schools[0] as School));
  const fields = fieldsTab(sample);
  const existingFields = wb.sheet(TAB.fields);
  if (!existingFields) {
    createTab(wb, fields);
    report.created.push(TAB.fields);
  } else if (!sameRows(existingFields.read().slice(1), fields.rows)) {
    existingFields.clear();
    existingFields.write('A1', [fields.columns.map((c) => c.header), ...fields.rows]);
    report.updated.push(S.fieldsRefreshed);
  }
  const stores: [string, string[]][] = [
    [TAB.data, [...DATA_HEADER]],
    [TAB.log, [...LOG_HEADER]],
  ];
  for (const [name, header] of stores) {
    if (wb.sheet(name)) continue;
    const sheet = wb.addSheet(name);
    sheet.write('A1', [header]);
    sheet.setFrozen(1, 0);
    report.created.push(name);
  }

  if (opts.mode === 'files') {
    report.warnings.push(S.filesLater);
    return report;
  }
  for (const school of registry) {
    const name = schoolSheetName(school.code);
    const existing = wb.sheet(name);
    const l = layout(school);
    if (existing) {
      const check = readSubmission(program, l, existing.read(), school, name);
      if (!check.layoutOk) report.warnings.push(S.templateChanged(school.name, name));
      continue;
    }
    const sheet = wb.addSheet(name);
    writeTemplate(sheet, l, { schoolEmail: school.email ?? null, coordinators: opts.coordinators });
    report.created.push(name);
  }
  return report;
}

function ensureTab(wb: Workbook, tab: TabContent, report: SetupReport, validations: ColumnValidation[]): void {
  if (wb.sheet(tab.name)) return;
  createTab(wb, tab, validations);
  report.created.push(tab.name);
}

/** Creates the tab, or appends the rows whose key (first two columns) is missing; never touches existing rows. */
function ensureRows(
  wb: Workbook,
  tab: TabContent,
  report: SetupReport,
  readable: (grid: Cell[][]) => boolean,
  validations: ColumnValidation[],
): void {
  const sheet = wb.sheet(tab.name);
  if (!sheet) {
    createTab(wb, tab, validations);
    report.created.push(tab.name);
    return;
  }
  const grid = sheet.read();
  const key = (r: readonly Cell[]) => `${text(r[0] ?? null)}\u0000${tab.name === TAB.rules ? text(r[1] ?? null) : ''}`;
  const have = new Set(grid.slice(1).map(key));
  const missing = tab.rows.filter((r) => !have.has(key(r)));
  if (missing.length > 0) {
    appendRows(sheet, missing, tab.columns.length);
    report.updated.push(S.rowsAdded(tab.name, missing.length));
  }
  if (!readable(grid)) report.warnings.push(S.tabHasErrors(tab.name));
}

/** Creates `Школы` or appends the schools whose codes are new; returns the full registry in sheet order. */
function ensureSchools(wb: Workbook, schools: School[], mode: 'tabs' | 'files', report: SetupReport): School[] {
  const source = (s: School) => (mode === 'tabs' ? schoolSheetName(s.code) : '');
  const sheet = wb.sheet(TAB.schools);
  if (!sheet) {
    const tab = schoolsTab(schools.map((school) => ({ school, source: source(school) })));
    createTab(wb, tab, [
      {
        col: SCHOOL_COLS.category,
        validation: { rule: { kind: 'list', values: [...SchoolCategory.options] }, help: S.helpCategory, strict: true },
      },
      {
        col: SCHOOL_COLS.decision,
        validation: { rule: { kind: 'list', values: [...DECISIONS] }, help: S.helpDecision, strict: true },
      },
    ]);
    report.created.push(TAB.schools);
    return schools;
  }
  const { rows, errors } = readSchoolsTab(sheet.read());
  for (const e of errors) report.warnings.push(e.message);
  const have = new Set(rows.map((r) => r.school.code));
  const fresh = schools.filter((s) => !have.has(s.code));
  if (fresh.length > 0) {
    const tab = schoolsTab(fresh.map((school) => ({ school, source: source(school) })));
    appendRows(sheet, tab.rows, tab.columns.length);
    report.updated.push(S.schoolsAdded(fresh.map((s) => s.code)));
  }
  return [...rows.map((r) => r.school), ...fresh];
}

function sameRows(a: Cell[][], b: Cell[][]): boolean {
  const norm = (g: Cell[][]) =>
    JSON.stringify(g.map((r) => r.map((c) => (c === '' ? null : c))).filter((r) => r.some((c) => c !== null)));
  return norm(a) === norm(b);
}
