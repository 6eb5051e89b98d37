// Tests file mode end to end: the monitoring workbook in memory, school files through the Apps Script
// file store over the fake SpreadsheetApp and the fake Drive (Google is the only thing faked). Three
// schools get files with the tab-mode template, shared with their emails, links written into
// `Школы`; a re-run creates nothing; a school fills its file and «Проверить» and «Собрать отчёт» read
// it; a file the coordinator cannot open shows as «нет доступа»; roadmaps of a school live in its file
// and their statuses come back into `Свод`.
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/app/check';
import { checkSubmissions } from '../../src/app/check';
import { loadContext } from '../../src/app/context';
import { buildReport, computeFromStore } from '../../src/app/report';
import { generateRoadmaps, readRoadmapProgress, roadmapProgressHook } from '../../src/app/roadmaps';
import { createSchoolFiles } from '../../src/app/school-files';
import { setupMonitoring, type SetupInput } from '../../src/app/setup';
import { toA1 } from '../../src/core/a1';
import { SCHOOL_COLS } from '../../src/core/config/schools-tab';
import { findPreset } from '../../src/core/presets';
import type { Program } from '../../src/core/program';
import { ROADMAP_COL, ROADMAP_ROWS } from '../../src/core/roadmap/tab';
import { buildTemplateLayout } from '../../src/core/template/layout';
import { FILES_TEXT } from '../../src/core/text/files';
import { P } from '../../src/core/text/problems';
import { RM } from '../../src/core/text/roadmap';
import { createAppsScriptFileStore, fileIdOf } from '../../src/sheets/files-appsscript';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import type { CellValue, FileStore, Workbook } from '../../src/sheets/port';
import { dataCells, TULA } from '../core/roadmap/fixtures';
import { smallProgram } from '../core/template/fixture';
import { createFakeDrive } from '../fakes/drive';
import { createFakeSpreadsheetApp } from '../fakes/spreadsheet-app';
import { summaryView, templateCells } from './helpers/monitoring';

const NOW = '2024-06-10 12:00';
const COORDINATOR = 'uo@example.org';
const SCHOOLS = [
  { code: '01', name: 'СОШ № 1', email: 'school1@example.ru' },
  { code: '02', name: 'ООШ № 2', email: 'school2@example.ru' },
  { code: '03', name: 'СОШ № 3', email: 'school3@example.ru' },
];

/** Google faked; `store()` is the file store of one execution (each run of the add-on makes a new one). */
function google() {
  const fake = createFakeSpreadsheetApp();
  const drive = createFakeDrive(fake);
  const store = () =>
    createAppsScriptFileStore({
      app: () => drive.SpreadsheetApp,
      drive: () => drive.Drive,
      folderName: () => 'ШНОР-Монитор — тест',
    });
  return { drive, store };
}

/** Set up under a municipality other than the preset's, so a template that ignored `Настройки` would show. */
function setUp(program: Program, year: number, mode: 'tabs' | 'files', schools: SetupInput['schools']): Workbook {
  const wb = createMemoryWorkbook();
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: 'Энский район',
    year,
    mode,
    schools,
    coordinators: [COORDINATOR],
  });
  return wb;
}

const runOf = (program: Program, extra: Partial<RunContext> = {}): RunContext => ({
  now: NOW,
  user: COORDINATOR,
  presets: (id) => (id === program.id ? program : undefined),
  ...extra,
});

const links = (wb: Workbook, n: number) =>
  wb
    .sheet('Школы')!
    .read(`I2:I${n + 1}`)
    .map((r) => r[0] ?? null);

/** Types values into a school's file by field code, as the school would, and optionally marks it «сдано». */
function fill(
  book: Workbook,
  program: Program,
  year: number,
  sheet: string,
  values: Record<string, CellValue>,
  submit: boolean,
) {
  const s = book.sheet(sheet)!;
  const cells = templateCells(program, year);
  for (const [code, v] of Object.entries(values)) {
    const at = cells.get(code)!;
    s.write(toA1(at.row, at.col), [[v]]);
  }
  const status = buildTemplateLayout(program, { schoolName: '', schoolCode: '', year }).status;
  if (submit) s.write(toA1(status.row, status.col), [['сдано']]);
}

