// This file runs the bavly-2021 preset through the engine on a fixture municipality of five schools
// in two clusters (reporting year 2022, the last year the target table labels, with 2020 for the
// cluster rule's 3-year window) and checks every indicator and the rule against values computed by
// hand in the comments: targets met exactly at their boundary (70 % of 70, «не более 5%» at 5 %,
// 20 % of schools ≤ 20 %), missed by a hair (40 % < 42 %), below the cluster with and without
// positive dynamics, and no target in 2023 where the seed gives none.
import { describe, expect, it } from 'vitest';
import { computeReport, type IndicatorValue, type ReportResult } from '../../../src/core/engine';
import type { FieldValue } from '../../../src/core/fields';
import { Program } from '../../../src/core/program';
import { bavly2021 } from '../../../src/core/presets/bavly-2021';
import { School } from '../../../src/core/schools';

const program = Program.parse(bavly2021);

const schools = [
  School.parse({ code: 'A', name: 'Школа А', category: 'ШНОР', cluster: 'К1' }),
  School.parse({ code: 'B', name: 'Школа Б', category: 'ШНСУ', cluster: 'К1' }),
  School.parse({ code: 'C', name: 'Школа В', category: 'другая', cluster: 'К1' }),
  School.parse({ code: 'D', name: 'Школа Г', category: 'ШНОР+ШНСУ', cluster: 'К2' }),
  School.parse({ code: 'E', name: 'Школа Д', category: 'другая', cluster: 'К2' }),
];

type Values = Record<string, FieldValue>;
/** Marks «2»…«5» of one assessment, n = their sum. */
const marks = (key: string, m2: number, m3: number, m4: number, m5: number): Values => ({
  [`${key}.n`]: m2 + m3 + m4 + m5,
  [`${key}.m2`]: m2,
  [`${key}.m3`]: m3,
  [`${key}.m4`]: m4,
  [`${key}.m5`]: m5,
});
const ege = (key: string, n: number, below: number): Values => ({
  [`ege.${key}.11.n`]: n,
  [`ege.${key}.11.below`]: below,
});
const items = (network: boolean | null, social: boolean, site: boolean, centre: boolean): Values => ({
  'items.network': network,
  'items.social_index_passed': social,
  'items.support_site': site,
  'items.resource_centre': centre,
});

