// Tests the school template layout: stable addresses per field, unused cells, anchors.
import { describe, expect, it } from 'vitest';
import { toA1 } from '../../../src/core/a1';
import { buildTemplateLayout } from '../../../src/core/template/layout';
import { smallProgram } from './fixture';

const layout = buildTemplateLayout(smallProgram(), { schoolName: 'СОШ № 1', schoolCode: '01', year: 2024 });
const address = (code: string) => {
  const i = layout.inputs.find((x) => x.field.code === code);
  return i ? toA1(i.row, i.col) : null;
};

describe('buildTemplateLayout', () => {
  it('places assessment measures in fixed columns D..M of their row', () => {
    // rows 1–5 header block, 7 section title, 8 table header, 9 = first assessment, 10 = second
    expect(address('vpr.math.5.n')).toBe('D9');
    expect(address('vpr.math.5.m2')).toBe('E9');
    expect(address('vpr.math.5.m5')).toBe('H9');
    expect(address('ege.rus.11.n')).toBe('D10');
    expect(address('ege.rus.11.below')).toBe('I10'); // D + 5 columns (n m2 m3 m4 m5 | below)
    expect(address('ege.rus.11.mean')).toBe('J10');
  });

  it('places context fields in column D by section, and program item links in column E', () => {
    // 11 blank; pupils: 12 title, 13 header, 14–15 fields; 16 blank; staff: 17, 18, 19–20; 21 blank;
    // cond: 22, 23, 24; 25 blank; items: 26, 27, 28
    expect(address('pupils.total')).toBe('D14');
    expect(address('pupils.incomplete_family')).toBe('D15');
    expect(address('staff.pk_done')).toBe('D20');
    expect(address('cond.internet_stable')).toBe('D24');
    expect(address('items.mentoring')).toBe('D28');
    expect(address('items.mentoring_link')).toBe('E28');
  });

  it('marks the measures an assessment does not collect as unused', () => {
    const unused = layout.unused.map((u) => toA1(u.row, u.col));
    // ВПР collects n, m2..m5 → I9..M9 unused (5 cells); ЕГЭ collects n, below, mean → E10..H10 and K10..M10 (7 cells)
    expect(unused).toEqual(['I9', 'J9', 'K9', 'L9', 'M9', 'E10', 'F10', 'G10', 'H10', 'K10', 'L10', 'M10']);
  });

  it('fills the header block and the status cell', () => {
    expect(layout.grid[2]?.[1]).toBe('СОШ № 1');
    expect(layout.grid[2]?.[3]).toBe('01');
    expect(layout.grid[2]?.[5]).toBe(2024);
    expect(layout.grid[4]?.[1]).toBe('заполняется');
  });

  it('gives every field exactly one cell', () => {
    const codes = layout.inputs.map((i) => i.field.code);
    expect(new Set(codes).size).toBe(codes.length);
    const cells = layout.inputs.map((i) => `${i.row}:${i.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    // 5 ВПР + 3 ЕГЭ + 5 context + 2 item cells
    expect(codes.length).toBe(15);
  });
});
