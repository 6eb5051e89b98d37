// This file builds a program's field dictionary (assessment fields plus context fields) and expands
// field patterns against it: `*` matches exactly one dot-separated part of a code that the program
// declares — never whatever keys happen to be present in the data.
import { assessmentFields, type FieldDef } from '../fields';
import type { Program } from '../program';

export interface DictEntry {
  def: FieldDef;
  /** Position in `list` (and in a school-year row's value arrays). */
  index: number;
  /** `vpr.math.5` for assessment fields, null for context fields. */
  assessmentKey: string | null;
  /** `m2`, `n`, … for assessment fields. */
  measure: string | null;
  /** Position of the assessment in `assessments`, −1 for context fields. */
  group: number;
}

/** One assessment (procedure × subject × grade) and the dictionary indexes of its fields. */
export interface AssessmentGroup {
  id: number;
  key: string;
  indexes: number[];
}

export interface Dictionary {
  entries: ReadonlyMap<string, DictEntry>;
  list: readonly DictEntry[];
  assessments: readonly AssessmentGroup[];
  /** Codes matching a pattern, in dictionary order; a code without `*` matches itself if declared. */
  expand(pattern: string): string[];
}

export function buildDictionary(program: Program): Dictionary {
  const entries = new Map<string, DictEntry>();
  const groups = new Map<string, AssessmentGroup>();
  for (const a of program.assessments) {
    for (const def of assessmentFields(a)) {
      const parts = def.code.split('.');
      const key = parts.slice(0, 3).join('.');
      let g = groups.get(key);
      if (!g) {
        g = { id: groups.size, key, indexes: [] };
        groups.set(key, g);
      }
      const index = entries.size;
      g.indexes.push(index);
      entries.set(def.code, {
        def,
        index,
        assessmentKey: key,
        measure: parts[3] ?? null,
        group: g.id,
      });
    }
  }
  for (const def of program.fields) {
    if (!entries.has(def.code))
      entries.set(def.code, { def, index: entries.size, assessmentKey: null, measure: null, group: -1 });
  }
  const codes = [...entries.keys()];
  const split = codes.map((c) => c.split('.'));
  const cache = new Map<string, string[]>();

  function expand(pattern: string): string[] {
    const hit = cache.get(pattern);
    if (hit) return hit;
    let out: string[];
    if (!pattern.includes('*')) {
      out = entries.has(pattern) ? [pattern] : [];
    } else {
      const p = pattern.split('.');
      out = [];
      split.forEach((parts, i) => {
        if (parts.length === p.length && p.every((x, j) => x === '*' || x === parts[j])) out.push(codes[i] as string);
      });
    }
    cache.set(pattern, out);
    return out;
  }

  return { entries, list: [...entries.values()], assessments: [...groups.values()], expand };
}

/** Whether an assessment key (`vpr.math.5`) matches a pattern like `vpr.*.*` or `*.math.*`. */
export function matchesKey(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  return p.length === k.length && p.every((x, i) => x === '*' || x === k[i]);
}
