// Tests «Дорожные карты» on the in-memory workbook for three presets: which tabs are made for which
// schools, the measures and control dates in them (listed by hand), the sheet's dropdowns, highlighting
// and frozen header, a second generation after people worked in the tab and the data changed, a
// generation that changes nothing, a fixed number of calls per tab, and progress read back for the report.
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/app/check';
import { buildReport } from '../../src/app/report';
import { writeRoadmapSheet } from '../../src/app/roadmap-write';
import { generateRoadmaps, readRoadmapProgress, roadmapProgressHook } from '../../src/app/roadmaps';
import { loadContext } from '../../src/app/context';
import { computeFromStore } from '../../src/app/report';
import { setupMonitoring } from '../../src/app/setup';
import type { Cell } from '../../src/core/config/cells';
import { findPreset } from '../../src/core/presets';
import type { Program } from '../../src/core/program';
import { renderRoadmapTab, ROADMAP_COL, ROADMAP_ROWS } from '../../src/core/roadmap/tab';
import { RM } from '../../src/core/text/roadmap';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import type { Workbook } from '../../src/sheets/port';
import { BOGOTOL, dataCells, STREZHEVOY, TULA, type Fixture } from '../core/roadmap/fixtures';
import { merge, proposal } from '../core/roadmap/helpers';

const NOW = '2023-06-20 10:00';

function setUp(f: Fixture): { wb: Workbook; run: RunContext; program: Program } {
  const program = findPreset(f.presetId);
  if (!program) throw new Error(f.presetId);
  const wb = createMemoryWorkbook();
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: 'Тестовый район',
    year: f.year,
    mode: 'tabs',
    schools: f.schools,
  });
  wb.sheet('Данные')?.write('A2', dataCells(f.data));
  return {
    wb,
    run: { now: NOW, user: 'uo@example.org', presets: (id) => (id === program.id ? program : undefined) },
    program,
  };
}

