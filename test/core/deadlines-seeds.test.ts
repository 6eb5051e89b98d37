// This file checks the deadline fixture against the seeds themselves (every text is on the line it
// cites, the plan tables have all their rows) and that every seed deadline parses, except the
// tiny, justified list of intentionally unparseable ones, which must really be refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/core/deadlines';
import { DEADLINE_TEXTS, distinctDeadlineTexts, INTENTIONALLY_UNPARSEABLE } from './fixtures/deadline-texts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

function seedLines(seed: string): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}_`));
  if (file === undefined) throw new Error(`seed ${seed} not found in ${SEEDS}`);
  return readFileSync(join(SEEDS, file), 'utf8').split('\n');
}

const clean = (line: string): string =>
  line
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('deadline fixture matches the seeds', () => {
  const lines = new Map(['000', '001', '002', '003', '004'].map((s) => [s, seedLines(s)]));

  it.each(DEADLINE_TEXTS.map((d) => [`${d.seed} L${d.lines.join('+')} «${d.text}»`, d] as const))('%s', (_, d) => {
    const source = lines.get(d.seed) ?? [];
    const parts = d.fragments ?? [d.text];
    expect(parts.join(' ')).toBe(d.text);
    expect(parts).toHaveLength(d.lines.length);
    d.lines.forEach((n, i) => {
      const cells = (source[n - 1] ?? '').split('\t').map(clean);
      expect(cells).toContain(parts[i]);
    });
  });

  it('has every row of the plan tables: 67 (seed 000), 17 (seed 003), 17 (seed 004)', () => {
    const count = (seed: string, table: string): number =>
      DEADLINE_TEXTS.filter((d) => d.seed === seed && d.table === table).length;
    // seed 000: sections 1–7 have 10 + 8 + 10 + 5 + 19 + 4 + 11 = 67 rows (notes seed-000 §5.3)
    expect(count('000', 'plan')).toBe(67);
    expect(count('003', 'plan')).toBe(17);
    // seed 004 rows 1–17 (L196–L222)
    expect(count('004', 'roadmap')).toBe(17);
    expect(DEADLINE_TEXTS.filter((d) => d.seed === '001')).toHaveLength(1);
  });

  it('cites each seed line once', () => {
    const keys = DEADLINE_TEXTS.map((d) => `${d.seed}:${d.lines[0] ?? 0}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('every seed deadline parses', () => {
  const refused = new Set(INTENTIONALLY_UNPARSEABLE.map((u) => u.text));

  it.each(distinctDeadlineTexts().map((t) => [t]))('«%s»', (text) => {
    for (let year = 2019; year <= 2026; year += 1) {
      const result = parseDeadline(text, year, { programYears: { from: 2020, to: 2025 } });
      expect(result.ok, `${text} in ${year}: ${result.ok ? '' : result.reason}`).toBe(!refused.has(text));
    }
  });

  it('keeps the refused list tiny and each entry justified', () => {
    expect(INTENTIONALLY_UNPARSEABLE.length).toBeLessThanOrEqual(2);
    for (const u of INTENTIONALLY_UNPARSEABLE) {
      expect(u.why.length).toBeGreaterThan(20);
      expect(DEADLINE_TEXTS.some((d) => d.text === u.text)).toBe(true);
    }
  });
});
