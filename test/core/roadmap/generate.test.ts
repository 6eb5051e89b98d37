// Tests the proposals of a school's and the municipality's roadmap for three presets: which measures,
// listed by hand from each preset's catalogue and the school's breaches; why (the direction cell);
// the control dates of the reporting year worked out by hand; the «at most N risk directions» cap.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/core/engine';
import type { SchoolReport } from '../../../src/core/engine/types';
import { findPreset } from '../../../src/core/presets';
import { Program } from '../../../src/core/program';
import { controlCell } from '../../../src/core/roadmap/control';
import { municipalProposals, schoolProposals, triggerName } from '../../../src/core/roadmap/generate';
import { mergeRoadmap } from '../../../src/core/roadmap/merge';
import { School } from '../../../src/core/schools';
import { RM } from '../../../src/core/text/roadmap';
import { BOGOTOL, STREZHEVOY, TULA, type Fixture } from './fixtures';

function preset(id: string): Program {
  const p = findPreset(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
}

function report(f: Fixture): { program: Program; school: (code: string) => SchoolReport } {
  const program = preset(f.presetId);
  const schools = f.schools.map((s) => School.parse(s));
  const r = computeReport({ program, schools, data: f.data, year: f.year });
  return {
    program,
    school: (code) => {
      const s = r.schools.find((x) => x.code === code);
      if (!s) throw new Error(`no school ${code}`);
      return s;
    },
  };
}

/** The rows a new tab gets: proposals merged into nothing. */
function firstGeneration(program: Program, proposals: ReturnType<typeof schoolProposals>, year: number) {
  return mergeRoadmap([], proposals, [], (d) => controlCell(d, year, program.years), year).rows;
}

describe('tula-2022: T1 flagged by dyn.vpr_rkr (2023)', () => {
  const { program, school } = report(TULA);
  const t1 = school('T1');

  it('sees the breach the fixture was built for', () => {
    expect(t1.breachedRules).toEqual(['dyn.vpr_rkr']);
    expect(t1.riskFactors).toEqual(['risk.no_growth']);
    expect(school('T2').breachedRules).toEqual([]);
  });

  it('proposes the program-wide school measures and those dyn.vpr_rkr / risk.no_growth trigger, in catalogue order', () => {
    // always, level «both»/«school»: m04 m06 m10 m11 m13 m14 m15 m17 m19 m20 m21 m29 m30 m34 m35 m45 m49 m50 m57 m67 (20)
    // triggered: m32 m33 m36 m37 m60 m62 m64 (dyn.vpr_rkr), m44 (risk.no_growth) (8); m16 also, but it is municipal
    const ids = schoolProposals(program, t1, 2023, 3).map((p) => p.id.replace('tula-2022.', ''));
    expect(ids).toEqual([
      'm04',
      'm06',
      'm10',
      'm11',
      'm13',
      'm14',
      'm15',
      'm17',
      'm19',
      'm20',
      'm21',
      'm29',
      'm30',
      'm32',
      'm33',
      'm34',
      'm35',
      'm36',
      'm37',
      'm44',
      'm45',
      'm49',
      'm50',
      'm57',
      'm60',
      'm62',
      'm64',
      'm67',
    ]);
  });

  it('names why each row is there', () => {
    const byId = new Map(schoolProposals(program, t1, 2023, 3).map((p) => [p.id, p.cells.direction]));
    const rule = 'Положительная динамика результатов ВПР, РКР';
    const risk = 'Отсутствует повышения образовательных результатов';
    // m13 is program-wide and also triggered: its triggers name the reasons, in the catalogue's order
    expect(byId.get('tula-2022.m13')).toBe(`${rule}; ${risk}`);
    expect(byId.get('tula-2022.m33')).toBe(`${rule}; ${risk}`);
    expect(byId.get('tula-2022.m44')).toBe(risk);
    expect(byId.get('tula-2022.m36')).toBe(rule);
    expect(byId.get('tula-2022.m04')).toBe(RM.programWide);
  });

  it('dates the rows in 2023', () => {
    const rows = firstGeneration(program, schoolProposals(program, t1, 2023, 3), 2023);
    const control = (id: string) => rows.find((r) => r.id === `tula-2022.${id}`)?.cells.control;
    // «Февраль 2022 г., далее ежегодно» → end of February 2023 (not a leap year): 28.02.2023
    expect(control('m04')).toBe('2023-02-28');
    // «Февраль–март 2022 г., далее ежегодно» → 31.03.2023
    expect(control('m06')).toBe('2023-03-31');
    // «Январь 2022 г., далее ежегодно» → 31.01.2023
    expect(control('m11')).toBe('2023-01-31');
    // «Май, декабрь ежегодно» → two checks, the last one 31.12.2023
    expect(control('m14')).toBe('2023-12-31');
    // «Ежегодно» → no month: 31.12.2023
    expect(control('m19')).toBe('2023-12-31');
    expect(rows.every((r) => r.cells.status === RM.notStarted && r.cells.relevance === '')).toBe(true);
  });

  it('gives a school nothing the rules did not find beyond the program-wide rows', () => {
    // T2: no breach → only the 20 program-wide rows
    expect(schoolProposals(program, school('T2'), 2023, 3)).toHaveLength(20);
  });

  it('keeps at most N risk directions', () => {
    // with 0 risk directions risk.no_growth drops: m44 (triggered by it alone) goes, m33 keeps its rule
    const s = { ...t1, riskFactors: ['risk.no_growth'] };
    const ids = (n: number) => selectIds(program, s, n);
    expect(ids(1)).toContain('tula-2022.m44');
    const none = { ...t1, riskFactors: [] };
    expect(selectIds(program, none, 1)).not.toContain('tula-2022.m44');
    // two factors, cap 1: the first one's measures only (m61 is triggered by risk.teacher_motivation alone)
    const two = { ...t1, breachedRules: [], riskFactors: ['risk.no_growth', 'risk.teacher_motivation'] };
    expect(selectIds(program, two, 1)).toContain('tula-2022.m44');
    expect(selectIds(program, two, 1)).not.toContain('tula-2022.m61');
    expect(selectIds(program, two, 2)).toContain('tula-2022.m61');
  });
});

function selectIds(program: Program, s: SchoolReport, n: number): string[] {
  return schoolProposals(program, s, 2023, n).map((p) => p.id);
}

describe('bogotol-2022: B1 flagged by Н3 and ШНСУ (2023)', () => {
  const { program, school } = report(BOGOTOL);
  const b1 = school('B1');

  it('sees the breaches the fixture was built for', () => {
    expect(b1.breachedRules).toEqual(['ШНСУ', 'Н3']);
    expect(b1.metCriteria).toEqual(['С8', 'С9', 'С10']);
    expect(school('B2').breachedRules).toEqual([]);
  });

  it('proposes the four school rows of the plan; the school programme row names both breaches', () => {
    // school-level rows of the 17 (seed 004 L192–L222): m04 (both), m10 (school), m11, m12 (both); all program-wide
    const proposals = schoolProposals(program, b1, 2023, 3);
    expect(proposals.map((p) => p.id)).toEqual([
      'bogotol-2022.m04',
      'bogotol-2022.m10',
      'bogotol-2022.m11',
      'bogotol-2022.m12',
    ]);
    const shnsu = program.rules.find((r) => r.code === 'ШНСУ')?.name;
    expect(proposals[1]?.cells.direction).toBe(
      `${shnsu}; Доля обучающихся, получивших неудовлетворительные результаты ОГЭ по математике на протяжении 2-х лет`,
    );
    expect(proposals[0]?.cells.direction).toBe(RM.programWide);
    expect(proposals[1]?.cells.document).toBe(program.measures.find((m) => m.id === 'bogotol-2022.m10')?.document);
  });

  it('names a ШНСУ criterion with its code', () => {
    expect(triggerName(program, 'С8')).toBe('С8 Отсутствие устойчивого доступа в Интернет');
    expect(triggerName(program, 'ФР5')).toMatch(/^дефицит материальной базы/);
  });

  it('dates the municipal plan in 2023 and flags what it cannot date', () => {
    const rows = firstGeneration(program, municipalProposals(program, 2023), 2023);
    // m01 «Май 2022» is not planned in 2023: not proposed; «…; 2023-2025» rows repeat their months in 2023
    expect(rows.map((r) => [r.id?.replace('bogotol-2022.', ''), r.cells.control])).toEqual([
      ['m02', '2023-12-31'], // «2022 2023-2025»: no month → 31.12
      ['m03', RM.unparsed], // empty «Сроки» cell (seed 004 L198): never guessed
      ['m04', '2023-12-31'], // «В течение 2022; 2023-2025»
      ['m05', '2023-06-30'], // «Май-июнь …» → end of June
      ['m06', '2023-08-31'], // «Июнь-август …»
      ['m07', '2023-12-31'], // «Ноябрь-декабрь …»
      ['m08', '2023-07-31'], // «Май-июль …»
      ['m09', '2023-08-31'], // «Август …»
      ['m11', '2023-06-30'], // «Июнь …»
      ['m12', '2023-12-31'], // «Декабрь …»
      ['m13', '2023-12-31'],
      ['m14', RM.noControlDate], // «По графику проведения районных методических объединений»
      ['m15', '2023-12-31'],
      ['m16', '2023-12-31'],
      ['m17', '2023-08-31'],
    ]);
    // directions of the municipal plan are the program's own tasks
    expect(rows[0]?.cells.direction).toBe('Направление 1. Создание и функционирование структур управления');
  });
});

describe('strezhevoy-2023: Z1 flagged by low.vpr and the ШНОР rule (2024)', () => {
  const { program, school } = report(STREZHEVOY);
  const z1 = school('Z1');

  it('sees the breaches the fixture was built for', () => {
    expect(z1.breachedRules).toEqual(['low.vpr', 'shnor', 'risk']);
    // ФР.1 from the staff deficit (risk.staff), ФР.5 from low.vpr and the ШНОР rule
    expect(z1.riskFactors).toEqual(['ФР.1', 'ФР.5']);
    // Z2: only the informational dyn.vpr («2» 2 → 2 did not fall), which is no reason for a roadmap
    expect(school('Z2').breachedRules).toEqual(['dyn.vpr']);
  });

  it('proposes m01 for the ШНОР rule and the program-wide m04 for low ВПР, dated 31.12.2024', () => {
    // m02 (risk.staff) and m03 (risk.resources) are municipal: not in a school plan
    const rows = firstGeneration(program, schoolProposals(program, z1, 2024, 3), 2024);
    expect(rows.map((r) => [r.id, r.cells.direction, r.cells.control])).toEqual([
      ['strezhevoy-2023.m01', 'Школа с низкими образовательными результатами обучающихся', '2024-12-31'],
      // «Постоянно» → every year of the program (2023–2025), checked on 31 December
      ['strezhevoy-2023.m04', 'Низкие образовательные результаты: ВПР', '2024-12-31'],
    ]);
  });

  it('puts the municipal rows (m02, m03) and the shared ones (m01, m04) in the municipal plan', () => {
    expect(municipalProposals(program, 2024).map((p) => p.id)).toEqual([
      'strezhevoy-2023.m01',
      'strezhevoy-2023.m02',
      'strezhevoy-2023.m03',
      'strezhevoy-2023.m04',
    ]);
  });
});

describe('controlCell', () => {
  it('never guesses a date and explains why', () => {
    const c = controlCell('когда-нибудь', 2023);
    expect(c).toMatchObject({ value: RM.unparsed, problem: true });
    expect(c.note).toContain('когда-нибудь');
  });
  it('marks a deadline outside the year', () => {
    expect(controlCell('Январь 2022 г.', 2023).value).toBe(RM.notPlanned(2023));
  });
  it('stops open-ended deadlines at the program years', () => {
    // «Ежегодно» in a program of 2022–2024: nothing in 2025
    expect(controlCell('Ежегодно', 2025, { from: 2022, to: 2024 }).value).toBe(RM.notPlanned(2025));
    expect(controlCell('Ежегодно', 2024, { from: 2022, to: 2024 }).value).toBe('2024-12-31');
  });
});
