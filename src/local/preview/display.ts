// This file shows a cell value as Google Sheets with the Russian locale would: decimal comma, thin-space
// thousands, the number formats the add-on writes ("0", "0.0", "0.##", "0.0%", "#,##0.0", "@",
// "dd.mm.yyyy"), ISO dates as ДД.ММ.ГГГГ under a date format, booleans as ИСТИНА/ЛОЖЬ.
import type { CellValue } from '../../sheets/port';

const GROUP = '\u202f';

function digits(n: number, min: number, max: number, group: boolean): string {
  const fixed = Math.abs(n).toFixed(max);
  let [int = '0', frac = ''] = fixed.split('.');
  while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = n < 0 && /[1-9]/.test(int + frac) ? '-' : '';
  return `${sign}${int}${frac ? `,${frac}` : ''}`;
}

/** A number under a number format like "0.0", "0.##", "#,##0.0" or "0.0%". */
function formatNumber(n: number, format: string): string {
  const percent = format.includes('%');
  const value = percent ? n * 100 : n;
  const [, decimals = ''] = format.replace(/[%\s]/g, '').split('.');
  const min = (decimals.match(/0/g) ?? []).length;
  const max = min + (decimals.match(/#/g) ?? []).length;
  return `${digits(value, min, max, format.includes(','))}${percent ? '%' : ''}`;
}

/** Up to 10 significant digits, as Sheets' automatic format shows them. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n).replace('.', ',');
  return String(Number(n.toPrecision(10))).replace('.', ',');
}

export function displayValue(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return iso && /d/.test(format) ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
  }
  if (format === '' || format === '@' || !/[0#]/.test(format)) return general(value);
  return formatNumber(value, format);
}
