// This file reads one school's filled template into field values and problems. It is the single
// check behind «Проверить» and «Собрать отчёт»: bad input becomes a problem naming the school, the
// field and the cell, and is left out — never coerced to 0.
import type { FieldDef, FieldValue } from '../fields';
import type { Program } from '../program';
import { sheetRangeA1, toA1 } from '../a1';
import { P, type ProblemCode } from '../text/problems';
import { T } from '../text/template';
import { MEASURE_COLUMNS, type TemplateLayout } from './layout';

export type RawCell = string | number | boolean | null;

export interface Problem {
  school: string;
  field: string | null;
  /** A1 with the sheet name, e.g. `'Школа 7'!D12`; null when not about a cell. */
  cell: string | null;
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
}

export interface Submission {
  school: string;
  /** Valid values only; a field with a problem is absent. */
  values: Record<string, FieldValue>;
  problems: Problem[];
  requiredTotal: number;
  requiredFilled: number;
  /** Share of required fields filled, 0–100, rounded down. */
  filledPercent: number;
  submitted: boolean;
  layoutOk: boolean;
}

export interface SchoolRef {
  code: string;
  name: string;
}

/** Reads the template grid (as read from A1 of the school's sheet) of one school. */
export function readSubmission(
  program: Program,
  layout: TemplateLayout,
  grid: RawCell[][],
  school: SchoolRef,
  sheet: string,
): Submission {
  const at = (row: number, col: number): RawCell => grid[row - 1]?.[col - 1] ?? null;
  const ref = (row: number, col: number) => sheetRangeA1(sheet, toA1(row, col));
  const problems: Problem[] = [];
  const problem = (
    code: ProblemCode,
    field: FieldDef | null,
    cell: string | null,
    message: string,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ school: school.code, field: field?.code ?? null, cell, code, severity, message });

  const moved = layout.anchors.filter((a) => norm(at(a.row, a.col)) !== norm(a.text));
  if (moved.length > 0) {
    for (const a of moved.slice(0, 3)) {
      problem(
        'layout_changed',
        null,
        ref(a.row, a.col),
        P.layoutChanged(school.name, ref(a.row, a.col), a.text, String(at(a.row, a.col) ?? '')),
      );
    }
    const required = layout.inputs.filter((i) => i.field.required).length;
    return {
      school: school.code,
      values: {},
      problems,
      requiredTotal: required,
      requiredFilled: 0,
      filledPercent: 0,
      submitted: false,
      layoutOk: false,
    };
  }

  const values: Record<string, FieldValue> = {};
  let requiredTotal = 0;
  let requiredFilled = 0;
  for (const input of layout.inputs) {
    const raw = at(input.row, input.col);
    const cell = ref(input.row, input.col);
    if (input.field.required) requiredTotal += 1;
    const parsed = parseCell(input.field, raw);
    if (parsed.kind === 'empty') {
      if (input.field.required)
        problem('required_empty', input.field, cell, P.requiredEmpty(school.name, input.field.label, cell), 'warning');
      continue;
    }
    if (parsed.kind === 'bad') {
      problem(parsed.code, input.field, cell, P.bad(parsed.code, school.name, input.field.label, cell, raw));
      continue;
    }
    values[input.field.code] = parsed.value;
    if (input.field.required) requiredFilled += 1;
  }

  crossCheck(program, layout, values, (code, field, row, col, msg) =>
    problem(code, field, ref(row, col), msg(school.name, ref(row, col))),
  );

  const status = norm(at(layout.status.row, layout.status.col));
  return {
    school: school.code,
    values,
    problems,
    requiredTotal,
    requiredFilled,
    filledPercent: requiredTotal === 0 ? 100 : Math.floor((requiredFilled * 100) / requiredTotal),
    submitted: status === norm(T.statusSubmitted),
    layoutOk: true,
  };
}

type Parsed = { kind: 'empty' } | { kind: 'ok'; value: FieldValue } | { kind: 'bad'; code: ProblemCode };

