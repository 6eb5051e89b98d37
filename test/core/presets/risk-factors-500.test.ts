// This file checks the federal «500+» risk-factor reference list against federal-context.md §1.4:
// the 10 factors plus the 2 used in some cycles, exact names, a source URL wherever the note has
// one ([S] or [S-part]) and null where the name is unsourced ([U]).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RiskFactor } from '../../../src/core/program';
import { riskFactors500 } from '../../../src/core/presets/risk-factors-500';

const NOTE = readFileSync(new URL('../../../../shared/domain/federal-context.md', import.meta.url), 'utf8');
const SECTION = NOTE.slice(NOTE.indexOf('### 1.4'), NOTE.indexOf('### 1.5'));
/** Table rows of §1.4: `| # | name | evidence |`. */
const ROWS = SECTION.split('\n')
  .filter((l) => /^\| (\d+|\(alt\)) \|/.test(l))
  .map((l) => l.split('|').map((c) => c.trim()));

describe('riskFactors500', () => {
  it('has the 12 rows of the §1.4 table, in order, with unique codes', () => {
    expect(ROWS).toHaveLength(12);
    expect(riskFactors500.map((f) => f.name)).toEqual(ROWS.map((r) => r[2]));
    const codes = riskFactors500.map((f) => f.code);
    expect(new Set(codes).size).toBe(12);
    for (const f of riskFactors500) expect(RiskFactor.parse(f)).toEqual(f);
  });

  it('cites the note’s URL where the row is sourced and null where it is not', () => {
    riskFactors500.forEach((f, k) => {
      const evidence = ROWS[k]![3]!;
      const unsourced = !evidence.includes('[S') && !evidence.includes('http');
      if (unsourced) {
        expect(f.source, f.name).toBeNull();
        return;
      }
      expect(f.source, f.name).not.toBeNull();
      const url = f.source!.split(' ')[0]!;
      // «same page» points to the row above; a row may name the site only, the full URL is elsewhere in the note
      const cited = evidence.includes('same page') ? ROWS[k - 1]![3]! : evidence;
      expect(cited, f.name).toContain(new URL(url).host.split('.')[0]);
      expect(NOTE).toContain(url);
      // a partial source says so
      if (evidence.includes('[S-part]') || evidence.includes('[U, high]')) expect(f.source).toMatch(/не подтверждена/);
    });
  });
});
