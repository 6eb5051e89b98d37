// Proves «Собрать отчёт» on a bogotol-2022 fixture (seed 004), reporting year 2023: the ШНСУ criteria
// С1–С10 at their exact cut-offs (С1 30 % is not «более 30%», С2 10 % is not «более 10 %», С4 2 % is
// «2% и более»), the criteria column, and the 25/27/29/31 % school-share targets of 7.2–7.7 where
// 2 of 8 schools = 25 % does not meet 27 % (L165). 2022 sits in `Данные`, 2023 is typed into templates.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import { toA1 } from '../../src/core/a1';
import type { FieldValue } from '../../src/core/fields';
import { findPreset } from '../../src/core/presets';
import { toneAt } from './helpers/formula';
import { fillTemplate, monitoringWorkbook, noteLines, reportRun, storeYear, summaryView } from './helpers/monitoring';

const program = findPreset('bogotol-2022')!;
const Y = 2023;
const LISTED = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'];
const CATEGORY = ['ШНСУ', 'ШНОР', 'ШНОР+ШНСУ', 'ШНСУ', 'ШНОР', 'ШНСУ', 'ШНОР', 'ШНСУ'];

/** A contingent meeting no ШНСУ criterion: 10 % incomplete, 5 % unemployed, 20 %, 1 %, … */
const calm: Record<string, FieldValue> = {
  'pupils.total': 100,
  'pupils.incomplete_family': 10,
  'pupils.unemployed_parents': 5,
  'pupils.no_higher_ed_parents': 20,
  'pupils.registered': 1,
  'pupils.migrant': 0,
  'staff.overload_25h': 0,
  'staff.specialists': 4,
  'cond.internet_stable': true,
  'cond.computers_enough': true,
  'cond.small_school': false,
};

const criteria: Record<string, Record<string, FieldValue>> = {
  // С1 30/100 = 30 % is not > 30 %; С2 10/100 = 10 % is not > 10 %; С4 2/100 = 2 % ≥ 2 %; С8 no internet → 2 met
  B1: {
    'pupils.incomplete_family': 30,
    'pupils.unemployed_parents': 10,
    'pupils.registered': 2,
    'cond.internet_stable': false,
  },
  // С1 31 % > 30 %; С4 2 % ≥ 2 %; С8 → 3 met
  B2: { 'pupils.incomplete_family': 31, 'pupils.registered': 2, 'cond.internet_stable': false },
  // С3 31 % > 30 %; С6 one overloaded teacher; С7 3 of 4 specialists → 3 met
  B3: { 'pupils.no_higher_ed_parents': 31, 'staff.overload_25h': 1, 'staff.specialists': 3 },
  // С4 19/1000 = 1,9 % < 2 % → 0 met
  B4: { 'pupils.total': 1000, 'pupils.registered': 19 },
  // X (not on the list; the criteria apply to every school): С5, С9, С10 → 3 met
  X: { 'pupils.migrant': 1, 'cond.computers_enough': false, 'cond.small_school': true },
};

/** КДР «ниже базового» of 20 participants in 2022 and 2023 per school (n = 20 unless given). */
const kdr: Record<string, [string, number, number, number?][]> = {
  // 7.2 read.4: 6/20 = 30 % in 2022; B1 → 4/20 = 20 % (−10 п. п.), B2 → 5/20 = 25 % (−5), B3 → 59/200 = 29,5 % (−0,5 < 1)
  // 7.3 read.6: 5/20 = 25 % in 2022; B1 → 2/20 = 10 % (−15)
  // 7.4 mathlit.7: 5/20 = 25 % in 2022; B1, B2, B3 → 3/20 = 15 % (−10)
  B1: [
    ['kdr.read.4', 6, 4],
    ['kdr.read.6', 5, 2],
    ['kdr.mathlit.7', 5, 3],
  ],
  B2: [
    ['kdr.read.4', 6, 5],
    ['kdr.read.6', 5, 5],
    ['kdr.mathlit.7', 5, 3],
  ],
  B3: [
    ['kdr.read.4', 6, 59, 200],
    ['kdr.read.6', 5, 5],
    ['kdr.mathlit.7', 5, 3],
  ],
};
const sameAgain: [string, number, number][] = [
  ['kdr.read.4', 6, 6],
  ['kdr.read.6', 5, 5],
  ['kdr.mathlit.7', 5, 5],
];

