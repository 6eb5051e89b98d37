// Tests the highlighting of `Свод`: the conditional rules cover exactly the expected ranges (indicator
// columns from the municipal row to the last school, rule columns from the first school, «нет данных»
// grey over the whole table), green / amber / red compare with the targets row in both directions —
// exactly at the amber boundary, where floats would err — and notes sit on the flagged cells.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import { columnLetters, toA1 } from '../../src/core/a1';
import { Program } from '../../src/core/program';
import { bogotol2022 } from '../../src/core/presets/bogotol-2022';
import { toneAt } from './helpers/formula';
import { fillTemplate, monitoringWorkbook, reportRun, summaryView } from './helpers/monitoring';

const Y = 2023;
// bogotol-2022 with test targets: 5.3 «не менее 70 %» in 2023 and a «не более 5 %» indicator
const program = Program.parse({
  ...bogotol2022,
  id: 'format-test',
  indicators: [
    ...bogotol2022.indicators.map((i) =>
      i.code === '5.3' ? { ...i, targets: [{ year: Y, value: 70, source: null }] } : i,
    ),
    {
      code: 'Т.1',
      group: 'Тест',
      name: 'Доля обучающихся на учёте',
      unit: '%',
      aggregation: 'pooled',
      metric: { kind: 'ratio', num: [{ field: 'pupils.registered' }], den: [{ field: 'pupils.total' }] },
      direction: 'down',
      comparison: 'lte',
      targets: [{ year: Y, value: 5, source: null }],
      source: null,
    },
  ],
});

function build() {
  const wb = monitoringWorkbook(program, Y, [
    { code: 'V1', name: 'Школа 1', category: 'ШНСУ' },
    { code: 'V2', name: 'Школа 2', category: 'ШНСУ' },
    { code: 'V3', name: 'Школа 3', category: 'ШНСУ' },
  ]);
  // 5.3 self-diagnosed / pedagogues: 63/100, 70/100, 62/100. Т.1 registered / pupils: 5/100, 11/200, 56/1000
  // V1 meets С8, С9, С10 (no internet, too few computers, small school) and С4 → ШНСУ
  fillTemplate(wb, program, 'V1', Y, {
    'staff.pedagogues': 100,
    'staff.selfdiag_done': 63,
    'pupils.total': 100,
    'pupils.registered': 5,
    'cond.internet_stable': false,
    'cond.computers_enough': false,
    'cond.small_school': true,
  });
  fillTemplate(wb, program, 'V2', Y, {
    'staff.pedagogues': 100,
    'staff.selfdiag_done': 70,
    'pupils.total': 200,
    'pupils.registered': 11,
  });
  fillTemplate(wb, program, 'V3', Y, {
    'staff.pedagogues': 100,
    'staff.selfdiag_done': 62,
    'pupils.total': 1000,
    'pupils.registered': 56,
  });
  buildReport(wb, reportRun(program));
  return wb;
}

const wb = build();
const sheet = wb.sheet('Свод')!;
const v = summaryView(wb);
const L = (code: string) => columnLetters(v.col(code));
const LAST = 7; // codes, names, targets, municipality, then V1..V3 in rows 5–7

