// Proves «Собрать отчёт» on a strezhevoy-2023 fixture (seed 001 L76 ШНОР rule, L80 «не менее 30%»):
// earlier years sit in `Данные` as the long table, the reporting year 2023 (2022/2023 уч. г.) is typed
// into the school templates. Schools are ШНОР by (a) ≥ 2 procedures in 2021/2022, by (b) ≥ 1 in each
// of 2020/2021 and 2021/2022, at exactly 30 %; one is not (two grades of one subject count once),
// one has no data. Every expected value is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import { findPreset } from '../../src/core/presets';
import { toneAt } from './helpers/formula';
import { fillTemplate, monitoringWorkbook, noteLines, reportRun, storeYear, summaryView } from './helpers/monitoring';

const program = findPreset('strezhevoy-2023')!;
const Y = 2023;
const CONVENTION = 'Отчётный год 2022/2023 уч. г.; предыдущий учебный год — 2021/2022, позапрошлый — 2020/2021.';

function build() {
  const wb = monitoringWorkbook(program, Y, [
    { code: 'A', name: 'СОШ № 1', category: 'ШНОР' },
    { code: 'B', name: 'СОШ № 2' },
    { code: 'C', name: 'СОШ № 3' },
    { code: 'D', name: 'СОШ № 4' },
    { code: 'E', name: 'СОШ № 5' },
  ]);
  // A: 2021 not low; 2022 two procedures low → (a)
  storeYear(wb, 'A', 2021, { 'vpr.rus.4.n': 20, 'vpr.rus.4.m2': 2 }); // 2/20 = 10 %
  storeYear(wb, 'A', 2022, { 'vpr.math.5.n': 27, 'vpr.math.5.m2': 9, 'oge.rus.9.n': 20, 'oge.rus.9.below': 6 }); // 33,3 %; 6/20 = 30 % ≥ 30 %
  // B: one procedure in each of 2021 and 2022 → (b); 2020 too, so B was ШНОР in 2022 as well
  storeYear(wb, 'B', 2020, { 'ege.rus.11.n': 10, 'ege.rus.11.below': 4 }); // 40 %
  storeYear(wb, 'B', 2021, { 'ege.rus.11.n': 10, 'ege.rus.11.below': 3 }); // 3/10 = 30 % ≥ 30 %
  storeYear(wb, 'B', 2022, { 'vpr.rus.6.n': 25, 'vpr.rus.6.m2': 8 }); // 32 %
  // C: 2022 maths low in grades 5 and 6 — one procedure «ВПР математика»; 2021 29 % is not low
  storeYear(wb, 'C', 2021, { 'vpr.math.5.n': 100, 'vpr.math.5.m2': 29 }); // 29 % < 30 %
  storeYear(wb, 'C', 2022, { 'vpr.math.5.n': 25, 'vpr.math.5.m2': 10, 'vpr.math.6.n': 30, 'vpr.math.6.m2': 12 }); // 40 %, 40 %
  // D: nothing stored. E: ШНОР in 2022 (two procedures in 2021), nothing low in 2022
  storeYear(wb, 'E', 2021, { 'vpr.rus.5.n': 20, 'vpr.rus.5.m2': 10, 'ege.mathp.11.n': 10, 'ege.mathp.11.below': 4 }); // 50 %, 40 %
  storeYear(wb, 'E', 2022, { 'vpr.rus.5.n': 20, 'vpr.rus.5.m2': 2 }); // 10 %

  fillTemplate(wb, program, 'A', Y, {
    'vpr.math.5.n': 20,
    'vpr.math.5.m2': 6,
    'oge.math.9.n': 10,
    'oge.math.9.below': 2,
    'staff.pedagogues': 10,
    'cond.deficit_staff': true,
  });
  fillTemplate(wb, program, 'B', Y, { 'vpr.math.5.n': 30, 'vpr.math.5.m2': 5, 'staff.pedagogues': 12 });
  fillTemplate(wb, program, 'C', Y, { 'vpr.rus.4.n': 25, 'vpr.rus.4.m2': 5, 'staff.pedagogues': 15 });
  fillTemplate(wb, program, 'E', Y, { 'vpr.rus.5.n': 20, 'vpr.rus.5.m2': 2, 'staff.pedagogues': 8 });
  const out = buildReport(wb, reportRun(program));
  return { wb, out };
}

const { wb, out } = build();
const v = summaryView(wb);
const SCHOOLS = ['A', 'B', 'C', 'D', 'E'];
const column = (code: string) => SCHOOLS.map((s) => v.cell(s, code));