describe('createSchoolFiles', () => {
  const program = smallProgram();

  it('creates a file per school with the tab-mode template, shares it, and writes the links into Школы', () => {
    const { drive, store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS);
    const out = createSchoolFiles(wb, store(), runOf(program));
    expect(out).toEqual({
      created: [
        'Энский район — форма 01 СОШ № 1',
        'Энский район — форма 02 ООШ № 2',
        'Энский район — форма 03 СОШ № 3',
      ],
      shared: ['01: school1@example.ru', '02: school2@example.ru', '03: school3@example.ru'],
      warnings: [],
    });
    const urls = links(wb, 3).map(String);
    expect(urls.map((u) => drive.file(fileIdOf(u)).name)).toEqual(out.created);
    expect(drive.permissions.map((p) => [p.fileId, p.emailAddress, p.role])).toEqual(
      urls.map((u, i) => [fileIdOf(u), SCHOOLS[i]!.email, 'writer']),
    );

    // The same template as tab mode: grid, validations, protections (school + coordinator), frozen rows.
    const tabs = setUp(program, 2024, 'tabs', SCHOOLS);
    const asTab = tabs.sheet('Школа 02')!;
    const file = store().open(urls[1]!)!;
    expect(file.sheetNames()).toEqual(['Школа 02']);
    const asFile = file.sheet('Школа 02')!;
    expect(asFile.read()).toEqual(asTab.read());
    expect(asFile.readValidations()).toEqual(asTab.readValidations());
    expect(asFile.readProtections()).toEqual(asTab.readProtections());
    expect(asFile.readProtections().find((p) => p.range !== null)?.editors).toEqual([
      'school2@example.ru',
      COORDINATOR,
    ]);
    expect(asFile.readFrozen()).toEqual(asTab.readFrozen());

    // Only the «Лист / файл» column of Школы changed; the run is logged.
    const before = tabs.sheet('Школы')!.read();
    const after = wb.sheet('Школы')!.read();
    const col = SCHOOL_COLS.source - 1;
    expect(after.map((r) => r.filter((_, i) => i !== col))).toEqual(before.map((r) => r.filter((_, i) => i !== col)));
    expect(wb.sheet('Журнал')!.read()[1]?.slice(2, 3)).toEqual([FILES_TEXT.logCreate]);
  });

  it('creates nothing when run again', () => {
    const { drive, store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS);
    createSchoolFiles(wb, store(), runOf(program));
    const files = drive.files.size;
    const school = wb.sheet('Школы')!.read();
    const again = createSchoolFiles(wb, store(), runOf(program));
    expect(again).toEqual({ created: [], shared: [], warnings: [FILES_TEXT.noSchools] });
    expect(drive.files.size).toBe(files);
    expect(drive.permissions).toHaveLength(3);
    expect(wb.sheet('Школы')!.read()).toEqual(school);
  });

  it('adds a file only for a school added later, and warns when a school has no email', () => {
    const { drive, store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS.slice(0, 2));
    createSchoolFiles(wb, store(), runOf(program));
    setupMonitoring(wb, program, {
      presetId: program.id,
      municipality: 'Энский район',
      year: 2024,
      mode: 'files',
      schools: [{ code: '04', name: 'СОШ № 4' }],
    });
    const out = createSchoolFiles(wb, store(), runOf(program));
    const name = 'Энский район — форма 04 СОШ № 4';
    expect(out).toEqual({ created: [name], shared: [], warnings: [FILES_TEXT.noEmail('СОШ № 4', name)] });
    expect(links(wb, 3).every((u) => typeof u === 'string' && u.startsWith('https://docs.google.com/'))).toBe(true);
    expect(drive.permissions).toHaveLength(2); // 01 and 02 from the first run; 04 has no email
  });

  it('stops when the time budget is spent, keeping the links it made; the next run finishes', () => {
    const { store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS);
    let t = 0;
    // Each clock reading advances 1 s; a budget of 2.5 s lets the first school through (checked at 1 s),
    // the second too (2 s), and stops before the third (3 s > 2.5 s).
    const out = createSchoolFiles(wb, store(), { ...runOf(program), budgetMs: 2500, clock: () => (t += 1000) });
    expect(out.created).toHaveLength(2);
    expect(out.warnings).toEqual([FILES_TEXT.timeUp(1)]);
    expect(links(wb, 3).map((u) => u !== null && u !== '')).toEqual([true, true, false]);
    expect(createSchoolFiles(wb, store(), runOf(program)).created).toEqual(['Энский район — форма 03 СОШ № 3']);
  });

  it('goes on past a school whose file cannot be made or shared, and links only the files made', () => {
    const { drive, store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS);
    const real = store();
    const files: FileStore = {
      ...real,
      createSpreadsheet: (name) => {
        if (name.includes(' 02 ')) throw new Error('квота исчерпана');
        return real.createSpreadsheet(name);
      },
      shareWithEditor: (url, email) => {
        if (email === 'school3@example.ru') throw new Error('адрес вне домена');
        real.shareWithEditor(url, email);
      },
    };
    const out = createSchoolFiles(wb, files, runOf(program));
    expect(out).toEqual({
      created: ['Энский район — форма 01 СОШ № 1', 'Энский район — форма 03 СОШ № 3'],
      shared: ['01: school1@example.ru'],
      warnings: [
        FILES_TEXT.createFailed('ООШ № 2', 'квота исчерпана'),
        FILES_TEXT.shareFailed('СОШ № 3', 'school3@example.ru', 'адрес вне домена'),
      ],
    });
    expect(links(wb, 3).map((u) => typeof u === 'string' && u.startsWith('https://'))).toEqual([true, false, true]);
    expect(drive.permissions.map((p) => p.emailAddress)).toEqual(['school1@example.ru']);
  });

  it('refuses in tab mode', () => {
    const { store } = google();
    const wb = setUp(program, 2024, 'tabs', SCHOOLS);
    expect(() => createSchoolFiles(wb, store(), runOf(program))).toThrow(FILES_TEXT.notFileMode);
  });
});