function grid(wb: Workbook, tab: string): Cell[][] {
  const sheet = wb.sheet(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  return sheet.read();
}

const body = (g: Cell[][]) => g.slice(ROADMAP_ROWS.first - 1);
const column = (g: Cell[][], c: keyof typeof ROADMAP_COL) => body(g).map((r) => r[ROADMAP_COL[c] - 1] ?? null);
const short = (id: Cell) => (id === '' || id === null ? 'user' : String(id).replace(/^[a-z0-9-]+\./, ''));

function edit(wb: Workbook, tab: string, id: string, c: keyof typeof ROADMAP_COL, value: Cell): void {
  const row = column(grid(wb, tab), 'id').indexOf(id);
  if (row < 0) throw new Error(`no row ${id}`);
  wb.sheet(tab)?.write(`${String.fromCharCode(64 + ROADMAP_COL[c])}${ROADMAP_ROWS.first + row}`, [[value]]);
}

// T1's roadmap in 2023 (see test/core/roadmap/generate.test.ts for why each row is there)
const T1_ROWS = ['m04', 'm06', 'm10', 'm11', 'm13', 'm14', 'm15', 'm17', 'm19', 'm20', 'm21', 'm29', 'm30', 'm32'];
const T1_ROWS_2 = ['m33', 'm34', 'm35', 'm36', 'm37', 'm44', 'm45', 'm49', 'm50', 'm57', 'm60', 'm62', 'm64', 'm67'];

describe('generateRoadmaps: tula-2022', () => {
  it('makes a tab for the flagged school and one for the municipality', () => {
    const { wb, run, program } = setUp(TULA);
    const out = generateRoadmaps(wb, run);
    // T1 is flagged by dyn.vpr_rkr; T2 is not
    expect(out).toEqual({ created: ['ДК T1', 'ДК Муниципалитет'], merged: [], warnings: [] });
    const g = grid(wb, 'ДК T1');
    expect(g[0]?.[0]).toBe('Дорожная карта: СОШ № 1 (код T1)');
    expect(g[1]?.[0]).toBe(`Программа: ${program.title}. Год: 2023. Сформирована: ${NOW}.`);
    expect(column(g, 'id').map(short)).toEqual([...T1_ROWS, ...T1_ROWS_2]);
    expect(column(g, 'n')).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(new Set(column(g, 'status'))).toEqual(new Set(['не начато']));
    // «Февраль 2022 г., далее ежегодно» → 28.02.2023; «Январь 2022 г., далее ежегодно» → 31.01.2023
    expect(column(g, 'control').slice(0, 4)).toEqual(['2023-02-28', '2023-03-31', '2023-12-31', '2023-01-31']);
    // municipal plan: 67 rows − 5 school-only (m22 m23 m24 m28 m40) − m01 («Январь 2022 г.», not in 2023) = 61
    expect(body(grid(wb, 'ДК Муниципалитет'))).toHaveLength(61);
  });

  it('gives the sheet dropdowns, a link check, highlighting, a frozen header, a date format and a log row', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    const sheet = wb.sheet('ДК T1');
    if (!sheet) throw new Error('no tab');
    // 28 rows from row 5 → last row 32; dropdowns reach 200 rows further, to 232
    const validations = sheet.readValidations();
    const at = (range: string) => validations.find((v) => v.range === range)?.validation;
    expect(at('K5:K232')?.rule).toEqual({
      kind: 'list',
      values: ['не начато', 'в работе', 'выполнено', 'не выполнено'],
    });
    expect(at('K5:K232')?.strict).toBe(true);
    expect(at('L5:L232')?.rule).toEqual({ kind: 'list', values: ['принято', 'на доработке'] });
    expect(at('J5:J232')).toMatchObject({ rule: { kind: 'url' }, strict: false });
    const rules = sheet.readConditionalRules();
    expect(rules.map((r) => r.ranges)).toEqual(new Array(4).fill(['A5:P232']));
    const formula = (i: number) => (rules[i]?.when.kind === 'formula' ? rules[i].when.formula : '');
    expect(formula(0)).toBe(
      '=AND($C5<>"",LOWER(LEFT($N5,12))<>"не актуально",NOT($K5="выполнено"),ISNUMBER(IFERROR(DATEVALUE($E5),$E5)),IFERROR(DATEVALUE($E5),$E5)<TODAY())',
    );
    expect(rules[0]?.style.background).toBe('#f4c7c3');
    expect(formula(1)).toBe('=AND($C5<>"",LOWER(LEFT($N5,12))<>"не актуально",$K5="выполнено",$J5="")');
    expect(rules[1]?.style.background).toBe('#fce8b2');
    expect(sheet.readFrozen()).toEqual({ rows: 4, cols: 0 });
    expect(sheet.readNumberFormats('E5:E6')).toEqual([['dd.mm.yyyy'], ['dd.mm.yyyy']]);
    expect(sheet.readNotes('E5')[0]?.[0]).toContain('28.02.2023');
    const log = grid(wb, 'Журнал');
    expect(log[log.length - 1]?.slice(2, 3)).toEqual(['Дорожные карты']);
  });

  it('keeps people’s work and follows the data in a second generation', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    const tab = 'ДК T1';
    edit(wb, tab, 'tula-2022.m04', 'status', 'выполнено');
    edit(wb, tab, 'tula-2022.m04', 'link', 'https://example.org/plan.pdf');
    edit(wb, tab, 'tula-2022.m19', 'text', 'Ремонт кабинета физики');
    edit(wb, tab, 'tula-2022.m36', 'comment', 'Начали в мае');
    // the school deletes m57's row (shifting the rows below up) and adds its own at the end
    const g = grid(wb, tab);
    const at = column(g, 'id').indexOf('tula-2022.m57') + ROADMAP_ROWS.first - 1;
    const sheet = wb.sheet(tab);
    sheet?.write('A1', [...g.slice(0, at), ...g.slice(at + 1), new Array<Cell>(16).fill(null)]);
    const last = body(grid(wb, tab)).length + ROADMAP_ROWS.first - 1;
    sheet?.write(`B${last + 1}`, [['Своя задача', 'Родительский лекторий', 'Октябрь 2023']]);
    // 2023 data change: ВПР grew (m2 5 → 2, m3 10 → 13: 23 of 25 = 92 % > 80 %), so dyn.vpr_rkr clears;
    // качество 2022 50 of 100 → 2023 40 of 100 falls, so dyn.year_end flags (risk.no_growth stays)
    wb.sheet('Данные')?.write('A100', [
      [2023, 'T1', 'vpr.math.5.m2', 2, 'тест', NOW, 2],
      [2023, 'T1', 'vpr.math.5.m3', 13, 'тест', NOW, 2],
      [2022, 'T1', 'pupils.year_end_assessed', 100, 'тест', NOW, 2],
      [2022, 'T1', 'pupils.year_end_45', 50, 'тест', NOW, 2],
      [2023, 'T1', 'pupils.year_end_assessed', 100, 'тест', NOW, 2],
      [2023, 'T1', 'pupils.year_end_45', 40, 'тест', NOW, 2],
    ]);
    const out = generateRoadmaps(wb, { ...run, now: '2023-09-01 09:00' });
    expect(out.merged).toEqual(['ДК T1', 'ДК Муниципалитет']);
    const g2 = grid(wb, tab);
    // new for dyn.year_end: m28 (after m21), m58 m59 (after m50: m57 was deleted and stays deleted),
    // m63 (after m62), m65 m66 (after m64); m36 and m37 (dyn.vpr_rkr only) stay, marked; the user's row stays last
    expect(column(g2, 'id').map(short)).toEqual([
      ...['m04', 'm06', 'm10', 'm11', 'm13', 'm14', 'm15', 'm17', 'm19', 'm20', 'm21', 'm28', 'm29', 'm30', 'm32'],
      ...['m33', 'm34', 'm35', 'm36', 'm37', 'm44', 'm45', 'm49', 'm50', 'm58', 'm59', 'm60', 'm62', 'm63', 'm64'],
      ...['m65', 'm66', 'm67', 'user'],
    ]);
    const row = (id: string) => body(g2)[column(g2, 'id').indexOf(id)] ?? [];
    const cell = (id: string, c: keyof typeof ROADMAP_COL) => row(id)[ROADMAP_COL[c] - 1];
    expect([cell('tula-2022.m04', 'status'), cell('tula-2022.m04', 'link')]).toEqual([
      'выполнено',
      'https://example.org/plan.pdf',
    ]);
    expect(cell('tula-2022.m19', 'text')).toBe('Ремонт кабинета физики');
    expect([cell('tula-2022.m36', 'relevance'), cell('tula-2022.m36', 'comment')]).toEqual([
      RM.retiredCause,
      'Начали в мае',
    ]);
    expect(cell('tula-2022.m37', 'relevance')).toBe(RM.retiredCause);
    expect(cell('tula-2022.m32', 'relevance')).toBeNull(); // an empty cell
    // m13 now names the risk through dyn.year_end only: its rule is no longer breached
    expect(cell('tula-2022.m13', 'direction')).toBe('Отсутствует повышения образовательных результатов');
    const own = body(g2)[body(g2).length - 1] ?? [];
    // «Октябрь 2023» → 31.10.2023
    expect([own[ROADMAP_COL.direction - 1], own[ROADMAP_COL.text - 1], own[ROADMAP_COL.control - 1]]).toEqual([
      'Своя задача',
      'Родительский лекторий',
      '2023-10-31',
    ]);
    expect(g2[1]?.[0]).toContain('Сформирована: 2023-09-01 09:00.');
  });

  it('changes nothing when run again on the same data', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    edit(wb, 'ДК T1', 'tula-2022.m10', 'status', 'в работе');
    const snapshot = () => ['ДК T1', 'ДК Муниципалитет'].map((t) => [grid(wb, t), wb.sheet(t)?.readNotes('A4:P40')]);
    generateRoadmaps(wb, run);
    const once = snapshot();
    const out = generateRoadmaps(wb, run);
    expect(snapshot()).toEqual(once);
    expect(out).toEqual({ created: [], merged: ['ДК T1', 'ДК Муниципалитет'], warnings: [] });
  });

  it('makes a fixed number of calls per tab, whatever its length', () => {
    const calls = (schools: string[]) => {
      const { wb, run } = setUp(TULA);
      const before = wb.calls();
      generateRoadmaps(wb, run, { schools });
      return wb.calls() - before;
    };
    // T1 has 28 rows, T2 20: adding either tab to a run costs the same
    expect(calls(['T1', 'T2']) - calls(['T1'])).toBe(calls(['T1', 'T2']) - calls(['T2']));
    const write = (n: number) => {
      const wb = createMemoryWorkbook();
      const sheet = wb.addSheet('ДК 1');
      const rows = merge(
        [],
        Array.from({ length: n }, (_, i) => proposal(`m${i}`)),
        [],
      );
      const before = wb.calls();
      writeRoadmapSheet(
        sheet,
        renderRoadmapTab({ title: 't', subtitle: 's', rows: rows.rows, suggested: rows.suggested }),
        true,
      );
      return wb.calls() - before;
    };
    expect(write(3)).toBe(write(300));
  });

  it('takes the schools it is given and warns about unknown ones', () => {
    const { wb, run } = setUp(TULA);
    const out = generateRoadmaps(wb, run, { schools: ['T2', 'T9'] });
    expect(out.created).toEqual(['ДК T2', 'ДК Муниципалитет']);
    expect(out.warnings).toEqual([RM.unknownSchool('T9')]);
  });

  it('leaves a tab alone when a column it does not know holds data', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    wb.sheet('ДК T1')?.write('Q4', [['Исполнитель'], ['Иванова']]);
    const before = grid(wb, 'ДК T1');
    const out = generateRoadmaps(wb, run);
    expect(out.merged).toEqual(['ДК Муниципалитет']);
    expect(out.warnings).toEqual([RM.extraColumn("'ДК T1'!Q4", 'Исполнитель')]);
    expect(grid(wb, 'ДК T1')).toEqual(before);
  });

  it('refuses options that are not options', () => {
    const { wb, run } = setUp(TULA);
    expect(() => generateRoadmaps(wb, run, { year: 1999 })).toThrow(/Параметры дорожных карт/);
  });
});

