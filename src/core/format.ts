// This file turns exact values into the Russian display the user sees: «33,3 %», «1 234», «12,50»,
// «нет данных», «да»/«нет», school years «2022/2023 уч. г.». Rounding happens only here (half away
// from zero, on the exact fraction), so a displayed «30,0 %» never hides a comparison made on floats.
import { frac, type Fraction, fromDecimal, HUNDRED, mul, roundedDigits, toFixed } from './fraction';

export const NO_DATA = 'нет данных';
export const YES = 'да';
export const NO = 'нет';

/** Groups thousands with a space and uses a decimal comma: "-1234567.5" → «-1 234 567,5». */
function russianDigits(fixed: string): string {
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const tail = dot < 0 ? '' : `,${fixed.slice(dot + 1)}`;
  const digits = intPart.startsWith('-') ? intPart.length - 1 : intPart.length;
  if (digits <= 3) return intPart + tail;
  return intPart.replace(/\B(?=(\d{3})+$)/g, ' ') + tail;
}

/** A ratio (0..1 and beyond) as a percent: 1/3 → «33,3 %». */
export function formatPercent(ratio: Fraction, digits = 1): string {
  return `${russianDigits(toFixed(mul(ratio, HUNDRED), digits))} %`;
}

/** The digits of a rounded value q / 10^digits with a dot: 333 → "33.3". */
function fixedOf(q: number, digits: number): string {
  let s = String(q);
  if (digits > 0) {
    if (s.length <= digits) s = '0'.repeat(digits + 1 - s.length) + s;
    s = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
  return s;
}

// Displays of non-negative values by their rounded digits (tenths of a percent, hundredths of a
// value): a large municipality shows the same few thousand strings over and over.
const CACHED = 100_000;
const percentCache: string[] = [];
const compactCache: string[] = [];

/** n/d (safe integers, d > 0) as a percent, like formatPercent: 1/3 → «33,3 %». */
export function formatPercentOf(n: number, d: number): string {
  const q = n >= 0 && Number.isSafeInteger(n * 100) ? roundedDigits(n * 100, d, 1) : -1;
  if (q < 0 || q >= CACHED) return formatPercent(frac(n, d));
  return (percentCache[q] ??= `${russianDigits(fixedOf(q, 1))} %`);
}

/** n/d (safe integers, d > 0) like formatCompact with 2 decimals: 7/2 → «3,5». */
export function formatCompactOf(n: number, d: number): string {
  const q = n >= 0 ? roundedDigits(n, d, 2) : -1;
  if (q < 0 || q >= CACHED) return formatCompact(frac(n, d), 2);
  let s = compactCache[q];
  if (s === undefined) {
    s = fixedOf(q, 2).replace(/0+$/, '').replace(/\.$/, '');
    s = russianDigits(s);
    compactCache[q] = s;
  }
  return s;
}

/** A value already in percent units: 30 → «30 %», 2.5 → «2,5 %» (exact, no rounding of the given digits). */
export function formatPercentValue(percent: number): string {
  return `${formatPlain(percent)} %`;
}

/** A fraction with a fixed number of decimals: 25/2 → «12,50» (digits = 2). */
export function formatDecimal(value: Fraction, digits: number): string {
  return russianDigits(toFixed(value, digits));
}

const intCache: string[] = [];

/** An integer count: 1234 → «1 234». */
export function formatInt(value: number): string {
  const v = Math.trunc(value);
  if (v >= 0 && v < CACHED) return (intCache[v] ??= russianDigits(String(v)));
  return russianDigits(String(v));
}

/** A number as written, decimal comma, no rounding: 0.64 → «0,64», 1234 → «1 234». */
export function formatPlain(value: number): string {
  const f = fromDecimal(value);
  if (!f) return String(value);
  let s = toFixed(f, 12);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return russianDigits(s);
}

/** A fraction rounded to at most `digits` decimals with trailing zeros dropped: 7/2 → «3,5», 3 → «3». */
export function formatCompact(value: Fraction, digits = 2): string {
  let s = toFixed(value, digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return russianDigits(s === '-0' ? '0' : s);
}

export function formatBool(value: boolean | null): string {
  return value === null ? NO_DATA : value ? YES : NO;
}

/** The school year that ends in `year`: 2023 → «2022/2023». */
export function schoolYear(year: number): string {
  return `${year - 1}/${year}`;
}

/** 2023 → «2022/2023 уч. г.». */
export function schoolYearLabel(year: number): string {
  return `${schoolYear(year)} уч. г.`;
}
