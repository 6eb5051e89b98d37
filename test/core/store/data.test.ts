// Tests the append-only `Данные` store: snapshots add only changes as a new version, history is kept,
// the fold gives the current state, an import's value is not undone by an unchanged template.
import { describe, expect, it } from 'vitest';
import {
  dataRowToCells,
  foldData,
  readDataTab,
  snapshotRows,
  DATA_HEADER,
  TEMPLATE_SOURCE,
} from '../../../src/core/store/data';
import type { DataRow } from '../../../src/core/schools';

const snap = (
  values: Record<string, number | boolean | string | null>,
  at = '2024-06-01T10:00:00Z',
  source = TEMPLATE_SOURCE,
) => ({
  school: '01',
  year: 2024,
  values,
  source,
  collectedAt: at,
});

describe('snapshotRows', () => {
  it('writes every value of a first submission as version 1', () => {
    const rows = snapshotRows([], snap({ 'pupils.total': 300, 'vpr.math.5.n': 27 }));
    expect(rows.map((r) => [r.field, r.value, r.version])).toEqual([
      ['pupils.total', 300, 1],
      ['vpr.math.5.n', 27, 1],
    ]);
  });

  it('adds no rows for an unchanged submission', () => {
    const v1 = snapshotRows([], snap({ 'pupils.total': 300 }));
    expect(snapshotRows(v1, snap({ 'pupils.total': 300 }, '2024-06-02T10:00:00Z'))).toEqual([]);
  });

  it('adds only the changed and cleared fields as the next version, keeping history', () => {
    const v1 = snapshotRows([], snap({ 'pupils.total': 300, 'vpr.math.5.n': 27, 'staff.pk_done': 4 }));
    const v2 = snapshotRows(v1, snap({ 'pupils.total': 301, 'vpr.math.5.n': 27 }, '2024-06-03T10:00:00Z'));
    expect(v2.map((r) => [r.field, r.value, r.version])).toEqual([
      ['pupils.total', 301, 2],
      ['staff.pk_done', null, 2],
    ]);
    const all = [...v1, ...v2];
    expect(foldData(all)).toEqual({ '01': { 2024: { 'pupils.total': 301, 'vpr.math.5.n': 27 } } });
    expect(all.filter((r) => r.field === 'pupils.total').map((r) => r.value)).toEqual([300, 301]);
  });

  it('does not undo an imported value with an unchanged template value', () => {
    const v1 = snapshotRows([], snap({ 'vpr.math.5.n': 27 }));
    const v2 = snapshotRows(v1, snap({ 'vpr.math.5.n': 28 }, '2024-06-05T00:00:00Z', 'импорт: stat.xlsx'));
    const v3 = snapshotRows([...v1, ...v2], snap({ 'vpr.math.5.n': 27 }, '2024-06-06T00:00:00Z'));
    expect(v2.map((r) => r.version)).toEqual([2]);
    expect(v3).toEqual([]);
    expect(foldData([...v1, ...v2])['01']?.[2024]?.['vpr.math.5.n']).toBe(28);
  });

  it('keeps years apart', () => {
    const y23 = snapshotRows([], { ...snap({ 'pupils.total': 290 }), year: 2023 });
    const y24 = snapshotRows(y23, snap({ 'pupils.total': 300 }));
    expect(y24[0]?.version).toBe(1);
    expect(foldData([...y23, ...y24])).toEqual({
      '01': { 2023: { 'pupils.total': 290 }, 2024: { 'pupils.total': 300 } },
    });
  });
});

describe('Данные tab', () => {
  it('round-trips rows and reports bad rows with their cell', () => {
    const rows: DataRow[] = snapshotRows([], snap({ 'pupils.total': 300, 'cond.internet_stable': true }));
    const grid = [
      [...DATA_HEADER],
      ...rows.map(dataRowToCells),
      ['двадцать', '01', 'x.y', 1, '', '', 1],
      [2024, '', 'x.y', 1, '', '', 1],
    ];
    const { rows: back, errors } = readDataTab(grid);
    expect(back).toEqual(rows);
    expect(errors.map((e) => e.cell)).toEqual(['Данные!A4', 'Данные!B5']);
  });
});
