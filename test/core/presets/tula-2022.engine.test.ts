// This file runs the Tula 2022–2024 preset (seed 000) through the engine on a fixture municipality:
// three ШНОР (one of them a basic school without ЕГЭ, one new to the program with no previous year)
// and a mentor school whose data must never count. Every indicator and every rule is checked against
// values computed by hand below; the roadmap rows a school gets follow from the codes it triggers.
import { describe, expect, it } from 'vitest';
import { computeReport, type ReportResult } from '../../../src/core/engine';
import { Program } from '../../../src/core/program';
import { tula2022 } from '../../../src/core/presets/tula-2022';
import { below, makeData, makeSchool, marks, type Values } from '../fixtures/municipality';

const program = Program.parse(tula2022);

const schools = [
  makeSchool('S1', { category: 'ШНОР' }),
  makeSchool('S2', { category: 'ШНОР' }),
  makeSchool('S3', { category: 'ШНОР+ШНСУ' }),
  makeSchool('M1', { category: 'наставник' }),
];

function staff(
  ped: number,
  teach: number,
  events: number,
  pk: number,
  iom: number,
  modern: number,
  active: number,
  contest: number,
  bank: number,
): Values {
  return {
    'staff.pedagogues': ped,
    'staff.teaching_staff': teach,
    'staff.learning_events': events,
    'staff.pk_done': pk,
    'staff.iom_deficits_closed': iom,
    'staff.modern_methods': modern,
    'staff.active_forms': active,
    'staff.contest_results': contest,
    'staff.practice_bank': bank,
  };
}

function pupils(
  total: number,
  olymp: number,
  vsosh: number,
  assessed: number,
  q45: number,
  doEnrolled: number,
  tochka: number,
): Values {
  return {
    'pupils.total': total,
    'pupils.olymp_results': olymp,
    'pupils.vsosh_results': vsosh,
    'pupils.year_end_assessed': assessed,
    'pupils.year_end_45': q45,
    'pupils.do_enrolled': doEnrolled,
    'pupils.tochka_do': tochka,
  };
}

type Item = boolean | null;
function items(
  env: Item,
  mentor: Item,
  equal: Item,
  objective: Item,
  deficit: Item,
  data: Item,
  network: Item,
  tochka: Item,
  monitoring: Item,
): Values {
  return {
    'items.modern_environment': env,
    'items.mentoring_support': mentor,
    'items.equal_access': equal,
    'items.objective_assessment': objective,
    'items.deficit_system': deficit,
    'items.data_management': data,
    'items.network_agreements': network,
    'items.tochka_rosta': tochka,
    'items.monitoring_recommendations': monitoring,
  };
}

