// This file is the logic of «Импорт результатов» without the DOM: rows left unmatched grouped by what the
// mapping is keyed by (the same school appears once per block of a file), the schools offered for each
// (similar names first), and the applyImport request built from the previewed source and the user's
// choices — only choices the preview asked for, so a stale or edited choice never reaches the server.
import type { ApplyOptions, ImportPreview, PreviewOptions } from '../server/api';

export type { ApplyOptions, ImportPreview, PreviewOptions };
export type Resolution = NonNullable<ApplyOptions['resolutions']>[string];
type Unmatched = ImportPreview['unmatched'][number];

export interface UnmatchedGroup {
  key: string;
  name: string;
  login?: string;
  parent?: string;
  /** Where the rows are: sheet and line of each. */
  lines: { sheet: string; line: number }[];
  /** Registry codes with close names, best first, without repeats. */
  candidates: string[];
}

export function groupUnmatched(rows: readonly Unmatched[]): UnmatchedGroup[] {
  const groups = new Map<string, UnmatchedGroup>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group === undefined) {
      groups.set(row.key, {
        key: row.key,
        name: row.name,
        ...(row.login !== undefined && { login: row.login }),
        ...(row.parent !== undefined && { parent: row.parent }),
        lines: [{ sheet: row.sheet, line: row.line }],
        candidates: [...new Set(row.candidates)],
      });
      continue;
    }
    group.lines.push({ sheet: row.sheet, line: row.line });
    for (const c of row.candidates) if (!group.candidates.includes(c)) group.candidates.push(c);
  }
  return [...groups.values()];
}

export interface SchoolOption {
  code: string;
  name: string;
}

/** The registry split into the group's candidates (in their order) and every other school. */
export function schoolChoices(
  group: UnmatchedGroup,
  schools: readonly SchoolOption[],
): { similar: SchoolOption[]; others: SchoolOption[] } {
  const byCode = new Map(schools.map((s) => [s.code, s]));
  const similar = group.candidates.flatMap((code) => {
    const school = byCode.get(code);
    return school === undefined ? [] : [school];
  });
  const taken = new Set(similar.map((s) => s.code));
  return { similar, others: schools.filter((s) => !taken.has(s.code)) };
}

export interface Choices {
  /** Unmatched key → school code; an empty code means «не импортировать». */
  mapping: ReadonlyMap<string, string>;
  /** Conflict key → which value stays; a conflict left out keeps the stored value. */
  resolutions: ReadonlyMap<string, Resolution>;
}

/** The mappings chosen so far (pickers left at «не импортировать» are not mappings), to re-check the file with. */
export function chosenMapping(previewed: PreviewOptions | null, choices: Choices): Record<string, string> {
  const mapping: Record<string, string> = { ...(previewed?.mapping ?? {}) };
  for (const [key, code] of choices.mapping) if (code !== '') mapping[key] = code;
  return mapping;
}

export function applyRequest(previewed: PreviewOptions, preview: ImportPreview, choices: Choices): ApplyOptions {
  const unmatchedKeys = new Set(preview.unmatched.map((u) => u.key));
  const codes = new Set(preview.schools.map((s) => s.code));
  const conflictKeys = new Set(preview.conflicts.map((c) => c.key));
  const mapping: Record<string, string> = { ...previewed.mapping };
  for (const [key, code] of choices.mapping) if (unmatchedKeys.has(key) && codes.has(code)) mapping[key] = code;
  const resolutions: Record<string, Resolution> = {};
  for (const [key, choice] of choices.resolutions) if (conflictKeys.has(key)) resolutions[key] = choice;
  return { ...previewed, mapping, resolutions };
}
