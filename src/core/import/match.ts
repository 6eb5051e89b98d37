// This file matches imported school rows to the registry (`Школы`): by registry code (long tables), by
// ФИС ОКО login (a school may hold both an old sch… and a new edu… login), by a mapping the user made
// once, then by normalised name. Rows left over are listed with candidates for the user to map.
import { z } from 'zod';
import type { School } from '../schools';
import { importText } from '../text/import';
import { crossCheckMunicipalities, type CrossCheck } from './cross-check';
import { normalizeSchoolName } from './names';
import type { ImportedRow, ImportIssue } from './types';

/** Remembered mapping: mappingKey(row) → registry school code. */
export const SchoolMapping = z.record(z.string(), z.string());
export type SchoolMapping = z.infer<typeof SchoolMapping>;

export interface SchoolMatch {
  line: number;
  name: string;
  login?: string;
  school: string;
  by: 'code' | 'login' | 'mapping' | 'name';
}

export interface UnmatchedRow {
  line: number;
  name: string;
  login?: string;
  parent?: string;
  /** The key to remember once the user picks a school. */
  key: string;
  /** Registry codes whose names are close (ambiguous or partial), best first. */
  candidates: string[];
}

export interface MatchResult {
  matched: SchoolMatch[];
  unmatched: UnmatchedRow[];
  /** Logins seen in the file for schools matched otherwise: offer to store them in `Школы`. */
  newLogins: { school: string; login: string }[];
  crossChecks: CrossCheck[];
  warnings: ImportIssue[];
}

export function mappingKey(row: Pick<ImportedRow, 'login' | 'name'>): string {
  return row.login !== undefined ? `login:${row.login}` : `name:${normalizeSchoolName(row.name)}`;
}

export function matchSchools(
  rows: readonly ImportedRow[],
  registry: readonly School[],
  remembered: SchoolMapping = {},
): MatchResult {
  const codes = new Set(registry.map((s) => s.code));
  const byLogin = new Map<string, string>();
  for (const s of registry) for (const l of s.logins) byLogin.set(l.trim().toLowerCase(), s.code);
  const byName = new Map<string, string[]>();
  for (const s of registry) {
    for (const n of new Set([s.name, s.fullName ?? s.name].map(normalizeSchoolName))) {
      const list = byName.get(n) ?? [];
      if (!list.includes(s.code)) list.push(s.code);
      byName.set(n, list);
    }
  }
  const result: MatchResult = { matched: [], unmatched: [], newLogins: [], crossChecks: [], warnings: [] };
  const warnedKeys = new Set<string>();
  for (const row of rows) {
    if (row.kind !== 'school') continue;
    const id = { line: row.line, name: row.name, ...(row.login !== undefined ? { login: row.login } : {}) };
    const norm = normalizeSchoolName(row.name);
    const nameKey = `name:${norm}`;
    const keys = row.login !== undefined ? [`login:${row.login}`, nameKey] : [nameKey];
    const mapped = keys.map((k) => [k, remembered[k]] as const).find(([, code]) => code !== undefined);
    if (mapped !== undefined && !codes.has(mapped[1] ?? '') && !warnedKeys.has(mapped[0])) {
      warnedKeys.add(mapped[0]);
      result.warnings.push({ message: importText.mappingUnknownSchool(mapped[0], mapped[1] ?? '') });
    }
    const named = byName.get(norm) ?? [];
    const hit: [string, SchoolMatch['by']] | null =
      row.code !== undefined && codes.has(row.code)
        ? [row.code, 'code']
        : row.login !== undefined && byLogin.has(row.login)
          ? [byLogin.get(row.login) ?? '', 'login']
          : mapped !== undefined && codes.has(mapped[1] ?? '')
            ? [mapped[1] ?? '', 'mapping']
            : named.length === 1
              ? [named[0] ?? '', 'name']
              : null;
    if (hit === null) {
      result.unmatched.push({
        ...id,
        ...(row.parent !== undefined ? { parent: row.parent } : {}),
        key: mappingKey(row),
        candidates: named.length > 1 ? named : candidatesFor(norm, byName),
      });
      continue;
    }
    const [school, by] = hit;
    result.matched.push({ ...id, school, by });
    if (row.login !== undefined && by !== 'login' && !result.newLogins.some((x) => x.login === row.login)) {
      result.newLogins.push({ school, login: row.login });
    }
  }
  result.warnings.push(...sameSchoolTwice(result.matched));
  const checked = crossCheckMunicipalities(rows, result.matched);
  result.crossChecks = checked.crossChecks;
  result.warnings.push(...checked.warnings);
  return result;
}

/** Registry schools whose normalised name contains the row's or is contained in it. */
function candidatesFor(norm: string, byName: Map<string, string[]>): string[] {
  if (norm === '') return [];
  const out: string[] = [];
  for (const [name, list] of byName) {
    if (name !== '' && (name.includes(norm) || norm.includes(name)))
      for (const c of list) if (!out.includes(c)) out.push(c);
  }
  return out.slice(0, 5);
}

function sameSchoolTwice(matched: readonly SchoolMatch[]): ImportIssue[] {
  const bySchool = new Map<string, string[]>();
  for (const m of matched) bySchool.set(m.school, [...(bySchool.get(m.school) ?? []), m.name]);
  return [...bySchool.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([school, names]) => ({ message: importText.sameSchoolTwice(school, names) }));
}