const data = {
  A: {
    2020: {
      ...marks('oge.rus.9', 1, 9, 8, 2), // «4»+«5» 10
      ...marks('oge.math.9', 2, 10, 6, 2), // 8 → (10 + 8)/40 = 45 %
    },
    2022: {
      ...marks('oge.rus.9', 2, 10, 6, 2), // «3»+«4»+«5» 18, «4»+«5» 8
      ...marks('oge.math.9', 4, 10, 5, 1), // 16, 6 → ОГЭ success 14/40 = 35 %
      ...ege('rus', 10, 1),
      ...marks('vpr.rus.5', 5, 10, 4, 1), // 15, 5
      ...marks('vpr.math.5', 6, 9, 4, 1), // 14, 5
      'pupils.total': 200,
      'pupils.vsosh_rating': 4,
      'pupils.vsosh_municipal': 20,
      'pupils.additional_ed': 150,
      'pupils.gia9_total': 20,
      'pupils.gia9_not_below_cluster': 10,
      'pupils.good_marks': 50,
      'pupils.survey_respondents': 100,
      'pupils.survey_satisfied': 70,
      'pupils.deviant_register': 10,
      'staff.pedagogues': 20,
      'staff.teachers': 16,
      'staff.pk_done': 20,
      'staff.pk_by_deficits': 20,
      'staff.tutoring': 20,
      'staff.prof_communities': 18,
      'staff.contests': 10,
      'staff.vacancies': 1,
      'staff.posts_total': 25,
      'staff.diploma_match': 16,
      'staff.category_high_first': 6,
      'staff.competence_assessed': 20,
      'staff.competence_growth': 16,
      'staff.survey_respondents': 20,
      'staff.survey_satisfied': 15,
      'staff.uses_materials': 16,
      'cond.programs_total': 10,
      'cond.programs_distance': 2,
      ...items(true, false, false, false),
    },
  },
  B: {
    2022: {
      ...marks('oge.rus.9', 1, 5, 8, 6), // 19, 14
      ...marks('oge.math.9', 0, 8, 8, 4), // 20, 12 → 26/40 = 65 %
      ...marks('vpr.rus.6', 2, 8, 7, 3), // 18, 10
      'pupils.total': 100,
      'pupils.vsosh_rating': 2,
      'pupils.vsosh_municipal': 10,
      'pupils.additional_ed': 60,
      'pupils.gia9_total': 20,
      'pupils.gia9_not_below_cluster': 18,
      'pupils.good_marks': 40,
      'pupils.survey_respondents': 50,
      'pupils.survey_satisfied': 30,
      'pupils.deviant_register': 8,
      'staff.pedagogues': 10,
      'staff.teachers': 8,
      'staff.pk_done': 10,
      'staff.pk_by_deficits': 10,
      'staff.tutoring': 10,
      'staff.prof_communities': 9,
      'staff.contests': 5,
      'staff.vacancies': 0,
      'staff.posts_total': 12,
      'staff.diploma_match': 8,
      'staff.category_high_first': 4,
      'staff.competence_assessed': 10,
      'staff.competence_growth': 8,
      'staff.survey_respondents': 10,
      'staff.survey_satisfied': 8,
      'staff.uses_materials': 8,
      'cond.programs_total': 8,
      'cond.programs_distance': 1,
      ...items(true, true, false, false),
    },
  },
  C: {
    2022: {
      ...marks('oge.rus.9', 0, 4, 10, 6), // 16/20 = 80 %; maths not sat
      ...items(true, true, true, true),
    },
  },
  D: {
    2020: { ...marks('oge.rus.9', 5, 10, 4, 1) }, // 5/20 = 25 %
    2022: {
      ...marks('oge.rus.9', 3, 9, 6, 2), // 17, 8 → 8/20 = 40 %
      ...ege('mathb', 10, 4),
      ...marks('vpr.math.4', 4, 8, 6, 2), // 16, 8
      'pupils.total': 100,
      'pupils.vsosh_rating': 0,
      'pupils.vsosh_municipal': 10,
      'pupils.additional_ed': 70,
      'pupils.gia9_total': 20,
      'pupils.gia9_not_below_cluster': 12,
      'pupils.good_marks': 30,
      'pupils.survey_respondents': 50,
      'pupils.survey_satisfied': 40,
      'pupils.deviant_register': 2,
      'staff.pedagogues': 10,
      'staff.teachers': 8,
      'staff.pk_done': 10,
      'staff.pk_by_deficits': 9,
      'staff.tutoring': 10,
      'staff.prof_communities': 9,
      'staff.contests': 5,
      'staff.vacancies': 1,
      'staff.posts_total': 13,
      'staff.diploma_match': 6,
      'staff.category_high_first': 3,
      'staff.competence_assessed': 10,
      'staff.competence_growth': 8,
      // the teachers' survey was not held: left blank
      'cond.programs_total': 6,
      'cond.programs_distance': 0,
      ...items(false, false, false, false),
    },
  },
  E: {
    2022: {
      ...marks('oge.rus.9', 0, 5, 10, 5), // 15/20 = 75 %
      ...items(null, false, true, false),
    },
  },
};

const report: ReportResult = computeReport({ program, schools, data, year: 2022 });
const school = (code: string) => {
  const s = report.schools.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
};
const mun = (code: string, r: ReportResult = report): IndicatorValue => {
  const v = r.municipal.indicators[code];
  if (!v) throw new Error(code);
  return v;
};

