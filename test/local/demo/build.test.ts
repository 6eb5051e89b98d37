// This file checks the demo municipality end to end through the real workflows: every tab of the
// product is there, the reporting year's statuses and planted errors are what the scenario says, and
// the rules fire (or stop just short) on the hand-set counts — each share worked out here by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleVerdict, SchoolReport } from '../../../src/core/engine/types';
import { buildDemo, type DemoOutcome } from '../../../src/local/demo/build';
import { DEMO, DEMO_SCHOOLS } from '../../../src/local/demo/scenario';
import { renderSheet } from '../../../src/local/preview/render';
import { dateSerial } from '../../../src/local/preview/formula';

let demo: DemoOutcome;
beforeAll(() => {
  demo = buildDemo();
});

const school = (code: string): SchoolReport => {
  const s = demo.report.result.schools.find((x) => x.code === code);
  if (!s) throw new Error(`no school ${code}`);
  return s;
};
const rule = (code: string, r: string): RuleVerdict => {
  const v = school(code).rules[r];
  if (!v) throw new Error(`no rule ${r}`);
  return v;
};
/** The yearly values of a consecutiveYears rule in percent, rounded to 9 decimals (the engine divides exactly, then converts). */
const yearly = (v: RuleVerdict) =>
  v.details?.type === 'consecutiveYears'
    ? v.details.years.map((y) => [y.year, y.value === null ? null : Number(y.value.toFixed(9))])
    : null;
const pct = (num: number, den: number) => Number(((num * 100) / den).toFixed(9));

describe('the demo workbook', () => {
  it('has every tab of the product, one template per school (at least 12) and a roadmap per flagged school', () => {
    const names = demo.workbook.sheetNames();
    expect(DEMO_SCHOOLS.length).toBeGreaterThanOrEqual(12);
    for (const tab of [
      'Настройки',
      'Школы',
      'Показатели',
      'Правила',
      'Поля',
      'Данные',
      'Журнал',
      'Свод',
      'Динамика',
      'Справка',
      'ДК Муниципалитет',
    ]) {
      expect(names).toContain(tab);
    }
    for (const s of DEMO_SCHOOLS) expect(names).toContain(`Школа ${s.code}`);
    // ШНОР by Н2, Н3, Н7 and ШНСУ by the criteria: Ш02, Ш03, Ш04, Ш05, Ш11
    expect(names.filter((n) => /^ДК Ш/.test(n)).sort()).toEqual(['ДК Ш02', 'ДК Ш03', 'ДК Ш04', 'ДК Ш05', 'ДК Ш11']);
    expect(demo.workbook.data().active?.sheet.name).toBe('Свод');
  });

  it('keeps three years in «Данные»: two earlier years as rows, the reporting year from the templates', () => {
    const rows = demo.workbook.sheet('Данные')?.read().slice(1) ?? [];
    const years = (source: string) => [...new Set(rows.filter((r) => r[4] === source).map((r) => r[0]))].sort();
    expect(years(DEMO.source)).toEqual([2022, 2023]);
    expect(years('форма школы')).toEqual([2024]);
    // Ш10 left its template untouched: its 2024 has no rows, its earlier years do
    expect(rows.some((r) => r[1] === 'Ш10' && r[0] === 2024)).toBe(false);
    expect(rows.some((r) => r[1] === 'Ш10' && r[0] === 2023)).toBe(true);
  });

  it('shows who has not submitted and the school with input errors', () => {
    const status = Object.fromEntries(demo.board.rows.map((r) => [r.school, r.status]));
    expect(status.Ш08).toBe('заполняется');
    expect(status.Ш10).toBe('не начато');
    expect(Object.values(status).filter((s) => s === 'сдано')).toHaveLength(11);
    const problems =
      demo.board.rows.find((r) => r.school === 'Ш09')?.problems.filter((p) => p.severity === 'error') ?? [];
    // «Поля» publishes the template address of every field
    const fields = demo.workbook.sheet('Поля')?.read() ?? [];
    const header = fields[0] ?? [];
    const addressOf = (code: string) => fields.find((r) => r[0] === code)?.[header.indexOf('Ячейка в форме')];
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ['not_a_number', `'Школа Ш09'!${String(addressOf('pupils.registered'))}`],
      ['exceeds_participants', `'Школа Ш09'!${String(addressOf('oge.rus.9.m2'))}`],
    ]);
    expect(problems[1]?.message).toContain('(23) больше числа участников (19)');
  });

  it('is the same workbook on every run', () => {
    const again = buildDemo();
    for (const tab of ['Данные', 'Свод', 'ДК Ш02'])
      expect(again.workbook.sheet(tab)?.read()).toEqual(demo.workbook.sheet(tab)?.read());
  });
});

