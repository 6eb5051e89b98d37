// This file decides which schools an indicator or rule covers. Decision: `scope` reads the category
// in the `Школы` registry (the municipality's official list: ШНОР, ШНСУ, ШНОР+ШНСУ), not flags the
// rules compute — the list is what the program's shares are "от общего количества … данной категории"
// of. Flags computed this year are used only for the denominator `identifiedThisYear` (seed 004
// indicator 6.1 «от числа идентифицированных в текущем году»).
import type { Scope } from '../program';
import type { School } from '../schools';
import { column, type Ctx } from './context';

const CATEGORIES: Record<Scope, ReadonlySet<School['category']> | null> = {
  all: null,
  shnor: new Set(['ШНОР', 'ШНОР+ШНСУ']),
  shnsu: new Set(['ШНСУ', 'ШНОР+ШНСУ']),
  shnor_or_shnsu: new Set(['ШНОР', 'ШНСУ', 'ШНОР+ШНСУ']),
};

export function inScope(scope: Scope, school: School): boolean {
  const set = CATEGORIES[scope];
  return set === null || set.has(school.category);
}

function makeMask(ctx: Ctx, scope: Scope): Uint8Array {
  return Uint8Array.from(ctx.schools, (s) => (inScope(scope, s) ? 1 : 0));
}

/** 1 for each registry position in the scope (computed once per report and scope). */
export function scopeMask(ctx: Ctx, scope: Scope): Uint8Array {
  return column(ctx, 'scope', SCOPES.indexOf(scope), (c, _owner, i) => makeMask(c, SCOPES[i] as Scope));
}

const SCOPES: readonly Scope[] = ['all', 'shnor', 'shnsu', 'shnor_or_shnsu'];

/** The rule flags that identify a school for a scope («идентифицированных в текущем году»). */
export function identifyingFlags(scope: Scope): ReadonlySet<string> {
  switch (scope) {
    case 'shnor':
      return new Set(['shnor']);
    case 'shnsu':
      return new Set(['shnsu']);
    default:
      return new Set(['shnor', 'shnsu']);
  }
}