describe('bavly-2021 on a fixture municipality (2022)', () => {
  it('computes the target indicators Ц1–Ц15 against the 2022 column of L107', () => {
    // pupils of the programme schools A, B, D (ШНОР, ШНСУ, ШНОР+ШНСУ): 200 + 100 + 100 = 400
    // Ц1: (4 + 2 + 0)/400 = 1,5 % < 2 → not achieved
    expect(mun('Ц1')).toMatchObject({ num: 6, den: 400, value: 1.5, attainment: 'notAchieved' });
    // Ц2: (150 + 60 + 70)/400 = 70 % = 70 → achieved at the boundary
    expect(mun('Ц2')).toMatchObject({ num: 280, den: 400, value: 70, attainment: 'achieved' });
    // pedagogues 20 + 10 + 10 = 40. Ц3: (20 + 10 + 9)/40 = 97,5 % < 100
    expect(mun('Ц3')).toMatchObject({ num: 39, den: 40, value: 97.5, attainment: 'notAchieved' });
    // Ц4: 40/40 = 100 % ≥ 100
    expect(mun('Ц4')).toMatchObject({ num: 40, den: 40, value: 100, attainment: 'achieved' });
    // Ц5: (18 + 9 + 9)/40 = 90 % < 100
    expect(mun('Ц5')).toMatchObject({ num: 36, den: 40, value: 90, attainment: 'notAchieved' });
    // Ц6: (10 + 5 + 5)/40 = 50 % ≥ 50
    expect(mun('Ц6')).toMatchObject({ num: 20, den: 40, value: 50, attainment: 'achieved' });
    // Ц7 (lower is better): vacancies (1 + 0 + 1)/(25 + 12 + 13) = 2/50 = 4 % > 2 → not achieved
    expect(mun('Ц7')).toMatchObject({ num: 2, den: 50, value: 4, attainment: 'notAchieved' });
    expect(school('B').indicators['Ц7']).toMatchObject({ value: 0, attainment: 'achieved' });
    // Ц8: teachers by diploma (16 + 8 + 6)/(16 + 8 + 8) = 30/32 = 93,75 % < 100
    expect(mun('Ц8')).toMatchObject({ num: 30, den: 32, value: 93.75, attainment: 'notAchieved' });
    // Ц9 over all five schools: A, B, C yes, D no, E blank → 3 of the 4 with data = 75 % < 100
    expect(mun('Ц9')).toMatchObject({
      num: 3,
      den: 4,
      value: 75,
      attainment: 'notAchieved',
      coverage: { withData: 4, total: 5 },
    });
    // Ц10: (10 + 18 + 12)/(20 + 20 + 20) = 40/60 = 66,7 % < 98
    expect(mun('Ц10')).toMatchObject({ num: 40, den: 60, display: '66,7 %', attainment: 'notAchieved' });
    // Ц11: (50 + 40 + 30)/400 = 30 % < 50
    expect(mun('Ц11')).toMatchObject({ num: 120, den: 400, value: 30, attainment: 'notAchieved' });
    // Ц12: B and C of 5 = 40 % < 42 (exact, not rounded up)
    expect(mun('Ц12')).toMatchObject({ num: 2, den: 5, value: 40, attainment: 'notAchieved' });
    // Ц13: C and E of 5 = 40 % < 50
    expect(mun('Ц13')).toMatchObject({ num: 2, den: 5, value: 40, attainment: 'notAchieved' });
    // Ц14: C of 5 = 20 % ≥ 20
    expect(mun('Ц14')).toMatchObject({ num: 1, den: 5, value: 20, attainment: 'achieved' });
    // Ц15: distance programmes (2 + 1 + 0)/(10 + 8 + 6) = 3/24 = 12,5 % < 15
    expect(mun('Ц15')).toMatchObject({ num: 3, den: 24, value: 12.5, attainment: 'notAchieved' });
    // C and E are outside the programme-school indicators
    expect(school('C').indicators['Ц1']?.inScope).toBe(false);
  });

  it('computes the monitoring indicators against their single targets (L229–L238)', () => {
    // М2.1 справляемость ГИА: A ОГЭ 18 + 16 of 40, ЕГЭ 10 − 1 of 10 → 43/50; B 19 + 20 of 40 → 39/40;
    // D ОГЭ 17/20, ЕГЭ базовая 10 − 4 of 10 → 23/30. Pooled 105/120 = 87,5 % ≥ 75
    expect(school('A').indicators['М2.1']).toMatchObject({ num: 43, den: 50, value: 86 });
    expect(mun('М2.1')).toMatchObject({ num: 105, den: 120, value: 87.5, attainment: 'achieved' });
    // М2.2 успешность ГИА («4»+«5» ОГЭ): (14 + 26 + 8)/(40 + 40 + 20) = 48 % < 75
    expect(mun('М2.2')).toMatchObject({ num: 48, den: 100, value: 48, attainment: 'notAchieved' });
    // М2.3 справляемость ВПР: (15 + 14 + 18 + 16)/80 = 63/80 = 78,75 % ≥ 75
    expect(mun('М2.3')).toMatchObject({ num: 63, den: 80, value: 78.75, attainment: 'achieved' });
    // М2.4 успешность ВПР: (5 + 5 + 10 + 8)/80 = 35 % < 75
    expect(mun('М2.4')).toMatchObject({ num: 28, den: 80, value: 35, attainment: 'notAchieved' });
    // М2.5: 1 school (A) flagged by the cluster rule of 5 = 20 % ≤ 20 (lower is better) → achieved
    expect(mun('М2.5')).toMatchObject({ num: 1, den: 5, value: 20, attainment: 'achieved' });
    expect(school('A').indicators['М2.5']?.meets).toBe(true);
    // М2.6: (20 + 10 + 10)/400 = 10 % ≥ 10
    expect(mun('М2.6')).toMatchObject({ num: 40, den: 400, value: 10, attainment: 'achieved' });
    // М3.1: (70 + 30 + 40)/(100 + 50 + 50) = 70 % ≥ 70
    expect(mun('М3.1')).toMatchObject({ num: 140, den: 200, value: 70, attainment: 'achieved' });
    // М3.2: the Ц2 value 70 % against 100 → not achieved
    expect(mun('М3.2')).toMatchObject({ value: 70, attainment: 'notAchieved' });
    // М3.3 «не более 5%»: (10 + 8 + 2)/400 = 5 % → achieved; B alone 8 % → not
    expect(mun('М3.3')).toMatchObject({ num: 20, den: 400, value: 5, attainment: 'achieved' });
    expect(school('B').indicators['М3.3']).toMatchObject({ value: 8, attainment: 'notAchieved' });
    // М3.4: the Ц15 value 12,5 % against 15
    expect(mun('М3.4')).toMatchObject({ value: 12.5, attainment: 'notAchieved' });
    // М4.1: 40/40 = 100 % ≥ 100; М4.2: (6 + 4 + 3)/40 = 32,5 % < 35
    expect(mun('М4.1')).toMatchObject({ value: 100, attainment: 'achieved' });
    expect(mun('М4.2')).toMatchObject({ num: 13, den: 40, value: 32.5, attainment: 'notAchieved' });
    // М4.3 укомплектованность: (50 − 2)/50 = 96 % ≥ 75
    expect(mun('М4.3')).toMatchObject({ num: 48, den: 50, value: 96, attainment: 'achieved' });
    // М4.4 (no target): A 15/20, B 8/10, D not surveyed → 23/30
    expect(school('D').indicators['М4.4']?.value).toBeNull();
    expect(mun('М4.4')).toMatchObject({ num: 23, den: 30, display: '76,7 %', attainment: 'noTarget' });
    // М4.5: the Ц6 value 50 % ≥ 50; М4.6: (16 + 8 + 8)/(20 + 10 + 10) = 80 % ≥ 80
    expect(mun('М4.5')).toMatchObject({ value: 50, attainment: 'achieved' });
    expect(mun('М4.6')).toMatchObject({ num: 32, den: 40, value: 80, attainment: 'achieved' });
    // М5.1: (16 + 8)/(20 + 10) = 80 % ≥ 80 (D not surveyed)
    expect(mun('М5.1')).toMatchObject({ num: 24, den: 30, value: 80, attainment: 'achieved' });
  });

  it('flags ШНОР below the cluster with no positive dynamics over 3 years (L48)', () => {
    const details = (s: string) => {
      const d = school(s).rules.cluster?.details;
      if (d?.type !== 'clusterRelative') throw new Error('details');
      return d;
    };
    // К1 2022: (14 + 26 + 16)/(40 + 40 + 20) = 56 %. A 35 % < 56 %, and 2020 45 % → 2022 35 % is no growth
    expect(school('A').rules.cluster?.status).toBe('flagged');
    expect(details('A')).toMatchObject({
      cluster: 'К1',
      below: true,
      school: { value: 35 },
      clusterValue: { value: 56 },
    });
    expect(details('A').dynamics).toMatchObject({ fromYear: 2020, toYear: 2022, positive: false });
    // B 65 % and C 80 % are not below 56 %
    expect(school('B').rules.cluster?.status).toBe('clear');
    expect(school('C').rules.cluster?.status).toBe('clear');
    // К2 2022: (8 + 15)/40 = 57,5 %. D 40 % is below, but grew from 25 % in 2020 → clear; E 75 % → clear
    expect(details('D')).toMatchObject({ below: true, clusterValue: { value: 57.5 } });
    expect(details('D').dynamics?.positive).toBe(true);
    expect(school('D').rules.cluster?.status).toBe('clear');
    expect(school('E').rules.cluster?.status).toBe('clear');
    expect(report.municipal.flagged.shnor).toBe(1);
  });

  it('links missed indicators and the rule to the seed risk factors', () => {
    // A: Ц7 4 % > 2 and М4.2 30 % < 35 (ФР.2), cluster (ФР.3). B: М3.3 8 % > 5 and Ц2 60 % < 70 (ФР.1).
    // D: Ц7 1/13 = 7,7 % > 2 (ФР.2).
    expect(school('A').missedIndicators).toEqual(expect.arrayContaining(['Ц7', 'М4.2']));
    expect(school('A').riskFactors).toEqual(['ФР.2', 'ФР.3']);
    expect(school('B').missedIndicators).toEqual(expect.arrayContaining(['М3.3', 'Ц2']));
    expect(school('B').riskFactors).toEqual(['ФР.1']);
    expect(school('D').riskFactors).toEqual(['ФР.2']);
    expect(school('C').riskFactors).toEqual([]);
  });

  it('has no target in 2023 for the target table (labelled 2019–2022), but keeps the monitoring targets', () => {
    // the same values reported again for 2023
    const again = Object.fromEntries(Object.entries(data).map(([code, years]) => [code, { 2023: years[2022] }]));
    const r2023 = computeReport({ program, schools, data: again, year: 2023 });
    expect(r2023.indicators.find((i) => i.code === 'Ц2')?.target).toBeNull();
    expect(mun('Ц2', r2023)).toMatchObject({ value: 70, attainment: 'noTarget' });
    expect(r2023.indicators.find((i) => i.code === 'М3.2')?.target).toBe(100);
    expect(mun('М3.2', r2023)).toMatchObject({ value: 70, attainment: 'notAchieved' });
  });

  it('raises no data problem', () => {
    expect(report.schools.flatMap((s) => s.problems)).toEqual([]);
    expect(report.warnings.filter((w) => w.code !== 'partialCoverage')).toEqual([]);
  });
});