// 5.3 = Σ self-diagnosed / Σ pedagogues over the 8 listed schools: (6·6 + 14 + 10) / (6·10 + 20 + 20) = 60/100
const SELFDIAG: [number, number][] = [
  [10, 6],
  [10, 6],
  [10, 6],
  [10, 6],
  [10, 6],
  [10, 6],
  [20, 14],
  [20, 10],
];

function build() {
  const wb = monitoringWorkbook(program, Y, [
    ...LISTED.map((code, i) => ({ code, name: `Школа ${i + 1}`, category: CATEGORY[i] })),
    { code: 'X', name: 'Школа Х' },
  ]);
  LISTED.forEach((code, i) => {
    const results = kdr[code] ?? sameAgain;
    const before: Record<string, FieldValue> = {};
    const now: Record<string, FieldValue> = {};
    for (const [key, was, is, n] of results) {
      Object.assign(before, { [`${key}.n`]: 20, [`${key}.below`]: was });
      Object.assign(now, { [`${key}.n`]: n ?? 20, [`${key}.below`]: is });
    }
    storeYear(wb, code, 2022, before);
    const [ped, done] = SELFDIAG[i]!;
    fillTemplate(wb, program, code, Y, {
      ...calm,
      ...criteria[code],
      ...now,
      'staff.pedagogues': ped,
      'staff.selfdiag_done': done,
    });
  });
  // X's staff would pull 5.3 down if an out-of-scope school counted: 0 of 50
  fillTemplate(wb, program, 'X', Y, { ...calm, ...criteria.X, 'staff.pedagogues': 50, 'staff.selfdiag_done': 0 });
  return { wb, out: buildReport(wb, reportRun(program)) };
}

const { wb, out } = build();
const v = summaryView(wb);
const sheet = wb.sheet('Свод')!;
const at = (school: string, code: string) => toA1(v.row(school), v.col(code));
const ALL = [...LISTED, 'X'];

