// Tests the way into `Данные`: rows only for matched schools and known values, the provenance text with
// the import key, re-importing the same content (under another file name) adding nothing, and values a
// school typed shown as conflicts side by side instead of being overwritten.
import { describe, expect, it } from 'vitest';
import { toDataRows } from '../../../src/core/import/data-rows';
import { diffAgainstExisting } from '../../../src/core/import/diff';
import { matchSchools } from '../../../src/core/import/match';
import { importKey, keyOfSource } from '../../../src/core/import/provenance';
import { parseReport } from '../../../src/core/import/parse-report';
import { sha256Hex } from '../../../src/core/import/sha256';
import type { ImportedBlock } from '../../../src/core/import/types';
import { School, type DataRow } from '../../../src/core/schools';
import { marksReport } from './fixtures';

const registry = [
  { code: 'sosh1', name: 'СОШ №1', logins: ['edu990001'] },
  { code: 'sosh2', name: 'СОШ №2', logins: ['sch990002'] },
].map((s) => School.parse(s));

const rows = [
  ['Энский муниципальный район(reg99_m001)', 3, 189, 8.47, 41.8, 38.62, 11.11],
  ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 10.59],
  ['МБОУ «СОШ №2»(edu990002)', null, 89, 12.36, 52.81, 26.97, 7.87],
  ['МКОУ «ООШ с. Заречье»(edu990003)', null, 15, 'X', 'X', 'X', 'X'],
];

function parsed(grid = marksReport(rows)): ImportedBlock {
  const r = parseReport(grid);
  if (!r.ok || r.blocks[0] === undefined) throw new Error('parse failed');
  return r.blocks[0];
}

function imported(block: ImportedBlock, fileName: string, importedAt: string, version = 1): DataRow[] {
  const m = matchSchools(block.rows, registry);
  const r = toDataRows(block, m.matched, 2026, { fileName, reportType: 'vpr-marks', importedAt }, version);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.rows;
}

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('toDataRows', () => {
  it('writes the matched schools’ known values with provenance, and nothing for hierarchy rows', () => {
    const block = parsed();
    const out = imported(block, 'Ф3_Статистика по отметкам.xlsx', '2026-05-02T10:00:00+03:00');
    // СОШ №1 (login) and СОШ №2 (name; only its old sch… login is on file): 5 fields each; Заречье is unmatched
    expect(out.map((r) => [r.school, r.field, r.value])).toEqual([
      ['sosh1', 'vpr.rus.4.n', 85],
      ['sosh1', 'vpr.rus.4.m2', 6],
      ['sosh1', 'vpr.rus.4.m3', 36],
      ['sosh1', 'vpr.rus.4.m4', 34],
      ['sosh1', 'vpr.rus.4.m5', 9],
      ['sosh2', 'vpr.rus.4.n', 89],
      ['sosh2', 'vpr.rus.4.m2', 11],
      ['sosh2', 'vpr.rus.4.m3', 47],
      ['sosh2', 'vpr.rus.4.m4', 24],
      ['sosh2', 'vpr.rus.4.m5', 7],
    ]);
    const key = importKey(block);
    expect(out[0]).toEqual({
      year: 2026,
      school: 'sosh1',
      field: 'vpr.rus.4.n',
      value: 85,
      source: `ФИС ОКО «Статистика по отметкам»; файл «Ф3_Статистика по отметкам.xlsx»; импорт 2026-05-02T10:00:00+03:00; #${key}`,
      collectedAt: '2026-05-02T10:00:00+03:00',
      version: 1,
    });
    expect(keyOfSource(out[0]?.source ?? '')).toBe(key);
  });

  it('refuses another year than the block’s and a bad provenance', () => {
    const block = parsed();
    const at = '2026-05-02T10:00:00+03:00';
    expect(toDataRows(block, [], 2025, { fileName: 'a.xlsx', reportType: 'vpr-marks', importedAt: at }, 1).ok).toBe(
      false,
    );
    expect(toDataRows(block, [], 2026, { fileName: '', reportType: 'vpr-marks', importedAt: at }, 1).ok).toBe(false);
    expect(
      toDataRows(block, [], 2026, { fileName: 'a.xlsx', reportType: 'vpr-marks', importedAt: 'вчера' }, 1).ok,
    ).toBe(false);
  });

  it('refuses two rows mapped to one school with different values', () => {
    const block = parsed();
    const m = matchSchools(block.rows, registry, { 'login:edu990003': 'sosh1' });
    const r = toDataRows(
      block,
      m.matched,
      2026,
      { fileName: 'a.xlsx', reportType: 'vpr-marks', importedAt: '2026-05-02T10:00:00Z' },
      1,
    );
    // Заречье (n 15) mapped onto СОШ №1 (n 85); its «2»..«5» are «нет данных» and write nothing
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Школе «sosh1» сопоставлены строки с разными значениями поля «vpr.rus.4.n»: исправьте сопоставление.',
    ]);
  });
});

describe('importKey', () => {
  it('depends on the content only', () => {
    const shifted = marksReport(rows);
    shifted.splice(8, 0, []); // an extra blank row moves every line but changes no value
    expect(importKey(parsed(shifted))).toBe(importKey(parsed()));
    const changed = marksReport(
      rows.map((r, i) => (i === 2 ? ['МБОУ «СОШ №2»(edu990002)', null, 89, 13.48, 51.69, 26.97, 7.87] : r)),
    );
    expect(importKey(parsed(changed))).not.toBe(importKey(parsed()));
  });
});

describe('diffAgainstExisting', () => {
  it('adds nothing when the same content is imported again under another file name', () => {
    const first = imported(parsed(), 'Ф3_Статистика по отметкам.xlsx', '2026-05-02T10:00:00+03:00');
    const again = imported(parsed(), '2849657.xlsx', '2026-05-03T09:00:00+03:00', 2);
    const d = diffAgainstExisting(again, first);
    expect(d.alreadyImported).toBe(true);
    expect(d.new).toEqual([]);
    expect(d.conflicts).toEqual([]);
    expect(d.unchanged).toHaveLength(10);
  });

  it('shows values a school typed side by side when they differ, and fills «нет данных»', () => {
    const typed = (field: string, value: number | null, version: number): DataRow => ({
      year: 2026,
      school: 'sosh1',
      field,
      value,
      source: 'лист «sosh1»',
      collectedAt: '2026-04-25T12:00:00Z',
      version,
    });
    // «2»: version 1 said 6, version 2 (the latest) says 7 — the import's 6 conflicts with 7
    const existing = [
      typed('vpr.rus.4.m2', 6, 1),
      typed('vpr.rus.4.m2', 7, 2),
      typed('vpr.rus.4.m3', null, 2),
      typed('vpr.rus.4.n', 85, 2),
    ];
    const d = diffAgainstExisting(imported(parsed(), 'a.xlsx', '2026-05-02T10:00:00Z', 3), existing);
    expect(d.alreadyImported).toBe(false);
    expect(d.conflicts.map((c) => [c.school, c.field, c.existing, c.imported, c.existingSource])).toEqual([
      ['sosh1', 'vpr.rus.4.m2', 7, 6, 'лист «sosh1»'],
    ]);
    expect(d.unchanged.map((r) => r.field)).toEqual(['vpr.rus.4.n']);
    // 10 imported rows − 1 conflict − 1 unchanged = 8 new, including the «3» the school left empty
    expect(d.new).toHaveLength(8);
    expect(d.new.some((r) => r.school === 'sosh1' && r.field === 'vpr.rus.4.m3')).toBe(true);
  });
});