describe('file mode: the board and the report read the school files', () => {
  const program = smallProgram();

  it('reads a filled file, shows a file without access as «нет доступа», and pools the report', () => {
    const { drive, store } = google();
    const wb = setUp(program, 2024, 'files', SCHOOLS);
    createSchoolFiles(wb, store(), runOf(program));
    const [url1, url2, url3] = links(wb, 3).map(String) as [string, string, string];

    // The schools work in their files (their own sessions).
    fill(
      store().open(url1)!,
      program,
      2024,
      'Школа 01',
      {
        'vpr.math.5.n': 27,
        'vpr.math.5.m2': 9,
        'vpr.math.5.m3': 10,
        'vpr.math.5.m4': 5,
        'vpr.math.5.m5': 3,
        'ege.rus.11.n': 12,
        'pupils.total': 300,
        'staff.pedagogues': 25,
        'staff.pk_done': 10,
      },
      true,
    );
    fill(store().open(url3)!, program, 2024, 'Школа 03', { 'staff.pedagogues': 25, 'staff.pk_done': 15 }, false);
    drive.deny(url2); // 02 removed the coordinator's access

    const files = store();
    const run = runOf(program, { openFile: (u) => files.open(u) });
    const board = checkSubmissions(wb, run);
    expect(board.rows.map((r) => [r.school, r.status, r.filledPercent])).toEqual([
      ['01', 'сдано', 100], // every required field filled (as in check.test.ts)
      ['02', 'нет доступа', 0],
      ['03', 'заполняется', 25], // 1 of the 4 required fields: staff.pedagogues (staff.pk_done is optional)
    ]);
    expect(board.rows[1]!.problems).toEqual([
      {
        school: '02',
        field: null,
        cell: null,
        code: 'file_unreachable',
        severity: 'error',
        message: P.fileUnreachable('ООШ № 2', url2),
      },
    ]);
    expect(board.rows[1]!.problems[0]!.message).toContain('нет доступа');
    expect(board.rows[0]!.sheet).toBe('Школа 01');

    buildReport(wb, { ...run, sparkline: false });
    const v = summaryView(wb);
    // Indicator 1 = staff.pk_done / staff.pedagogues: 01 10/25 = 40 %, 03 15/25 = 60 %,
    // municipality pooled (10 + 15) / (25 + 25) = 25/50 = 50 %; 02 sent nothing.
    expect(v.cell('01', '1')).toBe(40);
    expect(v.cell('03', '1')).toBe(60);
    expect(v.cell('МО', '1')).toBe(50);
    expect(v.cell('02', '1')).toBe('нет данных');
  });
});

