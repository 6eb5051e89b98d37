// Proves «Собрать отчёт» on a tula-2022 fixture (seed 000), reporting year 2023: municipal values are
// pooled (Σ numerators / Σ denominators over the ШНОР), never the mean of school percentages; 2.1 and
// 2.2 may pass 100 % (педагоги и руководители over педагогические работники, L34–L38) and then say so;
// a zero denominator is «нет данных»; the mentor school is outside every ШНОР indicator.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import { findPreset } from '../../src/core/presets';
import { R } from '../../src/core/text/report';
import { fillTemplate, monitoringWorkbook, noteLines, reportRun, summaryView } from './helpers/monitoring';

const program = findPreset('tula-2022')!;
const Y = 2023;
/** ОГЭ and ЕГЭ with no participants: the school typed 0 in every «участников» cell. */
const noGraduates = {
  'oge.math.9.n': 0,
  'oge.rus.9.n': 0,
  'ege.rus.11.n': 0,
  'ege.mathb.11.n': 0,
  'ege.mathp.11.n': 0,
};

function build() {
  const wb = monitoringWorkbook(program, Y, [
    { code: 'T1', name: 'СОШ № 1', category: 'ШНОР' },
    { code: 'T2', name: 'СОШ № 2', category: 'ШНОР' },
    { code: 'T3', name: 'СОШ № 3', category: 'ШНОР' },
    { code: 'M1', name: 'Лицей № 1', category: 'наставник' },
  ]);
  fillTemplate(wb, program, 'T1', Y, {
    ...noGraduates,
    'staff.pedagogues': 20,
    'staff.learning_events': 22, // 2.1: 22/20 = 110 %
    'staff.pk_done': 25, // 2.2: 25/20 = 125 %
    'staff.teaching_staff': 18,
    'staff.modern_methods': 9, // 4.1: 9/18 = 50 %
    'vpr.math.5.n': 25,
    'vpr.math.5.m2': 5,
    'vpr.math.5.m3': 10,
    'vpr.math.5.m4': 8,
    'vpr.math.5.m5': 2, // 5.2: (10 + 8 + 2)/25 = 80 %
  });
  fillTemplate(wb, program, 'T2', Y, {
    ...noGraduates,
    'staff.pedagogues': 30,
    'staff.learning_events': 15, // 50 %
    'staff.pk_done': 35, // 116,7 %
    'staff.teaching_staff': 0,
    'staff.modern_methods': 0, // 0/0 → нет данных
    'vpr.rus.6.n': 20,
    'vpr.rus.6.m2': 8,
    'vpr.rus.6.m3': 8,
    'vpr.rus.6.m4': 3,
    'vpr.rus.6.m5': 1, // (8 + 3 + 1)/20 = 60 %
  });
  fillTemplate(wb, program, 'T3', Y, {
    ...noGraduates,
    'staff.pedagogues': 10,
    'staff.learning_events': 3, // 30 %
    'staff.pk_done': 4, // 40 %
    'staff.teaching_staff': 0,
    'staff.modern_methods': 0,
  });
  // the mentor school: counted nowhere (scope ШНОР)
  fillTemplate(wb, program, 'M1', Y, {
    'staff.pedagogues': 50,
    'staff.learning_events': 1,
    'staff.pk_done': 1,
    'staff.teaching_staff': 40,
    'staff.modern_methods': 40,
  });
  return { wb, out: buildReport(wb, reportRun(program)) };
}

const { wb } = build();
const v = summaryView(wb);

describe('«Собрать отчёт» on tula-2022, reporting year 2023', () => {
  it('2.1: pooled Σ/Σ, not the mean of the school percentages', () => {
    // (22 + 15 + 3)/(20 + 30 + 10) = 40/60 = 66,7 %; the mean of 110, 50, 30 would be 63,3 %
    expect(v.cell('МО', '2.1')).toBeCloseTo((40 / 60) * 100, 9);
    expect(['T1', 'T2', 'T3'].map((s) => v.cell(s, '2.1'))).toEqual([110, 50, 30]);
    expect(v.note('МО', '2.1')).toMatch(/: 66,7 %\.$/);
  });

  it('2.1 and 2.2 over 100 % are kept, with the warning on the cell and in Справка', () => {
    // school T1 2.1 = 110 %: allowed (mayExceed100), the note says why
    expect(v.note('T1', '2.1')).toBe(R.over100);
    // 2.2: (25 + 35 + 4)/(20 + 30 + 10) = 64/60 = 106,7 % — the municipal value itself passes 100 %
    expect(v.cell('МО', '2.2')).toBeCloseTo((64 / 60) * 100, 9);
    expect(v.note('МО', '2.2')).toContain(': 106,7 %.');
    expect(v.note('МО', '2.2')).toContain(R.over100);
    expect(v.cell('T2', '2.2')).toBeCloseTo((35 / 30) * 100, 9);
    expect(v.note('T2', '2.2')).toBe(R.over100);
    expect(v.note('T3', '2.2')).toBe('');
    const lines = noteLines(wb);
    expect(lines.find((l) => l.startsWith('— Показатель 2.1, 2022/2023 уч. г.: значение больше 100 %'))).toContain(
      '(СОШ № 1)',
    );
    expect(lines.find((l) => l.startsWith('— Показатель 2.2, 2022/2023 уч. г.: значение больше 100 %'))).toContain(
      '(СОШ № 1, СОШ № 2)',
    );
  });

  it('a zero denominator is «нет данных», for a school and for the municipality', () => {
    // 4.1: T2 and T3 have 0 of 0 педагогов → нет данных; the municipality is T1 alone: 9/18 = 50 %, over 1 of 3 schools
    expect(['T1', 'T2', 'T3'].map((s) => v.cell(s, '4.1'))).toEqual([50, 'нет данных', 'нет данных']);
    expect(v.note('T2', '4.1')).toBe('знаменатель равен 0');
    expect(v.cell('МО', '4.1')).toBe(50);
    expect(v.note('МО', '4.1')).toContain(R.coverage(1, 3));
    // 5.1: no ОГЭ/ЕГЭ participants anywhere (0 typed) → Σ участников = 0 → нет данных, never 0 %
    expect(v.cell('МО', '5.1')).toBe('нет данных');
    expect(['T1', 'T2', 'T3'].map((s) => v.cell(s, '5.1'))).toEqual(['нет данных', 'нет данных', 'нет данных']);
  });

  it('5.2: base level pooled over ВПР works', () => {
    // (20 + 12)/(25 + 20) = 32/45 = 71,1 %; the mean of 80 % and 60 % would be 70 %; T3 has no ВПР
    expect(v.cell('МО', '5.2')).toBeCloseTo((32 / 45) * 100, 9);
    expect(v.note('МО', '5.2')).toContain(R.coverage(2, 3));
  });

  it('the mentor school is outside every ШНОР indicator: «—», no note, not counted', () => {
    for (const code of ['2.1', '2.2', '4.1', '5.1', '5.2']) {
      expect(v.cell('M1', code)).toBe('—');
      expect(v.note('M1', code)).toBe('');
    }
  });
});
