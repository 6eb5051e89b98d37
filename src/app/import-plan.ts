// This file plans an import without touching the workbook: keep the rows of the monitoring's own
// municipality (a regional table lists every municipality, and «СОШ № 1» of another town must not be
// taken for ours), match school rows to `Школы` with the remembered and the user's mappings, turn them
// into `Данные` rows and diff them against what is stored. Preview shows the plan; apply writes it.
import {
  diffAgainstExisting,
  mappingKey,
  matchSchools,
  sameMunicipality,
  toDataRows,
  type ImportDiff,
  type ImportedBlock,
  type ReportType,
  type SchoolMapping,
  type SchoolMatch,
} from '../core/import';
import { buildDictionary } from '../core/engine/dictionary';
import {
  ASSESSMENT_MEASURES,
  assessmentLabel,
  PROCEDURES,
  SUBJECTS,
  type AssessmentMeasure,
  type FieldValue,
  type Procedure,
  type Subject,
} from '../core/fields';
import type { Program } from '../core/program';
import type { DataRow, School } from '../core/schools';
import { importText, REPORT_LABELS } from '../core/text/import';
import { importAppText as T } from '../core/text/import-app';
import { plainMessage, type ImportMessage, type SheetBlock } from './import-source';

export interface BlockView {
  sheet: string;
  reportType: ReportType;
  /** «ФИС ОКО «Статистика по отметкам»: ВПР математика 5 кл., 2023 год» */
  title: string;
  year: number;
  /** School rows of the monitoring's municipality, and how many of them are matched. */
  schoolRows: number;
  matched: number;
}

export interface MatchedView {
  sheet: string;
  line: number;
  name: string;
  login?: string;
  school: string;
  schoolName: string;
  by: SchoolMatch['by'];
}

export interface UnmatchedView {
  sheet: string;
  line: number;
  name: string;
  login?: string;
  parent?: string;
  /** What `mapping` is keyed by when the user picks a school for this row. */
  key: string;
  /** Registry codes whose names are close, best first. */
  candidates: string[];
}

export interface ConflictView {
  /** `school|field`: what `resolutions` is keyed by. */
  key: string;
  school: string;
  schoolName: string;
  field: string;
  label: string;
  existing: FieldValue;
  existingSource: string;
  imported: FieldValue;
}

export interface PlanInput {
  municipality: string;
  program: Program;
  registry: readonly School[];
  blocks: readonly SheetBlock[];
  stored: readonly DataRow[];
  remembered: SchoolMapping;
  /** The user's choices for rows left unmatched: mappingKey → school code. */
  mapping: SchoolMapping;
  year: number;
  fileName: string;
  importedAt: string;
  collectedAt: string;
}

export type ImportPlan =
  | {
      ok: true;
      blocks: BlockView[];
      matched: MatchedView[];
      unmatched: UnmatchedView[];
      /** Every row the file gives for matched schools (version 1 until written). */
      diff: ImportDiff;
      /** Logins seen in the file for schools matched otherwise: stored in `Школы`. */
      newLogins: { school: string; login: string }[];
      /** Name mappings the user made in this import that are not remembered yet. */
      newMappings: { key: string; name: string; school: string }[];
      warnings: ImportMessage[];
    }
  | { ok: false; errors: ImportMessage[] };

const TOTAL = /всего|итого/i;

/** The block without rows of other municipalities; `dropped` lists the school rows left out. */
function ownRows(block: ImportedBlock, municipality: string): { block: ImportedBlock; dropped: number[] } {
  const dropped: number[] = [];
  const rows = block.rows.filter((r) => {
    if (r.kind === 'municipality') return TOTAL.test(r.name) || sameMunicipality(municipality, r.name);
    if (r.kind !== 'school' || r.parent === undefined || TOTAL.test(r.parent)) return true;
    const ours = sameMunicipality(municipality, r.parent);
    if (!ours) dropped.push(r.line);
    return ours;
  });
  return { block: { ...block, rows }, dropped };
}

/** Labels of field codes: the program's own, else built from the code (ВПР «3» is not in every program). */
export function fieldLabels(program: Program): (code: string) => string {
  const entries = buildDictionary(program).entries;
  return (code) => entries.get(code)?.def.label ?? assessmentFieldLabel(code);
}

function assessmentFieldLabel(code: string): string {
  const [p, s, g, m] = code.split('.');
  const known = (o: object, k: string | undefined): k is string =>
    k !== undefined && Object.prototype.hasOwnProperty.call(o, k);
  if (known(PROCEDURES, p) && known(SUBJECTS, s) && known(ASSESSMENT_MEASURES, m) && /^\d+$/.test(g ?? '')) {
    const label = assessmentLabel({ procedure: p as Procedure, subject: s as Subject, grade: Number(g) });
    return `${label}: ${ASSESSMENT_MEASURES[m as AssessmentMeasure]}`;
  }
  return code;
}