describe('readRoadmapProgress', () => {
  it('counts done and overdue per school and for the municipal plan', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    edit(wb, 'ДК T1', 'tula-2022.m04', 'status', 'выполнено');
    edit(wb, 'ДК T1', 'tula-2022.m06', 'status', 'выполнено');
    edit(wb, 'ДК T1', 'tula-2022.m11', 'status', 'в работе');
    const ctx = loadContext(wb, run.presets);
    const { result } = computeFromStore(wb, ctx, 2023);
    // T1 on 20.06.2023: 28 rows, done m04 m06 = 2; overdue: m11 (31.01), m20 (28.02), m34 (31.01) = 3
    // municipal: 61 rows, none done; dates before 20.06: m02 m03 m04 m05 m20 (28.02), m06 (31.03),
    // m11 m12 m34 (31.01) = 9
    expect(readRoadmapProgress(wb, ctx, result, '2023-06-20')).toEqual({
      T1: { done: 2, total: 28, overdue: 3 },
      [RM.municipalKey]: { done: 0, total: 61, overdue: 9 },
    });
    expect(() => readRoadmapProgress(wb, ctx, result, '20.06.2023')).toThrow(/ГГГГ-ММ-ДД/);
  });

  it('feeds the report: a column in Свод and a paragraph in Справка', () => {
    const { wb, run } = setUp(TULA);
    generateRoadmaps(wb, run);
    edit(wb, 'ДК T1', 'tula-2022.m04', 'status', 'выполнено');
    buildReport(wb, { ...run, sparkline: false, roadmapProgress: roadmapProgressHook('2023-06-20') });
    const summary = grid(wb, 'Свод');
    const col = summary[0]?.indexOf('roadmap.done') ?? -1;
    const t1 = summary.find((r) => r[0] === 'T1');
    // 1 of 28 = 3,57 %
    expect(t1?.[col]).toBeCloseTo((1 * 100) / 28, 10);
    const note = grid(wb, 'Справка').map((r) => String(r[0] ?? ''));
    expect(note).toContain('Муниципалитет: выполнено 0 из 61 (0,0 %), просрочено 9.');
  });

  it('says nothing to the report before any roadmap exists', () => {
    const { wb, run } = setUp(TULA);
    const ctx = loadContext(wb, run.presets);
    const { result } = computeFromStore(wb, ctx, 2023);
    expect(roadmapProgressHook('2023-06-20')(wb, ctx, result)).toBeUndefined();
  });
});

