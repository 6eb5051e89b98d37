// This file reads one reported value of one school in one year and validates it against the field's
// type: a number where a number is needed, a yes/no where a flag is needed. Blank is «нет данных»
// (null); anything else that does not fit is reported as a problem naming the school, the year and
// the field, and is never coerced (a text in a count cell is not 0).
import { problem } from '../text/indicators';
import { indicatorText } from '../text/indicators';
import { addProblem, type Ctx } from './context';

/** A value that failed validation; the problem is already recorded. */
export const BAD = Symbol('bad');
export type NumRead = number | null | typeof BAD;
export type BoolRead = boolean | null | typeof BAD;

function raw(ctx: Ctx, school: string, year: number, code: string): unknown {
  const v = ctx.data[school]?.[year]?.[code];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && v.trim() === '') return null;
  return v;
}

export function fieldLabel(ctx: Ctx, code: string): string {
  return ctx.dict.entries.get(code)?.def.label ?? code;
}

function schoolName(ctx: Ctx, code: string): string {
  const s = ctx.schoolByCode.get(code);
  return indicatorText.school(s?.name ?? code, code);
}

function report(ctx: Ctx, school: string, year: number, code: string, message: string): typeof BAD {
  addProblem(ctx, { school, year, field: code, message });
  return BAD;
}

export function readNumber(ctx: Ctx, school: string, year: number, code: string): NumRead {
  const v = raw(ctx, school, year, code);
  if (v === null) return null;
  const def = ctx.dict.entries.get(code)?.def;
  const label = fieldLabel(ctx, code);
  const name = (): string => schoolName(ctx, school);
  if (typeof v !== 'number' || !Number.isFinite(v) || (def && (def.type === 'bool' || def.type === 'url' || def.type === 'text'))) {
    return report(ctx, school, year, code, problem.notNumber(name(), year, label, code, v));
  }
  if (def?.type === 'count' && (!Number.isInteger(v) || v < 0)) {
    return report(ctx, school, year, code, problem.notCount(name(), year, label, code, v));
  }
  if (def?.min !== undefined && v < def.min) {
    return report(ctx, school, year, code, problem.belowMin(name(), year, label, code, v, def.min));
  }
  if (def?.max !== undefined && v > def.max) {
    return report(ctx, school, year, code, problem.aboveMax(name(), year, label, code, v, def.max));
  }
  return v;
}

export function readBool(ctx: Ctx, school: string, year: number, code: string): BoolRead {
  const v = raw(ctx, school, year, code);
  if (v === null) return null;
  if (typeof v !== 'boolean') {
    return report(ctx, school, year, code, problem.notBool(schoolName(ctx, school), year, fieldLabel(ctx, code), code, v));
  }
  return v;
}