/** Parses one input cell by its field type. */
export function parseCell(field: FieldDef, raw: RawCell): Parsed {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { kind: 'empty' };
  switch (field.type) {
    case 'count':
    case 'number':
    case 'score':
    case 'percent': {
      if (typeof raw !== 'number') {
        if (typeof raw === 'string' && /^\s*-?\d+,\d+\s*$/.test(raw)) return { kind: 'bad', code: 'comma_decimal' };
        if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw))
          return { kind: 'bad', code: 'number_as_text' };
        return { kind: 'bad', code: 'not_a_number' };
      }
      if (!Number.isFinite(raw)) return { kind: 'bad', code: 'not_a_number' };
      if (raw < 0) return { kind: 'bad', code: 'negative' };
      if (field.type === 'count' && !Number.isInteger(raw)) return { kind: 'bad', code: 'not_integer' };
      const max = field.type === 'percent' ? (field.max ?? 100) : field.max;
      if ((field.min !== undefined && raw < field.min) || (max !== undefined && raw > max))
        return { kind: 'bad', code: 'out_of_range' };
      return { kind: 'ok', value: raw };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { kind: 'ok', value: raw };
      const s = norm(raw);
      if (s === norm(T.yes)) return { kind: 'ok', value: true };
      if (s === norm(T.no)) return { kind: 'ok', value: false };
      return { kind: 'bad', code: 'not_yes_no' };
    }
    case 'url': {
      const s = String(raw).trim();
      return /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s) ? { kind: 'ok', value: s } : { kind: 'bad', code: 'not_a_url' };
    }
    case 'text':
      return { kind: 'ok', value: String(raw) };
  }
}

type Report = (
  code: ProblemCode,
  field: FieldDef | null,
  row: number,
  col: number,
  msg: (school: string, cell: string) => string,
) => void;

/** Checks relations between valid values: marks within participants, numerators within denominators. */
function crossCheck(
  program: Program,
  layout: TemplateLayout,
  values: Record<string, FieldValue>,
  report: Report,
): void {
  const num = (code: string) => (typeof values[code] === 'number' ? (values[code] as number) : null);
  const cellOf = new Map(layout.inputs.map((i) => [i.field.code, i]));
  for (const { key, row } of layout.assessmentRows) {
    const n = num(`${key}.n`);
    if (n === null) continue;
    const groups: { codes: string[]; what: string }[] = [
      { codes: ['m2', 'm3', 'm4', 'm5'], what: P.marksSum },
      { codes: ['below'], what: P.belowCount },
      { codes: ['confirmed', 'lowered', 'raised'], what: P.comparisonSum },
    ];
    for (const g of groups) {
      const parts = g.codes.map((c) => num(`${key}.${c}`));
      if (parts.every((p) => p === null)) continue;
      const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
      if (sum > n) {
        const first = cellOf.get(`${key}.${g.codes[0]}`);
        const col = first?.col ?? 4 + MEASURE_COLUMNS.indexOf(g.codes[0] as (typeof MEASURE_COLUMNS)[number]);
        report('exceeds_participants', first?.field ?? null, row, col, (s, c) =>
          P.exceedsParticipants(s, c, g.what, sum, n),
        );
      }
    }
  }
  const seen = new Set<string>();
  for (const ind of program.indicators) {
    if (ind.metric.kind !== 'ratio' || ind.mayExceed100) continue;
    const plain = (terms: { field: string; weight: number }[]) =>
      terms.every((t) => !t.field.includes('*') && t.weight === 1);
    if (!plain(ind.metric.num) || !plain(ind.metric.den)) continue;
    const sum = (terms: { field: string }[]) => {
      let s = 0;
      for (const t of terms) {
        const v = num(t.field);
        if (v === null) return null;
        s += v;
      }
      return s;
    };
    const a = sum(ind.metric.num);
    const b = sum(ind.metric.den);
    if (a === null || b === null || a <= b) continue;
    const first = cellOf.get(ind.metric.num[0]?.field ?? '');
    const key = `${ind.metric.num.map((t) => t.field).join('+')}/${ind.metric.den.map((t) => t.field).join('+')}`;
    if (!first || seen.has(key)) continue;
    seen.add(key);
    report('numerator_exceeds', first.field, first.row, first.col, (s, c) => P.numeratorExceeds(s, c, ind.name, a, b));
  }
}

function norm(v: RawCell): string {
  return String(v ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
}