function blockTitle(block: ImportedBlock): string {
  const { procedure, subject, grade } = block;
  const assessment =
    procedure !== null && subject !== null && grade !== null ? assessmentLabel({ procedure, subject, grade }) : null;
  return T.blockTitle(REPORT_LABELS[block.reportType], assessment, block.year);
}

export function planImport(input: PlanInput): ImportPlan {
  const codes = new Map(input.registry.map((s) => [s.code, s.name]));
  const own = input.blocks.map(({ sheet, block }) => ({ sheet, ...ownRows(block, input.municipality) }));
  const errors: ImportMessage[] = [];
  for (const [key, code] of Object.entries(input.mapping)) {
    if (codes.has(code)) continue;
    const row = own.flatMap((o) => o.block.rows).find((r) => r.kind === 'school' && mappingKey(r) === key);
    errors.push(plainMessage(T.mappingUnknownSchool(row?.name ?? key, code)));
  }
  if (errors.length > 0) return { ok: false, errors };

  const remembered = { ...input.remembered, ...input.mapping };
  const warnings = new Map<string, ImportMessage>();
  const warn = (m: ImportMessage) => warnings.set(m.message, m);
  const matched = new Map<string, MatchedView>();
  const unmatched = new Map<string, UnmatchedView>();
  const newLogins = new Map<string, { school: string; login: string }>();
  const newMappings = new Map<string, { key: string; name: string; school: string }>();
  const rows = new Map<string, DataRow>();
  const blocks: BlockView[] = [];
  const dropped = new Set<string>();
  for (const { sheet, block, dropped: out } of own) {
    for (const line of out) dropped.add(`${sheet}\u0000${line}`);
    const m = matchSchools(block.rows, input.registry, remembered);
    m.warnings.forEach((w) => warn(plainMessage(w.message)));
    for (const x of m.matched) {
      const view: MatchedView = { sheet, ...x, schoolName: codes.get(x.school) ?? x.school };
      matched.set(`${sheet}\u0000${x.line}`, view);
      const key = mappingKey(x);
      if (x.by === 'mapping' && x.login === undefined && input.mapping[key] === x.school)
        if (input.remembered[key] !== x.school) newMappings.set(key, { key, name: x.name, school: x.school });
    }
    for (const u of m.unmatched) if (!unmatched.has(u.key)) unmatched.set(u.key, { sheet, ...u });
    for (const l of m.newLogins) newLogins.set(l.login, l);
    const provenance = { fileName: input.fileName, reportType: block.reportType, importedAt: input.importedAt };
    const made = toDataRows(block, m.matched, input.year, provenance, 1);
    if (!made.ok) {
      errors.push(...made.errors.map((e) => plainMessage(e.message)));
      continue;
    }
    for (const r of made.rows) {
      const id = `${r.school}\u0000${r.field}`;
      const earlier = rows.get(id);
      if (earlier === undefined) rows.set(id, { ...r, collectedAt: input.collectedAt });
      else if (earlier.value !== r.value) errors.push(plainMessage(importText.conflictingRows(r.school, r.field)));
    }
    blocks.push({
      sheet,
      reportType: block.reportType,
      title: blockTitle(block),
      year: block.year,
      schoolRows: block.rows.filter((r) => r.kind === 'school').length,
      matched: m.matched.length,
    });
  }
  if (errors.length > 0) return { ok: false, errors: [...new Map(errors.map((e) => [e.message, e])).values()] };
  if (dropped.size > 0) warn(plainMessage(T.otherMunicipalities(dropped.size)));
  return {
    ok: true,
    blocks,
    matched: [...matched.values()],
    unmatched: [...unmatched.values()],
    diff: diffAgainstExisting([...rows.values()], input.stored),
    newLogins: [...newLogins.values()],
    newMappings: [...newMappings.values()],
    warnings: [...warnings.values()],
  };
}

export function conflictViews(plan: Extract<ImportPlan, { ok: true }>, input: PlanInput): ConflictView[] {
  const names = new Map(input.registry.map((s) => [s.code, s.name]));
  const label = fieldLabels(input.program);
  return plan.diff.conflicts.map((c) => ({
    key: `${c.school}|${c.field}`,
    school: c.school,
    schoolName: names.get(c.school) ?? c.school,
    field: c.field,
    label: label(c.field),
    existing: c.existing,
    existingSource: c.existingSource,
    imported: c.imported,
  }));
}

/** The report type shared by every block, or null when the file mixes several. */
export function commonReportType(blocks: readonly BlockView[]): ReportType | null {
  const types = [...new Set(blocks.map((b) => b.reportType))];
  return types.length === 1 ? (types[0] ?? null) : null;
}