const data = makeData([
  [
    'S1',
    2023,
    staff(20, 18, 22, 25, 5, 9, 6, 2, 1),
    pupils(400, 40, 8, 360, 126, 200, 30),
    items(true, true, true, false, true, true, true, false, true),
    marks('vpr.math.5', 5, 10, 8, 2),
    marks('vpr.rus.5', 3, 12, 8, 2),
    marks('kdr.math.8', 4, 10, 5, 1),
    marks('oge.math.9', 3, 12, 4, 1),
    marks('oge.rus.9', 1, 9, 7, 3),
    below('ege.rus.11', 10, 1),
    marks('ege.mathb.11', 1, 4, 2, 1),
    below('ege.mathp.11', 4, 1),
    below('fg.read.8', 20, 6),
    below('fg.mathlit.8', 20, 8),
  ],
  [
    'S1',
    2022,
    pupils(400, 40, 4, 360, 108, 220, 20),
    marks('vpr.math.5', 5, 10, 8, 2),
    marks('vpr.rus.5', 3, 12, 8, 2),
    marks('kdr.math.8', 4, 10, 5, 1),
    marks('oge.math.9', 6, 10, 3, 1),
    marks('oge.rus.9', 2, 10, 6, 2),
    below('ege.rus.11', 10, 2),
    marks('ege.mathb.11', 2, 3, 2, 1),
    below('ege.mathp.11', 4, 2),
    below('fg.read.8', 20, 8),
  ],
  // A basic school: no 11th grade, every ЕГЭ cell left blank.
  [
    'S2',
    2023,
    staff(30, 25, 15, 30, 6, 10, 5, 1, 0),
    pupils(600, 30, 6, 540, 162, 300, 60),
    items(false, true, true, true, false, true, false, true, true),
    marks('vpr.math.6', 6, 10, 3, 1),
    marks('vpr.rus.6', 2, 10, 6, 2),
    marks('oge.math.9', 5, 10, 4, 1),
    marks('oge.rus.9', 2, 10, 6, 2),
    below('fg.read.9', 15, 3),
  ],
  [
    'S2',
    2022,
    pupils(600, 24, 6, 540, 189, 240, 60),
    marks('vpr.math.6', 8, 9, 2, 1),
    marks('vpr.rus.6', 4, 10, 5, 1),
    marks('oge.math.9', 3, 12, 4, 1),
    marks('oge.rus.9', 1, 12, 5, 2),
    below('fg.read.9', 10, 2),
  ],
  // New to the program: no 2022 data; ОГЭ taken by nobody; a ФГ work filled in part; 1.1 left blank.
  [
    'S3',
    2023,
    staff(10, 10, 9, 10, 1, 4, 4, 0, 1),
    pupils(200, 10, 2, 180, 72, 50, 0),
    items(null, false, true, true, false, false, true, true, true),
    marks('vpr.math.4', 1, 4, 3, 2),
    { 'oge.math.9.n': 0 },
    { 'fg.sci.8.n': 10 },
  ],
  // The mentor school: out of scope everywhere; its numbers would change every total if counted.
  [
    'M1',
    2023,
    staff(50, 50, 50, 50, 50, 50, 50, 50, 50),
    pupils(1000, 500, 100, 1000, 900, 1000, 500),
    items(false, false, false, false, false, false, false, false, false),
    marks('vpr.math.5', 0, 0, 0, 30),
    marks('oge.math.9', 0, 0, 0, 30),
    below('fg.read.9', 30, 0),
  ],
  ['M1', 2022, pupils(1000, 0, 0, 1000, 0, 0, 0)],
]);

const report: ReportResult = computeReport({ program, schools, data, year: 2023 });
const school = (code: string) => {
  const s = report.schools.find((x) => x.code === code);
  if (!s) throw new Error(`no school ${code}`);
  return s;
};
const muni = (code: string) => {
  const v = report.municipal.indicators[code];
  if (!v) throw new Error(`no indicator ${code}`);
  return v;
};

