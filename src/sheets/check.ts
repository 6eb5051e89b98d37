// This file checks what callers hand to a workbook adapter, so every adapter accepts and rejects
// the same input with the same Russian message: sheet names (the strictest of Google Sheets and
// xlsx), cell values, colors, styles, conditional rules, validations, protections, charts, frozen
// panes and widths. Checked settings come back normalized (ranges as "B3:H20", colors lower case)
// and freshly copied, so an adapter never keeps a caller's object.
import { z } from 'zod';
import { MAX_COLS, MAX_ROWS, normalizeA1, parseA1 } from '../core/a1';
import { SHEET_TEXT } from '../core/text/sheets';
import type { CellStyle, CellValue, ChartSpec, ConditionalRule, Protection, Validation } from './port';

/** Excel's rules (Google's are looser): 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function checkSheetName(name: string): string {
  const ok =
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name);
  if (!ok) throw new Error(SHEET_TEXT.badSheetName(String(name)));
  return name;
}

/** Sheet names are unique regardless of letter case, in Google Sheets and in Excel alike. */
export const sameSheetName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Returns the value if it is text, a finite number, a boolean or null; throws naming the cell otherwise. */
export function checkValue(sheet: string, cell: string, v: CellValue): CellValue {
  const ok =
    v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  if (!ok) throw new Error(SHEET_TEXT.badValue(sheet, cell, String(v)));
  return v;
}

/** A per-cell check that the value is text; `what` names the setting («примечание»). */
export const checkText =
  (sheet: string, what: string) =>
  (v: string, cell: string): string => {
    if (typeof v !== 'string') throw new Error(SHEET_TEXT.badSetting(sheet, `${what} ${cell}`, String(v)));
    return v;
  };

const COLOR = /^#[0-9a-f]{6}$/i;

/** Lower-cases a "#rrggbb" color (null stays null) or throws naming the cell. */
export function checkColor(sheet: string, cell: string, color: string | null): string | null {
  if (color === null) return null;
  if (typeof color !== 'string' || !COLOR.test(color)) throw new Error(SHEET_TEXT.badColor(sheet, cell, String(color)));
  return color.toLowerCase();
}

const isA1 = (s: string) => {
  try {
    parseA1(s);
    return true;
  } catch {
    return false;
  }
};
const A1 = z.string().refine(isA1, 'неверный адрес').transform(normalizeA1);
const Cell = A1.refine((s) => !s.includes(':'), 'нужна одна ячейка');
const Color = z
  .string()
  .regex(COLOR, 'неверный цвет (#rrggbb)')
  .transform((c) => c.toLowerCase());
const Finite = z.number().refine(Number.isFinite, 'нужно конечное число');

const ordered = (b: { min?: number; max?: number }) => b.min === undefined || b.max === undefined || b.min <= b.max;

const StyleSchema = z.object({
  background: Color.nullable().optional(),
  fontColor: Color.nullable().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  wrap: z.boolean().optional(),
  horizontalAlignment: z.enum(['left', 'center', 'right']).optional(),
  numberFormat: z.string().optional(),
});

const WhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('formula'), formula: z.string().startsWith('=', 'формула начинается с «=»') }),
  z.object({ kind: z.literal('textEquals'), text: z.string() }),
  z.object({ kind: z.literal('textContains'), text: z.string().min(1) }),
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('number'), op: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'neq']), value: Finite }),
  z.object({ kind: z.literal('between'), min: Finite, max: Finite }).refine(ordered, 'min больше max'),
]);

const RuleSchema = z.object({
  ranges: z.array(A1).min(1, 'нужен хотя бы один диапазон'),
  when: WhenSchema,
  style: z.object({ background: Color.optional(), fontColor: Color.optional(), bold: z.boolean().optional() }),
});

const bounded = <K extends string>(kind: K) =>
  z.object({ kind: z.literal(kind), min: Finite.optional(), max: Finite.optional() }).refine(ordered, 'min больше max');

