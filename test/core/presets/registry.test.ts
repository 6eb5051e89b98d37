// Tests the preset registry: every seed program is there, parses, and has unique codes.
import { describe, expect, it } from 'vitest';
import { findPreset, presetSummaries, presets } from '../../../src/core/presets';

describe('preset registry', () => {
  it('has the five seed programs by their ids', () => {
    expect(
      presets()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['bavly-2021', 'bogotol-2022', 'krasny-kholm-2020', 'strezhevoy-2023', 'tula-2022']);
  });

  it('finds a preset and summarises it with its counts', () => {
    const tula = findPreset('tula-2022');
    expect(tula?.indicators).toHaveLength(22); // seed 000: 22 indicators under 6 tasks
    expect(presetSummaries().find((s) => s.id === 'tula-2022')).toMatchObject({ indicators: 22, measures: 67 }); // 67-row action plan
    expect(findPreset('nope')).toBeUndefined();
  });

  it.each(presets().map((p) => [p.id, p]))('%s has unique indicator, rule, measure and field codes', (_id, p) => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    unique(p.indicators.map((i) => i.code));
    unique(p.rules.map((r) => r.code));
    unique(p.measures.map((m) => m.id));
    unique(p.fields.map((f) => f.code));
  });
});