describe('generateRoadmaps: bogotol-2022 and strezhevoy-2023', () => {
  it('bogotol: B1 gets the four school rows; the municipal plan flags the row without a deadline', () => {
    const { wb, run } = setUp(BOGOTOL);
    const out = generateRoadmaps(wb, run);
    expect(out.created).toEqual(['ДК B1', 'ДК Муниципалитет']);
    expect(column(grid(wb, 'ДК B1'), 'id').map(short)).toEqual(['m04', 'm10', 'm11', 'm12']);
    // m03 is the 2nd municipal row (m01 is not planned in 2023) → row 6; its «Сроки» cell is empty in the seed
    expect(out.warnings).toEqual([RM.unparsedCells('ДК Муниципалитет', ["'ДК Муниципалитет'!E6"])]);
    expect(column(grid(wb, 'ДК Муниципалитет'), 'control')[1]).toBe(RM.unparsed);
  });

  it('strezhevoy: Z1 gets m01 and m04, checked on 31.12.2024; Z2 (only an informational rule) none', () => {
    const { wb, run } = setUp(STREZHEVOY);
    const out = generateRoadmaps(wb, run);
    expect(out.created).toEqual(['ДК Z1', 'ДК Муниципалитет']);
    const g = grid(wb, 'ДК Z1');
    expect(column(g, 'id').map(short)).toEqual(['m01', 'm04']);
    expect(column(g, 'control')).toEqual(['2024-12-31', '2024-12-31']);
  });
});