describe('tula-2022 on a fixture municipality, 2023', () => {
  // [code, num, den, display]; pooled over S1, S2, S3 (M1 is a mentor school, out of scope).
  it.each([
    // 2.1: (22 + 15 + 9) / (20 + 30 + 10) = 46/60 = 76,67 %
    ['2.1', 46, 60, '76,7 %'],
    // 2.2: (25 + 30 + 10) / 60 = 65/60 = 108,33 % — over 100 %, allowed (педагоги и руководители / педработники)
    ['2.2', 65, 60, '108,3 %'],
    // 2.3: (5 + 6 + 1) / 60 = 12/60 = 20 %
    ['2.3', 12, 60, '20,0 %'],
    // 4.1: (9 + 10 + 4) / (18 + 25 + 10) = 23/53 = 43,40 %
    ['4.1', 23, 53, '43,4 %'],
    // 4.2: (6 + 5 + 4) / 53 = 15/53 = 28,30 %
    ['4.2', 15, 53, '28,3 %'],
    // 4.3: (2 + 1 + 0) / 53 = 3/53 = 5,66 %
    ['4.3', 3, 53, '5,7 %'],
    // 4.4: (1 + 0 + 1) / 53 = 2/53 = 3,77 %
    ['4.4', 2, 53, '3,8 %'],
    // 5.1: S1 ОГЭ (20−3)+(20−1) = 36, ЕГЭ рус 10−1 = 9, база 8−1 = 7, профиль 4−1 = 3 → 55 of 20+20+10+8+4 = 62;
    //      S2 ОГЭ (20−5)+(20−2) = 33 of 40, no ЕГЭ; S3 only ОГЭ with 0 participants → no data.
    //      (55 + 33) / (62 + 40) = 88/102 = 86,27 %
    ['5.1', 88, 102, '86,3 %'],
    // 5.2: S1 ВПР (10+8+2)+(12+8+2) + РКР (10+5+1) = 58 of 25+25+20 = 70; S2 (10+3+1)+(10+6+2) = 32 of 40;
    //      S3 (4+3+2) = 9 of 10 → 99/120 = 82,5 %
    ['5.2', 99, 120, '82,5 %'],
    // 5.3: (40 + 30 + 10) / (400 + 600 + 200) = 80/1200 = 6,67 %
    ['5.3', 80, 1200, '6,7 %'],
    // 5.8: (200 + 300 + 50) / 1200 = 550/1200 = 45,83 %
    ['5.8', 550, 1200, '45,8 %'],
  ])('pools indicator %s as %i / %i = %s', (code, num, den, display) => {
    const v = muni(code);
    expect([v.num, v.den, v.display]).toEqual([num, den, display]);
    expect(v.attainment).toBe('noTarget');
  });

  it.each([
    // [code, schools «да», schools with data, display]
    // 1.1: S1 да, S2 нет, S3 blank → 1 of 2 (S3 left out, coverage 2/3)
    ['1.1', 1, 2, '50,0 %'],
    // 1.2: S1 да, S2 да, S3 нет → 2/3
    ['1.2', 2, 3, '66,7 %'],
    // 1.3: all three да → 3/3
    ['1.3', 3, 3, '100,0 %'],
    // 3.1: нет, да, да → 2/3
    ['3.1', 2, 3, '66,7 %'],
    // 3.2: да, нет, нет → 1/3
    ['3.2', 1, 3, '33,3 %'],
    // 3.3: да, да, нет → 2/3
    ['3.3', 2, 3, '66,7 %'],
    // 5.6: да, нет, да → 2/3
    ['5.6', 2, 3, '66,7 %'],
    // 5.7: нет, да, да → 2/3
    ['5.7', 2, 3, '66,7 %'],
    // 5.4: pos.year_end — S1 30 % → 35 % grows, S2 35 % → 30 % does not, S3 has no 2022 → 1 of 2
    ['5.4', 1, 2, '50,0 %'],
    // 5.5: pos.fg — S1 60 % → 65 % grows, S2 80 % → 80 % does not, S3 ФГ filled in part → 1 of 2
    ['5.5', 1, 2, '50,0 %'],
  ])('counts indicator %s as %i of %i ШНОР = %s', (code, yes, withData, display) => {
    const v = muni(code);
    expect([v.num, v.den, v.display]).toEqual([yes, withData, display]);
    expect(v.coverage).toEqual({ withData, total: 3 });
  });

  it('rolls 6.1 up to «да» only when every ШНОР says «да»', () => {
    // S1, S2, S3 all да (M1's «нет» is out of scope)
    expect([muni('6.1').bool, muni('6.1').display]).toEqual([true, 'да']);
    const s2No = makeData([['S2', 2023, { 'items.monitoring_recommendations': false }]]);
    const merged = { ...data, S2: { ...data.S2, 2023: { ...data.S2?.[2023], ...s2No.S2?.[2023] } } };
    const r = computeReport({ program, schools, data: merged, year: 2023 });
    expect(r.municipal.indicators['6.1']?.bool).toBe(false);
  });

  it('warns when 2.1 and 2.2 pass 100 %', () => {
    // S1: 2.1 = 22/20 = 110 %; municipal 2.2 = 65/60 = 108,3 %; S2: 2.2 = 30/30 = 100 % (not over)
    expect(school('S1').indicators['2.1']).toMatchObject({ num: 22, den: 20, display: '110,0 %', over100: true });
    expect(muni('2.2').over100).toBe(true);
    expect(school('S2').indicators['2.2']?.over100).toBeUndefined();
    const over = report.warnings.filter((w) => w.code === 'over100').map((w) => w.indicator);
    expect(over).toEqual(expect.arrayContaining(['2.1', '2.2']));
  });

  // [rule, S1, S2]: flagged = true, clear = false; S3 has no 2022 data, M1 is out of scope.
  it.each([
    // dyn.gia: S1 2022 ОГЭ 14+18, ЕГЭ 8+6+2 → 48/62 = 77,4 % → 55/62 = 88,7 % grows; S2 36/40 = 90 % → 33/40 = 82,5 % falls
    ['dyn.gia', false, true],
    // dyn.vpr_rkr: S1 58/70 both years (no growth); S2 (9+2+1)+(10+5+1) = 28/40 = 70 % → 80 %
    ['dyn.vpr_rkr', true, false],
    // dyn.vsosh: S1 4/400 = 1 % → 8/400 = 2 %; S2 6/600 = 1 % both years
    ['dyn.vsosh', false, true],
    // dyn.year_end: S1 108/360 = 30 % → 126/360 = 35 %; S2 189/540 = 35 % → 162/540 = 30 %
    ['dyn.year_end', false, true],
    // dyn.fg: S1 12/20 = 60 % → (14+12)/40 = 65 %; S2 8/10 = 80 % → 12/15 = 80 %
    ['dyn.fg', false, true],
    // dyn.olymp: S1 40/400 = 10 % both years; S2 24/600 = 4 % → 30/600 = 5 %
    ['dyn.olymp', true, false],
    // dyn.do: S1 220/400 = 55 % → 200/400 = 50 %; S2 240/600 = 40 % → 300/600 = 50 %
    ['dyn.do', true, false],
    // dyn.tochka_do: S1 20/400 = 5 % → 30/400 = 7,5 %; S2 60/600 = 10 % both years
    ['dyn.tochka_do', false, true],
    // pos.* flag growth: the mirror of dyn.year_end and dyn.fg
    ['pos.year_end', true, false],
    ['pos.fg', true, false],
  ])('rule %s: S1 flagged %s, S2 flagged %s', (rule, s1, s2) => {
    expect(school('S1').rules[rule]?.flagged).toBe(s1);
    expect(school('S2').rules[rule]?.flagged).toBe(s2);
    expect(school('S3').rules[rule]?.status).toBe('noData');
    expect(school('M1').rules[rule]?.status).toBe('outOfScope');
    // one ШНОР of the three is flagged by each rule
    expect(report.municipal.byRule[rule]).toBe(1);
  });

  it('explains a dynamics verdict with both years', () => {
    const d = school('S2').rules['dyn.gia']?.details;
    expect(d).toMatchObject({ type: 'dynamics', fromYear: 2022, toYear: 2023, positive: false });
    expect(d?.type === 'dynamics' ? [d.from.display, d.to.display] : null).toEqual(['90,0 %', '82,5 %']);
  });

  it('raises the seed’s programme risks from the breached rules', () => {
    // S1 breaches dyn.vpr_rkr (results) → «Отсутствует повышения образовательных результатов».
    expect(school('S1').riskFactors).toEqual(['risk.no_growth']);
    // S2 breaches dyn.gia, dyn.vsosh, dyn.year_end, dyn.fg (results) and dyn.tochka_do (network),
    // and misses 5.4 and 5.5 (its school does not meet the growth condition).
    expect(school('S2').missedIndicators).toEqual(['5.4', '5.5']);
    expect(school('S2').riskFactors).toEqual(['risk.network_unready', 'risk.no_growth']);
    expect(school('S3').riskFactors).toEqual([]);
  });

  it('gives each school the targeted roadmap rows its codes trigger', () => {
    const triggered = (code: string): string[] => {
      const s = school(code);
      const hit = new Set([...s.breachedRules, ...s.riskFactors, ...s.missedIndicators]);
      return program.measures.filter((m) => !m.always && m.triggers.some((t) => hit.has(t))).map((m) => m.id);
    };
    // S1's ВПР/РКР did not grow: ИОМ support built on ВПР and РКР results (row 5.3 = m36).
    expect(triggered('S1')).toContain('tula-2022.m36');
    // S2's ГИА fell: ГИА preparation events (row 5.14 = m47) and ФГ events (row 5.13 = m46).
    expect(triggered('S2')).toEqual(expect.arrayContaining(['tula-2022.m47', 'tula-2022.m46']));
    expect(triggered('S1')).not.toContain('tula-2022.m47');
    // S3 has nothing to trigger yet.
    expect(triggered('S3')).toEqual([]);
  });

  it('reads a target the methodologist adds exactly, in the indicator’s direction', () => {
    // The seed has no targets; with a target of 82,5 % for 5.2, 99/120 = 82,5 % meets it exactly and
    // 82,6 % is missed (comparison 'none' + direction up → ≥).
    const withTarget = (value: number) =>
      Program.parse({
        ...tula2022,
        indicators: tula2022.indicators.map((i) =>
          i.code === '5.2' ? { ...i, targets: [{ year: 2023, value, source: null }] } : i,
        ),
      });
    const at = (value: number) =>
      computeReport({ program: withTarget(value), schools, data, year: 2023 }).municipal.indicators['5.2']?.attainment;
    expect(at(82.5)).toBe('achieved');
    expect(at(82.6)).toBe('notAchieved');
  });
});