describe('«Собрать отчёт» on bogotol-2022, reporting year 2023', () => {
  it('criteria column: how many of 10 and which', () => {
    expect(ALL.map((s) => v.cell(s, 'criteria.shnsu'))).toEqual([
      '2 из 10: С4, С8',
      '3 из 10: С1, С4, С8',
      '3 из 10: С3, С6, С7',
      '0 из 10',
      '0 из 10',
      '0 из 10',
      '0 из 10',
      '0 из 10',
      '3 из 10: С5, С9, С10',
    ]);
  });

  it('ШНСУ at «не менее 3 из 10» (default), with the exact cut-offs in the notes', () => {
    expect(ALL.map((s) => v.cell(s, 'rule.ШНСУ'))).toEqual([
      'Нет',
      'Да',
      'Да',
      'Нет',
      'Нет',
      'Нет',
      'Нет',
      'Нет',
      'Да',
    ]);
    expect(v.cell('МО', 'rule.ШНСУ')).toBe('3 шк.');
    // B1 meets С4 at exactly 2 % but not С1 at exactly 30 %
    const b1 = v.note('B1', 'rule.ШНСУ');
    expect(b1).toContain('Выполнено критериев: 2 из 10 (нужно не менее 3)');
    expect(b1).toContain('2 из 100 (2,0 %) ≥ 2 %');
    expect(b1).not.toContain('С1 ');
    expect(v.note('B2', 'rule.ШНСУ')).toContain('31 из 100 (31,0 %) > 30 %');
    expect(toneAt(sheet, at('B2', 'rule.ШНСУ'))).toBe('red');
    expect(toneAt(sheet, at('B1', 'rule.ШНСУ'))).toBe(null);
    // only ШНСУ flags a problem here (Д7.x are info rules): B2, B3, X
    expect(out.summary.schoolsFlagged).toBe(3);
  });

  it('7.2: 2 of 8 = 25 % does not meet 27 % — exactly, in the cell, the note, the colour and Справка', () => {
    // B1 (−10 п. п.) and B2 (−5) improved by ≥ 1 п. п.; B3 only by 0,5; the other five not at all → 2/8
    expect(LISTED.map((s) => v.cell(s, '7.2'))).toEqual(['Да', 'Да', 'Нет', 'Нет', 'Нет', 'Нет', 'Нет', 'Нет']);
    expect(v.cell('X', '7.2')).toBe('—');
    expect(v.cell('МО', '7.2')).toBe(25);
    expect(v.target('7.2')).toBe(27);
    expect(v.note('МО', '7.2')).toContain('25,0 %; цель не менее 27 % — не достигнута.');
    // not green: 25 < 27. The amber band is «не больше 10 % от цели»: 25·10 = 250 ≥ 27·9 = 243
    expect(toneAt(sheet, at('МО', '7.2'))).toBe('amber');
    // 7.3: only B1 → 1/8 = 12,5 %; 125 < 243 → red. 7.4: B1, B2, B3 → 3/8 = 37,5 % ≥ 27 % → green
    expect(v.cell('МО', '7.3')).toBe(12.5);
    expect(toneAt(sheet, at('МО', '7.3'))).toBe('red');
    expect(v.cell('МО', '7.4')).toBe(37.5);
    expect(toneAt(sheet, at('МО', '7.4'))).toBe('green');
    // 7.5: no КДР 8 at all → нет данных, grey
    expect(v.cell('МО', '7.5')).toBe('нет данных');
    expect(toneAt(sheet, at('МО', '7.5'))).toBe('grey');
    const lines = noteLines(wb);
    expect(lines.find((l) => l.startsWith('Не достигнут: 7.2 '))).toMatch(/— 25,0 % при цели не менее 27 %\.$/);
    expect(lines.find((l) => l.startsWith('Не достигнут: 7.3 '))).toMatch(/— 12,5 % при цели не менее 27 %\.$/);
    expect(lines.find((l) => l.startsWith('Достигнут: 7.4 '))).toMatch(/— 37,5 % \(цель не менее 27 %\)\.$/);
  });

  it('the targets row holds the 2023 targets the colours compare with', () => {
    expect(v.grid[2]?.[1]).toBe('Цель 2023');
    // seed 004 L165–L172: 27 % in 2023; L156 5.3 «не менее 60%»; L161 6.1 «не менее 50%»; L157/L159 100 %
    expect(['7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '5.3', '6.1', '5.4', '5.6'].map((c) => v.target(c))).toEqual([
      27, 27, 27, 27, 27, 27, 60, 50, 100, 100,
    ]);
    expect(v.target('1.1')).toBe(null);
  });

  it('5.3 pooled over the listed schools meets 60 % exactly; the out-of-scope school does not count', () => {
    // (36 + 14 + 10) / 100 = 60 % ≥ 60 %; with X it would be 60/150 = 40 %
    expect(v.cell('МО', '5.3')).toBe(60);
    expect(toneAt(sheet, at('МО', '5.3'))).toBe('green');
    expect(v.cell('X', '5.3')).toBe('—');
    expect(v.note('X', '5.3')).toBe('');
    // B7 70 % and B8 50 % are school values, judged against the target too
    expect(toneAt(sheet, at('B7', '5.3'))).toBe('green');
    // 50·10 = 500 < 60·9 = 540 → red
    expect(toneAt(sheet, at('B8', '5.3'))).toBe('red');
  });

  it('positive dynamics (Д7.2) is good news: «Да» green, and no school is «flagged» for it', () => {
    expect(LISTED.map((s) => v.cell(s, 'rule.Д7.2'))).toEqual(['Да', 'Да', 'Нет', 'Нет', 'Нет', 'Нет', 'Нет', 'Нет']);
    expect(toneAt(sheet, at('B1', 'rule.Д7.2'))).toBe('green');
    const lines = noteLines(wb);
    expect(lines).toContain('Школ с признаками ШНСУ: 3 из 9 (Школа 2, Школа 3, Школа Х).');
    expect(lines.some((l) => l.startsWith('Школа 1 ('))).toBe(false);
    expect(lines).toContain(
      'Правило «Положительная динамика: КДР, читательская грамотность (4 класс)» отмечает 2 из 8 школ с данными: Школа 1, Школа 2.',
    );
  });
});