const ValidationSchema = z.object({
  rule: z.discriminatedUnion('kind', [
    bounded('integer'),
    bounded('number'),
    z.object({ kind: z.literal('list'), values: z.array(z.string().min(1)).min(1, 'пустой список') }),
    z.object({ kind: z.literal('url') }),
    z.object({ kind: z.literal('date') }),
  ]),
  help: z.string(),
  strict: z.boolean(),
});

const ProtectionSchema = z
  .object({
    range: A1.nullable(),
    description: z.string(),
    // Emails compare case-insensitively; kept lower case, unique and sorted so every adapter reads back the same list.
    editors: z.array(z.string().min(1)).transform((list) => [...new Set(list.map((e) => e.toLowerCase()))].sort()),
    unprotected: z.array(A1),
    warningOnly: z.boolean(),
  })
  .refine((p) => !(p.warningOnly && p.editors.length > 0), SHEET_TEXT.warningWithEditors)
  .refine((p) => p.range === null || p.unprotected.length === 0, SHEET_TEXT.unprotectedOnRange);

const Pixels = z.number().int('нужно целое число пикселей').min(1).max(10_000);

const ChartSchema = z.object({
  kind: z.enum(['line', 'column']),
  title: z.string(),
  range: A1,
  anchor: Cell,
  width: Pixels.optional(),
  height: Pixels.optional(),
});

// Zod's Russian locale words the issues our schemas leave without a message of their own.
const russian = { error: z.locales.ru().localeError };

function parse<T>(schema: z.ZodType<T, unknown>, input: unknown, sheet: string, what: string): T {
  const r = schema.safeParse(input, russian);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.length ? `поле «${issue.path.join('.')}»: ` : '';
  throw new Error(SHEET_TEXT.badSetting(sheet, what, `${path}${issue?.message ?? ''}`));
}

export const checkStyle = (sheet: string, style: CellStyle): CellStyle => parse(StyleSchema, style, sheet, 'стиль');

export function checkRules(sheet: string, rules: ConditionalRule[]): ConditionalRule[] {
  return rules.map((r, i) => {
    const rule = parse(RuleSchema, r, sheet, `правило условного форматирования №${i + 1}`);
    // The port allows an empty style object; keep it without undefined keys for stable comparison.
    return { ...rule, style: Object.fromEntries(Object.entries(rule.style).filter(([, v]) => v !== undefined)) };
  });
}

export const checkValidation = (sheet: string, v: Validation): Validation =>
  parse(ValidationSchema, v, sheet, 'проверка данных');

export const checkProtections = (sheet: string, list: Protection[]): Protection[] =>
  list.map((p, i) => parse(ProtectionSchema, p, sheet, `защита №${i + 1}`));

export const checkCharts = (sheet: string, list: ChartSpec[]): ChartSpec[] =>
  list.map((c, i) => parse(ChartSchema, c, sheet, `диаграмма №${i + 1}`));

export const checkRanges = (sheet: string, ranges: string[]): string[] =>
  parse(z.array(A1), ranges, sheet, 'список диапазонов');

export function checkFrozen(sheet: string, rows: number, cols: number): void {
  parse(z.number().int().min(0).max(MAX_ROWS), rows, sheet, 'закреплённые строки');
  parse(z.number().int().min(0).max(MAX_COLS), cols, sheet, 'закреплённые столбцы');
}

/** Columns fromCol … fromCol+count-1 must exist. */
export function checkColumns(sheet: string, fromCol: number, count: number): void {
  parse(z.number().int().min(0), count, sheet, 'число столбцов');
  parse(
    z
      .number()
      .int()
      .min(1)
      .max(MAX_COLS - count + 1),
    fromCol,
    sheet,
    'номер первого столбца',
  );
}

export function checkWidths(sheet: string, fromCol: number, widths: number[]): void {
  checkColumns(sheet, fromCol, widths.length);
  parse(z.array(Pixels), widths, sheet, 'ширина столбцов');
}