describe('«Собрать отчёт» on strezhevoy-2023, reporting year 2023', () => {
  it('snapshots the typed values into Данные and counts what it did', () => {
    // rows typed: A 6 (two ВПР, two ОГЭ cells, staff, deficit), B 3, C 3, E 3, D none → 15
    expect(out.summary.rowsAdded).toBe(15);
    // stored before: A 2 + 4, B 2 + 2 + 2, C 2 + 4, E 4 + 2 = 24 rows under the header
    expect(wb.sheet('Данные')!.size().rows).toBe(1 + 24 + 15);
    // A is flagged by low.vpr, shnor and risk, B by shnor; E only by the info rule dyn.vpr
    expect(out.summary.schoolsFlagged).toBe(2);
    expect(out.summary.schoolsRead).toBe(5);
  });

  it('ШНОР column: Да by (a) and by (b), Нет when grades collapse, нет данных without data; «2 шк.»', () => {
    expect(column('rule.shnor')).toEqual(['Да', 'Да', 'Нет', 'нет данных', 'Нет']);
    expect(v.cell('МО', 'rule.shnor')).toBe('2 шк.');
  });

  it('the reporting year rules: low.vpr at exactly 30 %, low.gia, risk only for the ШНОР category', () => {
    // 2023 ВПР: A 6/20 = 30 % ≥ 30 %; B 5/30 = 16,7 %; C 5/25 = 20 %; D blank; E 2/20 = 10 %
    expect(column('rule.low.vpr')).toEqual(['Да', 'Нет', 'Нет', 'нет данных', 'Нет']);
    expect(v.cell('МО', 'rule.low.vpr')).toBe('1 шк.');
    // 2023 ОГЭ/ЕГЭ: only A took one, 2/10 = 20 %
    expect(column('rule.low.gia')).toEqual(['Нет', 'нет данных', 'нет данных', 'нет данных', 'нет данных']);
    expect(v.cell('МО', 'rule.low.gia')).toBe('0 шк.');
    // scope ШНОР (registry category): only A; its staff deficit is «Да»
    expect(column('rule.risk')).toEqual(['Да', '—', '—', '—', '—']);
    // dyn.vpr (info, flagged when the «2» count does not fall): A 9 → 6, B 8 → 5, C 22 → 5, E 2 → 2
    expect(column('rule.dyn.vpr')).toEqual(['Нет', 'Нет', 'Нет', 'нет данных', 'Да']);
  });

  it('explains each ШНОР verdict with the procedures and years', () => {
    expect(v.note('A', 'rule.shnor')).toBe(
      'В предыдущем учебном году (2021/2022) низкие результаты по 2 процедурам (нужно не менее 2): ' +
        'ВПР математика (ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %); ' +
        'ОГЭ русский язык (ОГЭ русский язык 9 кл.: ниже порога у 6 из 20 (30,0 %) ≥ 30 %). ' +
        CONVENTION,
    );
    expect(v.note('B', 'rule.shnor')).toBe(
      'Низкие результаты в каждом из двух предыдущих учебных лет (не менее чем по 1 процедуре): ' +
        '2020/2021 — ЕГЭ русский язык (ЕГЭ русский язык 11 кл.: ниже порога у 3 из 10 (30,0 %) ≥ 30 %); ' +
        '2021/2022 — ВПР русский язык (ВПР русский язык 6 кл.: «2» у 8 из 25 (32,0 %) ≥ 30 %). ' +
        CONVENTION,
    );
    // C: grades 5 and 6 of maths are one procedure → 1 in 2021/2022, 0 in 2020/2021
    expect(v.note('C', 'rule.shnor')).toBe(
      'Процедур с низкими результатами: 2021/2022 — 1, 2020/2021 — 0; условие не выполнено (нужно не менее 2 в предыдущем году или не менее 1 в каждом из двух предыдущих). ' +
        CONVENTION,
    );
    expect(v.note('D', 'rule.shnor')).toBe(
      `Нет данных об оценочных процедурах за предыдущий учебный год (2021/2022). ${CONVENTION}`,
    );
    expect(v.note('A', 'rule.low.vpr')).toBe(
      '2022/2023 уч. г.: низкие результаты — ВПР математика 5 кл.: «2» у 6 из 20 (30,0 %) ≥ 30 %.',
    );
  });

  it('shows ШНОР «Да» red and positive-dynamics info rules as they are', () => {
    const sheet = wb.sheet('Свод')!;
    const at = (school: string, code: string) => `${String.fromCharCode(64 + v.col(code))}${v.row(school)}`;
    expect(v.col('rule.shnor')).toBeLessThan(27); // single-letter column, so the A1 above is right
    expect(toneAt(sheet, at('A', 'rule.shnor'))).toBe('red');
    expect(toneAt(sheet, at('C', 'rule.shnor'))).toBe(null);
    expect(toneAt(sheet, at('D', 'rule.shnor'))).toBe('grey');
  });

  it('Справка names the flagged schools and exactly why', () => {
    const lines = noteLines(wb);
    expect(lines).toContain('Школ с признаками ШНОР: 2 из 5 (СОШ № 1, СОШ № 2).');
    const a = lines.indexOf('СОШ № 1 (категория в реестре: ШНОР):');
    const b = lines.indexOf('СОШ № 2 (категория в реестре: другая):');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    // A: its three problem rules, in program order (low.vpr, shnor, risk)
    expect(lines.slice(a + 1, b).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      '— Низкие образовательные результаты',
      '— Школа с низкими образовательными результатами обучающихся',
      '— Наличие факторов риска (дефицитов)',
    ]);
    expect(lines[a + 2]).toContain('ОГЭ русский язык 9 кл.: ниже порога у 6 из 20 (30,0 %) ≥ 30 %');
    expect(lines[b + 1]).toContain(
      '2020/2021 — ЕГЭ русский язык (ЕГЭ русский язык 11 кл.: ниже порога у 3 из 10 (30,0 %) ≥ 30 %)',
    );
    // E's only «Да» is the info rule: not flagged, but the dynamics section says so
    expect(lines.some((l) => l.startsWith('СОШ № 5 ('))).toBe(false);
    expect(lines).toContain(
      'Правило «Положительная динамика (уменьшение) количества участников ВПР по русскому языку и/или математике, не справившихся с работой» отмечает 1 из 4 школ с данными: СОШ № 5.',
    );
    expect(lines).toContain('Не представили данные: СОШ № 4.');
    // remarks are about 2022/2023 only, not the earlier years the dynamics computed
    expect(lines).toContain(
      '— Показатель 2.1.3, 2022/2023 уч. г.: нет данных по 1 из 5 школ (СОШ № 4); значение рассчитано по остальным.',
    );
    expect(lines.filter((l) => l.startsWith('— Показатель') && !l.includes('2022/2023 уч. г.'))).toEqual([]);
  });
});

