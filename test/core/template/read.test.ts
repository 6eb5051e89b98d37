// Tests reading a filled template: valid values, each bad-input case with its message and cell, cross checks.
import { describe, expect, it } from 'vitest';
import { buildTemplateLayout, type LayoutCell } from '../../../src/core/template/layout';
import { readSubmission, type RawCell } from '../../../src/core/template/read';
import { smallProgram } from './fixture';

const program = smallProgram();
const layout = buildTemplateLayout(program, { schoolName: 'СОШ № 1', schoolCode: '01', year: 2024 });
const school = { code: '01', name: 'СОШ № 1' };
const SHEET = 'Школа 01';

function filled(values: Record<string, RawCell>): RawCell[][] {
  const grid: RawCell[][] = layout.grid.map((r) => r.map((c: LayoutCell) => c));
  for (const [code, v] of Object.entries(values)) {
    const i = layout.inputs.find((x) => x.field.code === code);
    if (!i) throw new Error(code);
    (grid[i.row - 1] as RawCell[])[i.col - 1] = v;
  }
  return grid;
}

const good = {
  'vpr.math.5.n': 27,
  'vpr.math.5.m2': 9,
  'vpr.math.5.m3': 10,
  'vpr.math.5.m4': 5,
  'vpr.math.5.m5': 3,
  'ege.rus.11.n': 12,
  'ege.rus.11.below': 1,
  'ege.rus.11.mean': 61.5,
  'pupils.total': 300,
  'staff.pedagogues': 25,
  'staff.pk_done': 10,
  'cond.internet_stable': 'Да',
  'items.mentoring': 'нет',
  'items.mentoring_link': 'https://example.org/prikaz.pdf',
};

const read = (grid: RawCell[][]) => readSubmission(program, layout, grid, school, SHEET);

describe('readSubmission', () => {
  it('reads valid values with their types and no problems', () => {
    const s = read(filled(good));
    expect(s.problems).toEqual([]);
    expect(s.values['vpr.math.5.m2']).toBe(9);
    expect(s.values['ege.rus.11.mean']).toBe(61.5);
    expect(s.values['cond.internet_stable']).toBe(true);
    expect(s.values['items.mentoring']).toBe(false);
    expect(s.values['pupils.incomplete_family']).toBeUndefined(); // empty, optional: absent, not 0
    // required: vpr n, ege n, pupils.total, staff.pedagogues → 4 of 4
    expect(s.filledPercent).toBe(100);
    expect(s.submitted).toBe(false);
  });

  it.each([
    ['pupils.total', 'триста', 'not_a_number', "'Школа 01'!D14", '«триста» — не число'],
    ['pupils.total', '300', 'number_as_text', "'Школа 01'!D14", 'введено как текст'],
    ['pupils.total', '12,5', 'comma_decimal', "'Школа 01'!D14", 'дробное число с запятой'],
    ['pupils.total', 12.5, 'not_integer', "'Школа 01'!D14", 'дробное число там, где нужно целое'],
    ['staff.pk_done', -3, 'negative', "'Школа 01'!D20", 'отрицательное'],
    ['ege.rus.11.mean', 101, 'out_of_range', "'Школа 01'!J10", 'вне допустимых пределов'],
    ['cond.internet_stable', 'может быть', 'not_yes_no', "'Школа 01'!D24", '«Да» или «Нет»'],
    ['items.mentoring_link', 'приказ в папке', 'not_a_url', "'Школа 01'!E28", 'не ссылка'],
  ])('%s = %j → %s at %s, value left out', (field, raw, code, cell, text) => {
    const s = read(filled({ ...good, [field]: raw }));
    const p = s.problems.find((x) => x.code === code);
    expect(p).toMatchObject({ school: '01', field, cell, severity: 'error' });
    expect(p?.message).toContain('СОШ № 1');
    expect(p?.message).toContain(cell);
    expect(p?.message).toContain(text);
    expect(s.values[field]).toBeUndefined();
  });

  it('flags marks «2»–«5» above participants at the row of the assessment', () => {
    // 9 + 10 + 5 + 4 = 28 > 27 participants
    const s = read(filled({ ...good, 'vpr.math.5.m5': 4 }));
    const p = s.problems.find((x) => x.code === 'exceeds_participants');
    expect(p?.cell).toBe("'Школа 01'!E9");
    expect(p?.message).toContain('(28) больше числа участников (27)');
  });

  it('flags ЕГЭ below-threshold count above participants', () => {
    const s = read(filled({ ...good, 'ege.rus.11.below': 13 }));
    expect(s.problems.map((p) => [p.code, p.cell])).toEqual([['exceeds_participants', "'Школа 01'!I10"]]);
  });

  it('flags a numerator above its denominator', () => {
    // ПК 30 > педагогов 25
    const s = read(filled({ ...good, 'staff.pk_done': 30 }));
    const p = s.problems.find((x) => x.code === 'numerator_exceeds');
    expect(p?.cell).toBe("'Школа 01'!D20");
    expect(p?.message).toContain('числитель (30) больше знаменателя (25)');
  });

  it('warns about an empty required field and counts the filled share', () => {
    const { 'pupils.total': _omit, ...rest } = good;
    const s = read(filled(rest));
    expect(s.problems).toEqual([
      expect.objectContaining({ code: 'required_empty', cell: "'Школа 01'!D14", severity: 'warning' }),
    ]);
    // 3 of 4 required fields filled → 75 %
    expect(s.filledPercent).toBe(75);
  });

  it('refuses to read a template whose rows were deleted, naming the moved cell', () => {
    const grid = filled(good);
    grid.splice(12, 1); // delete row 13 (the pupils table header): everything below moves up
    const s = read(grid);
    expect(s.layoutOk).toBe(false);
    expect(s.values).toEqual({});
    expect(s.problems[0]).toMatchObject({ code: 'layout_changed', cell: "'Школа 01'!A13" });
    expect(s.problems[0]?.message).toContain('структура формы изменена');
  });

  it('sees the «сдано» status', () => {
    const grid = filled(good);
    (grid[4] as RawCell[])[1] = 'Сдано';
    expect(read(grid).submitted).toBe(true);
  });

  it('does not mutate the grid it reads', () => {
    const grid = filled({ ...good, 'pupils.total': 'триста' });
    const copy = JSON.parse(JSON.stringify(grid));
    read(grid);
    expect(grid).toEqual(copy);
  });
});
