// This file writes and reads the custom-formula validations that stand in for port rules a
// spreadsheet has no native criterion for: whole numbers in Google Sheets (which has none),
// numbers without bounds, and URLs in xlsx. Numbers read `=AND(ISNUMBER(B2)[,B2=INT(B2)][,B2>=0][,B2<=9])`.
// The formula refers to the top-left cell of the range (relative), as both Google Sheets and
// Excel expect; reading accepts any cell there, so the rule is recognized from any cell of the range.
import type { ValidationRule } from './port';

const REF = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const NUM = String.raw`-?\d+(?:\.\d+)?(?:E[-+]?\d+)?`;

const NUMBER = new RegExp(
  String.raw`^=AND\(ISNUMBER\((${REF})\)(,\1=INT\(\1\))?(?:,\1>=(${NUM}))?(?:,\1<=(${NUM}))?\)$`,
  'i',
);
const URL = new RegExp(String.raw`^=OR\(LEFT\((${REF}),7\)="http://",LEFT\(\1,8\)="https://"\)$`, 'i');

/** Rules a custom formula can express; `cell` is the A1 of the range's top-left cell. */
export type FormulaRule = Extract<ValidationRule, { kind: 'integer' | 'number' | 'url' }>;

export function validationFormula(rule: FormulaRule, cell: string): string {
  if (rule.kind === 'url') return `=OR(LEFT(${cell},7)="http://",LEFT(${cell},8)="https://")`;
  const int = rule.kind === 'integer' ? `,${cell}=INT(${cell})` : '';
  const min = rule.min === undefined ? '' : `,${cell}>=${rule.min}`;
  const max = rule.max === undefined ? '' : `,${cell}<=${rule.max}`;
  return `=AND(ISNUMBER(${cell})${int}${min}${max})`;
}

/** The rule a formula written by `validationFormula` stands for, or null for any other formula. */
export function parseValidationFormula(formula: string): FormulaRule | null {
  const f = formula.replace(/\s+/g, '');
  if (URL.test(f)) return { kind: 'url' };
  const m = NUMBER.exec(f);
  if (!m) return null;
  return {
    kind: m[2] === undefined ? 'number' : 'integer',
    ...(m[3] !== undefined && { min: Number(m[3]) }),
    ...(m[4] !== undefined && { max: Number(m[4]) }),
  };
}