describe('the rules on the hand-set counts', () => {
  it('Ш02 is ШНОР by Н3: ОГЭ maths «2» 9 of 25 = 36 % (2023) and 8 of 24 = 33,3 % (2024), both ≥ 30 %', () => {
    expect(rule('Ш02', 'Н3').flagged).toBe(true);
    expect(yearly(rule('Ш02', 'Н3'))).toEqual([
      [2023, 36], // 9 / 25 × 100
      [2024, pct(8, 24)],
    ]);
    expect(school('Ш02').flags.shnor).toBe('yes');
  });

  it('Ш04 is ШНОР by Н2 at the boundary (3 of 10 = 30 % counts as ≥ 30 %) and ШНСУ by С2, С3, С4', () => {
    expect(rule('Ш04', 'Н2').flagged).toBe(true);
    expect(yearly(rule('Ш04', 'Н2'))).toEqual([
      [2023, 30], // 3 / 10 × 100
      [2024, pct(3, 9)],
    ]);
    // С2 27 / 180 = 15 % > 10 %; С3 72 / 180 = 40 % > 30 %; С4 5 / 180 = 2,78 % ≥ 2 %
    expect(school('Ш04').metCriteria).toEqual(expect.arrayContaining(['С2', 'С3', 'С4']));
    expect(school('Ш04').flags).toMatchObject({ shnor: 'yes', shnsu: 'yes' });
  });

  it('Ш03 is ШНСУ: С1 24 of 64 = 37,5 % > 30 %, no internet (С8), too few computers (С9), small (С10)', () => {
    expect(school('Ш03').metCriteria).toEqual(expect.arrayContaining(['С1', 'С8', 'С9', 'С10']));
    expect(school('Ш03').flags.shnsu).toBe('yes');
  });

  it('Ш05 is ШНСУ by С5, С6, С7; КДР reading 6 fell from 5 of 12 = 41,7 % to 2 of 11 = 18,2 %: not Н5, positive Д7.3', () => {
    expect(school('Ш05').metCriteria).toEqual(expect.arrayContaining(['С5', 'С6', 'С7']));
    expect(rule('Ш05', 'Н5').flagged).toBe(false);
    expect(rule('Ш05', 'Д7.3').flagged).toBe(true); // 18,2 − 41,7 = −23,5 п. п., at least 1 п. п. down
  });

  it('Ш07 leaves ШНОР: КДР maths literacy 7 at 4 of 18 = 22,2 % in 2024 (36,8 % in 2023)', () => {
    expect(yearly(rule('Ш07', 'Н6'))).toEqual([
      [2023, pct(7, 19)],
      [2024, pct(4, 18)],
    ]);
    expect(rule('Ш07', 'Н6').flagged).toBe(false);
  });

  it('Ш11 is ШНОР by Н7 (6 of 16 = 37,5 %, 5 of 15 = 33,3 %) but not by Н1 (2 of 9 = 22,2 % in 2023)', () => {
    expect(rule('Ш11', 'Н7').flagged).toBe(true);
    expect(rule('Ш11', 'Н1').flagged).toBe(false);
    expect(yearly(rule('Ш11', 'Н1'))?.[0]).toEqual([2023, pct(2, 9)]);
  });

  it('Ш13 stops short of ШНСУ: 21 of 70 = 30,0 % is not «более 30%», 1 of 70 = 1,4 % < 2 %; only С8 and С10', () => {
    expect(school('Ш13').metCriteria.sort()).toEqual(['С10', 'С8']);
    expect(school('Ш13').flags.shnsu).toBe('no');
  });

  it('ordinary schools are flagged by no ШНОР or ШНСУ rule', () => {
    for (const code of ['Ш01', 'Ш06', 'Ш12']) expect(school(code).flags).toMatchObject({ shnor: 'no', shnsu: 'no' });
  });
});

describe('what the report shows', () => {
  it('colours the flagged cells of «Свод» red through its conditional formats', () => {
    const view = renderSheet(demo.workbook, 'Свод', dateSerial(2024, 6, 20));
    if (!view) throw new Error('no Свод');
    const codes = view.cells[0]?.map((c) => c?.text) ?? [];
    const rowOf = (code: string) => view.cells.find((r) => r[0]?.text === code) ?? [];
    const cell = (code: string, column: string) => rowOf(code)[codes.indexOf(column)];
    expect(cell('Ш02', 'rule.Н3')).toMatchObject({ text: 'Да', bg: '#f4c7c3' });
    expect(cell('Ш01', 'rule.Н3')?.bg).toBeUndefined();
    expect(cell('Ш03', 'rule.ШНСУ')).toMatchObject({ text: 'Да', bg: '#f4c7c3' });
    expect(view.unsupported).toEqual([]);
  });

  it('marks roadmap measures done as of the demo date', () => {
    const rows = demo.workbook.sheet('ДК Ш02')?.read() ?? [];
    expect(rows.some((r) => r.includes('выполнено'))).toBe(true);
  });
});