describe('Свод highlighting', () => {
  it('covers exactly: targeted numeric indicators rows 4–7, rules rows 5–7, grey the whole table', () => {
    const rules = sheet.readConditionalRules();
    const targeted = program.indicators
      .filter((i) => i.comparison !== 'none' && i.unit !== 'да/нет')
      .map((i) => i.code);
    // bogotol: 5.3, 5.4, 5.6, 6.1, 7.2–7.7 compare with a target, plus Т.1
    expect(targeted).toEqual(['5.3', '5.4', '5.6', '6.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', 'Т.1']);
    const expected = [
      ...targeted.flatMap((c) => ['green', 'amber', 'red'].map((tone) => ({ range: `${L(c)}4:${L(c)}${LAST}`, tone }))),
      // Д7.2–Д7.7 mark positive dynamics: «Да» is good news
      ...program.rules.map((r) => ({
        range: `${L(`rule.${r.code}`)}5:${L(`rule.${r.code}`)}${LAST}`,
        tone: r.code.startsWith('Д') ? 'green' : 'red',
      })),
      // Н1–Н7 all flag ШНОР, so a summary ШНОР column follows the rules
      { range: `${L('flag.shnor')}5:${L('flag.shnor')}${LAST}`, tone: 'red' },
      { range: `A4:${columnLetters(v.codes.length)}${LAST}`, tone: 'grey' },
    ];
    const tone = { '#b7e1cd': 'green', '#fce8b2': 'amber', '#f4c7c3': 'red', '#e0e0e0': 'grey' } as Record<
      string,
      string
    >;
    expect(rules.map((r) => ({ range: r.ranges.join(','), tone: tone[r.style.background ?? ''] }))).toEqual(expected);
  });

  it('compares with the targets row (row 3, fixed) and its direction', () => {
    const rules = sheet.readConditionalRules().filter((r) => r.ranges[0] === `${L('Т.1')}4:${L('Т.1')}${LAST}`);
    const t = `${L('Т.1')}$3`;
    expect(rules.map((r) => (r.when.kind === 'formula' ? r.when.formula : ''))).toEqual([
      `=AND(ISNUMBER(${L('Т.1')}4),ISNUMBER(${t}),ROUND(${L('Т.1')}4,6)<=${t})`,
      `=AND(ISNUMBER(${L('Т.1')}4),ISNUMBER(${t}),ROUND(${L('Т.1')}4,6)>${t},ROUND(${L('Т.1')}4,6)*10<=${t}*11)`,
      `=AND(ISNUMBER(${L('Т.1')}4),ISNUMBER(${t}),ROUND(${L('Т.1')}4,6)*10>${t}*11)`,
    ]);
  });

  it('«не менее 70 %»: 70 green, 63 amber exactly at the 10 % band, 62 red', () => {
    const tone = (s: string) => toneAt(sheet, toA1(v.row(s), v.col('5.3')));
    // 63·10 = 630 ≥ 70·9 = 630 (as floats 70·0.9 = 63.00000000000001 would make it red)
    expect(['V1', 'V2', 'V3'].map(tone)).toEqual(['amber', 'green', 'red']);
    // municipality (63 + 70 + 62)/300 = 65 %: 650 ≥ 630 → amber
    expect(v.cell('МО', '5.3')).toBe(65);
    expect(tone('МО')).toBe('amber');
  });

  it('«не более 5 %»: 5 green, 5,5 amber at the band, 5,6 red', () => {
    const tone = (s: string) => toneAt(sheet, toA1(v.row(s), v.col('Т.1')));
    // 5/100 = 5 % ≤ 5; 11/200 = 5,5 %: 55 ≤ 5·11 = 55; 56/1000 = 5,6 %: 56 > 55
    expect(['V1', 'V2', 'V3'].map(tone)).toEqual(['green', 'amber', 'red']);
    // municipality 72/1300 = 5,54 %: 55,4 > 55 → red
    expect(v.cell('МО', 'Т.1')).toBeCloseTo((72 / 1300) * 100, 9);
    expect(tone('МО')).toBe('red');
  });

  it('follows an edit of the targets row (conditional, not static colours)', () => {
    const book = build();
    const s = book.sheet('Свод')!;
    const cell = toA1(v.row('МО'), v.col('5.3'));
    s.write(toA1(3, v.col('5.3')), [[60]]);
    expect(toneAt(s, cell)).toBe('green'); // 65 ≥ 60
    s.write(toA1(3, v.col('5.3')), [[80]]);
    expect(toneAt(s, cell)).toBe('red'); // 650 < 80·9 = 720
  });

  it('puts a note on every flagged or missed cell', () => {
    const notes = sheet.readNotes(`A1:${toA1(LAST, v.codes.length)}`);
    let flagged = 0;
    for (const s of ['V1', 'V2', 'V3']) {
      const r = v.row(s);
      for (const code of v.codes) {
        const value = v.cell(s, code);
        const note = notes[r - 1]?.[v.col(code) - 1] ?? '';
        if (code.startsWith('rule.') && value === 'Да') {
          flagged++;
          expect(note, `${s} ${code}`).not.toBe('');
        }
      }
    }
    // V1 is ШНСУ (С4 5 % ≥ 2 %, С8, С9, С10); nothing else is «Да» without a previous year
    expect(flagged).toBe(1);
    expect(v.note('V1', 'rule.ШНСУ')).toContain('Выполнено критериев: 4 из 10 (нужно не менее 3)');
    // missed targets carry the target in their note; met ones carry none
    expect(v.note('V3', '5.3')).toMatch(/62,0 %; цель не менее 70 % — не достигнута\.$/);
    expect(v.note('V1', '5.3')).toMatch(/63,0 %; цель не менее 70 % — не достигнута\.$/);
    expect(v.note('V2', '5.3')).toBe('');
    expect(v.note('V3', 'Т.1')).toMatch(/5,6 %; цель не более 5 % — не достигнута\.$/);
    expect(v.note('V1', 'Т.1')).toBe('');
  });

  it('shows a legend with its swatches under the table', () => {
    const legend = v.grid.findIndex((r) => r[1] === 'Условные обозначения') + 1;
    expect(legend).toBe(LAST + 2);
    expect(sheet.readBackgrounds(`A${legend + 1}:A${legend + 4}`)).toEqual([
      ['#b7e1cd'],
      ['#fce8b2'],
      ['#f4c7c3'],
      ['#e0e0e0'],
    ]);
    expect(v.grid[legend]?.[1]).toBe('цель достигнута или положительная динамика');
  });
});