describe('Динамика on strezhevoy-2023', () => {
  const sheet = wb.sheet('Динамика')!;
  const grid = sheet.read();
  /** Row (1-based) of an indicator: the municipal table (no school) or a school's row. */
  const rowOf = (code: string, school: string | null) =>
    grid.findIndex((r) => r[0] === code && (r[2] ?? null) === school) + 1;
  const header = grid.find((r) => r[0] === 'Код')!;
  const yearCol = (y: number) => header.indexOf(String(y));

  it('has a column per year stored in Данные up to the reporting year', () => {
    expect(grid[0]?.[0]).toBe('Динамика показателей, 2020–2023');
    expect(header.slice(3, 8)).toEqual(['2020', '2021', '2022', '2023', 'Изменение за год']);
  });

  it('gives the municipal values per year, pooled, with the change and its arrow', () => {
    const r = grid[rowOf('2.1.3', null) - 1]!;
    // 2.1.3 = Σ «2» / Σ участников ВПР (all schools):
    // 2020: no ВПР stored → нет данных
    // 2021: A 2/20, C 29/100, E 10/20 → 41/140
    // 2022: A 9/27, B 8/25, C 10/25 + 12/30, E 2/20 → (9+8+22+2)/(27+25+55+20) = 41/127
    // 2023: A 6/20, B 5/30, C 5/25, E 2/20 → 18/95
    expect(r[yearCol(2020)]).toBe('нет данных');
    expect(r[yearCol(2021)]).toBeCloseTo((41 / 140) * 100, 9);
    expect(r[yearCol(2022)]).toBeCloseTo((41 / 127) * 100, 9);
    expect(r[yearCol(2023)]).toBeCloseTo((18 / 95) * 100, 9);
    // 18,947 % − 32,283 % = −13,336 п. п.: down, and down is better for this indicator
    expect(r[yearCol(2023) + 1]).toBeCloseTo(-13.336096, 6);
    expect(r.slice(yearCol(2023) + 2, yearCol(2023) + 4)).toEqual(['↓', 'ниже']);
    expect(toneAt(sheet, `H${rowOf('2.1.3', null)}`)).toBe('green');
  });

  it('gives a school its own values per year', () => {
    const r = grid[rowOf('2.1.3', 'СОШ № 1') - 1]!;
    // A: 2021 2/20 = 10 %, 2022 9/27 = 33,3 %, 2023 6/20 = 30 % → −3,33 п. п.
    expect(r.slice(yearCol(2020), yearCol(2023) + 3)).toEqual([
      'нет данных',
      10,
      expect.closeTo((9 / 27) * 100, 9),
      30,
      -3.333333,
      '↓',
    ]);
    // B's ЕГЭ: 2020 4/10 = 40 %, 2021 3/10 = 30 %, nothing later → no change to show
    const b = grid[rowOf('2.1.1', 'СОШ № 2') - 1]!;
    expect(b.slice(yearCol(2020), yearCol(2023) + 3)).toEqual([40, 30, 'нет данных', 'нет данных', 'нет данных', null]);
    // a school without any value of an indicator gets no row
    expect(rowOf('2.1.1', 'СОШ № 1')).toBe(0);
  });

  it('lists the schools entering, leaving and staying on the ШНОР list versus 2022', () => {
    // 2022 list: B (2020 and 2021 one each) and E (two procedures in 2021); A had 0 in 2021, C 0, D no data.
    // 2023 list: A and B.
    const list = (label: string) => grid.find((r) => r[0] === label)?.[1];
    expect(list('Вошли в список')).toBe('СОШ № 1');
    expect(list('Вышли из списка')).toBe('СОШ № 5');
    expect(list('Остаются в списке')).toBe('СОШ № 2');
  });
});
