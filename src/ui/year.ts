// This file reads a year box of the sidebar: four digits, or empty where the year is optional.
import { STATUS } from '../core/text/ui';

export type YearInput = { ok: true; year: number | null } | { ok: false; message: string };

/** «2025» → 2025; «» → null (the server's default); anything else is refused, never guessed. */
export function readYear(text: string): YearInput {
  const value = text.trim();
  if (value === '') return { ok: true, year: null };
  return /^\d{4}$/.test(value) ? { ok: true, year: Number(value) } : { ok: false, message: STATUS.badYear };
}