describe('file mode: roadmaps live in the school files', () => {
  it('writes ДК T1 into T1’s file and reads its statuses back into Свод', () => {
    const program = findPreset(TULA.presetId)!;
    const { store } = google();
    const schools = TULA.schools.map((s) => ({ ...s, email: `${s.code.toLowerCase()}@example.ru` }));
    const wb = setUp(program, TULA.year, 'files', schools);
    wb.sheet('Данные')!.write('A2', dataCells(TULA.data));
    createSchoolFiles(wb, store(), runOf(program));
    const [urlT1] = links(wb, 2).map(String) as [string, string];

    const files = store();
    const run = runOf(program, { now: '2023-06-20 10:00', openFile: (u) => files.open(u) });
    const out = generateRoadmaps(wb, run);
    // T1 is flagged by dyn.vpr_rkr (test/app/roadmaps.test.ts); its tab goes to its file, not here.
    expect(out).toEqual({ created: ['ДК T1', 'ДК Муниципалитет'], merged: [], warnings: [] });
    expect(wb.sheetNames()).not.toContain('ДК T1');
    expect(wb.sheetNames()).toContain('ДК Муниципалитет');

    // The school marks two measures done in its own file.
    const tab = store().open(urlT1)!.sheet('ДК T1')!;
    const ids = tab
      .read()
      .slice(ROADMAP_ROWS.first - 1)
      .map((r) => r[ROADMAP_COL.id - 1]);
    for (const id of ['tula-2022.m04', 'tula-2022.m06']) {
      tab.write(toA1(ROADMAP_ROWS.first + ids.indexOf(id), ROADMAP_COL.status), [['выполнено']]);
    }

    const again = store();
    const ctx = loadContext(wb, run.presets);
    const { result } = computeFromStore(wb, ctx, 2023);
    // As in the tab-mode test: 28 rows, m04 and m06 done; overdue on 20.06.2023 m11, m20, m34 = 3.
    expect(readRoadmapProgress(wb, ctx, result, '2023-06-20', (u) => again.open(u))).toEqual({
      T1: { done: 2, total: 28, overdue: 3 },
      [RM.municipalKey]: { done: 0, total: 61, overdue: 9 },
    });
    // Without the opener the school's file is not read.
    expect(readRoadmapProgress(wb, ctx, result, '2023-06-20')).toEqual({
      [RM.municipalKey]: { done: 0, total: 61, overdue: 9 },
    });

    buildReport(wb, {
      ...run,
      sparkline: false,
      roadmapProgress: roadmapProgressHook('2023-06-20', (u) => again.open(u)),
    });
    const summary = wb.sheet('Свод')!.read();
    const col = summary[0]!.indexOf('roadmap.done');
    // 2 of 28 done = 7,14… %
    expect(summary.find((r) => r[0] === 'T1')?.[col]).toBeCloseTo((2 * 100) / 28, 10);

    // A second generation merges in the file; a file the coordinator cannot open is a warning.
    expect(
      generateRoadmaps(wb, runOf(program, { now: '2023-06-20 10:00', openFile: (u) => store().open(u) })).merged,
    ).toContain('ДК T1');
    const cut = generateRoadmaps(wb, runOf(program, { now: '2023-06-20 10:00' }));
    expect(cut.warnings).toEqual([FILES_TEXT.roadmapUnreachable('СОШ № 1', urlT1)]);
  });
});
