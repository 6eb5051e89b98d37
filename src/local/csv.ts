// This file reads the schools list of `init` from CSV as spreadsheets export it: UTF-8 (a BOM is
// dropped), «;», «,» or tab as the separator (whichever the header uses), quoted fields with "" inside,
// a header row naming the columns in Russian or English. Every row is checked with zod and every
// problem names its line; nothing is guessed.
import { z } from 'zod';
import { School } from '../core/schools';
import { LocalError } from './errors';
import { CSV, CSV_COLUMNS } from './text';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

/** Splits CSV text into records; a quoted field may span lines. Throws on an unclosed quote. */
export function parseCsv(text: string, separator: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += ch;
    i += 1;
  }
  if (quoted) throw new LocalError(CSV.line(file, start, CSV.quote));
  endRecord();
  return records;
}

/** The separator the first line uses most: «;», «,» or tab. */
export function detectSeparator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (s: string) => first.split(s).length - 1;
  return [';', ',', '\t'].reduce((best, s) => (count(s) > count(best) ? s : best), ';');
}

type Column = keyof typeof CSV_COLUMNS;

const HEADERS: Record<string, Column> = {
  код: 'code',
  'код школы': 'code',
  code: 'code',
  название: 'name',
  наименование: 'name',
  'краткое название': 'name',
  школа: 'name',
  name: 'name',
  категория: 'category',
  category: 'category',
  email: 'email',
  'e-mail': 'email',
  почта: 'email',
  'эл. почта': 'email',
  'электронная почта': 'email',
  кластер: 'cluster',
  куст: 'cluster',
  cluster: 'cluster',
};

/** A cell of an optional column: absent and blank both mean «not given». */
const optional = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()));

/** One row: the registry's own rules (School), blanks as «not given», category «другая» by default. */
const Row = z.object({
  code: z.string().trim().pipe(School.shape.code),
  name: z.string().trim().min(1, 'не заполнено'),
  category: optional.pipe(School.shape.category.removeDefault().optional()),
  email: optional.pipe(z.email('неверный адрес эл. почты').optional()),
  cluster: optional,
});
export type SchoolRowInput = z.output<typeof Row>;

function issueText(issue: z.core.$ZodIssue): string {
  const column = CSV_COLUMNS[issue.path[0] as Column] ?? String(issue.path[0] ?? '');
  if (issue.code === 'invalid_value')
    return `${column}: допустимо ${issue.values.map((v) => `«${String(v)}»`).join(', ')}`;
  return issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`;
}

/** Schools of a CSV file; every bad line is reported (with its number) in one error. */
export function parseSchoolsCsv(raw: string, file: string): SchoolRowInput[] {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new LocalError(CSV.empty(file));
  const records = parseCsv(text, detectSeparator(text), file);
  const [header, ...rows] = records;
  if (!header) throw new LocalError(CSV.empty(file));
  const columns = header.cells.map((c) => HEADERS[c.trim().toLowerCase()] ?? null);
  const unknown = header.cells.find((c, i) => columns[i] === null && c.trim() !== '');
  if (!columns.includes('code') || !columns.includes('name'))
    throw new LocalError(CSV.noHeader(file, [CSV_COLUMNS.code, CSV_COLUMNS.name]));
  if (unknown !== undefined) throw new LocalError(CSV.unknownColumn(file, unknown));

  const errors: string[] = [];
  const schools: SchoolRowInput[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    if (record.cells.length > header.cells.length) {
      errors.push(CSV.line(file, record.line, CSV.cells(header.cells.length, record.cells.length)));
      continue;
    }
    const fields: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column) fields[column] = record.cells[i] ?? '';
    });
    const parsed = Row.safeParse(fields);
    if (!parsed.success) {
      errors.push(CSV.line(file, record.line, parsed.error.issues.map(issueText).join('; ')));
      continue;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      errors.push(CSV.line(file, record.line, CSV.duplicate(parsed.data.code, first)));
      continue;
    }
    seen.set(parsed.data.code, record.line);
    schools.push(parsed.data);
  }
  if (errors.length > 0) throw new LocalError(errors.join('\n'));
  if (schools.length === 0) throw new LocalError(CSV.noSchools(file));
  return schools;
}
