// This file tests the local file store on a real temporary folder: created files reach the disk only on
// flush() and open again in a later session by their file:// links; a file that was only read is not
// rewritten; links outside the folder open as null; file mode runs end to end (files for the schools,
// a school fills its file, «Проверить» reads it); and «Экспорт в PDF» makes a real PDF with LibreOffice
// of just the named sheets. LibreOffice must be installed (see test/local/libreoffice.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSubmissions, type RunContext } from '../../src/app/check';
import { exportReportPdf } from '../../src/app/export-pdf';
import { buildReport } from '../../src/app/report';
import { createSchoolFiles } from '../../src/app/school-files';
import { setupMonitoring } from '../../src/app/setup';
import { FILES_TEXT } from '../../src/core/text/files';
import { openLocalFileStore } from '../../src/local/file-store';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import { createXlsxWorkbook, openXlsxWorkbook, saveXlsxWorkbook, type XlsxWorkbook } from '../../src/sheets/xlsx';
import { smallProgram } from '../core/template/fixture';

const root = mkdtempSync(join(tmpdir(), 'shnor-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = '';
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${++n}`);
});

const program = smallProgram();
const run: RunContext = {
  now: '2024-06-10 12:00',
  user: 'uo@example.org',
  presets: (id) => (id === program.id ? program : undefined),
};

/** The number of pages of a PDF: its /Type /Page objects. */
const pages = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('local file store', () => {
  it('writes created files on flush and opens them again in a later session', async () => {
    const store = await openLocalFileStore(dir);
    const { url, workbook } = store.createSpreadsheet('Район — форма 01 СОШ № 1');
    expect(url).toBe(pathToFileURL(join(dir, 'Район — форма 01 СОШ № 1.xlsx')).href);
    workbook.addSheet('Школа 01').write('A1', [['Форма', 12]]);
    expect(existsSync(join(dir, 'Район — форма 01 СОШ № 1.xlsx'))).toBe(false);
    await store.flush();
    expect(existsSync(join(dir, 'Район — форма 01 СОШ № 1.xlsx'))).toBe(true);

    const later = await openLocalFileStore(dir);
    expect(later.open(url)?.sheet('Школа 01')?.read('A1:B1')).toEqual([['Форма', 12]]);
    // The same name again gets its own file; names with characters no file system takes are cleaned.
    expect(later.createSpreadsheet('Район — форма 01 СОШ № 1').url).toBe(
      pathToFileURL(join(dir, 'Район — форма 01 СОШ № 1 (2).xlsx')).href,
    );
    expect(later.createSpreadsheet('a/b: c?').url).toBe(pathToFileURL(join(dir, 'a_b_ c_.xlsx')).href);
  });

  it('rewrites only files that changed', async () => {
    const first = await openLocalFileStore(dir);
    const a = first.createSpreadsheet('a');
    const b = first.createSpreadsheet('b');
    a.workbook.addSheet('Лист').write('A1', [[1]]);
    b.workbook.addSheet('Лист').write('A1', [[2]]);
    await first.flush();
    const old = new Date('2001-01-01T00:00:00Z');
    for (const f of ['a.xlsx', 'b.xlsx']) utimesSync(join(dir, f), old, old);

    const second = await openLocalFileStore(dir);
    expect(second.open(a.url)?.sheet('Лист')?.read('A1')).toEqual([[1]]); // read only
    second
      .open(b.url)
      ?.sheet('Лист')
      ?.write('A1', [[3]]);
    await second.flush();
    expect(statSync(join(dir, 'a.xlsx')).mtime.getTime()).toBe(old.getTime());
    expect(statSync(join(dir, 'b.xlsx')).mtime.getTime()).toBeGreaterThan(old.getTime());
    expect((await openXlsxWorkbook(join(dir, 'b.xlsx'))).sheet('Лист')?.read('A1')).toEqual([[3]]);
  });

  it('opens only files of its folder', async () => {
    const store = await openLocalFileStore(dir);
    expect(store.open(pathToFileURL(join(root, 'elsewhere.xlsx')).href)).toBeNull();
    expect(store.open('https://docs.google.com/spreadsheets/d/abc/edit')).toBeNull();
    expect(store.open('не ссылка')).toBeNull();
    expect(() => store.shareWithEditor('file:///нет/такого.xlsx', 'a@b.ru')).toThrow(
      FILES_TEXT.badFileUrl('file:///нет/такого.xlsx'),
    );
  });

  it('runs file mode: files for the schools, a school fills its file, the check reads it', async () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, {
      presetId: program.id,
      municipality: 'Тестовый район',
      year: 2024,
      mode: 'files',
      schools: [
        { code: '01', name: 'СОШ № 1', email: 'school1@example.ru' },
        { code: '02', name: 'ООШ № 2', email: 'school2@example.ru' },
      ],
    });
    const store = await openLocalFileStore(dir);
    const out = createSchoolFiles(wb, store, run);
    expect(out.created).toEqual(['Тестовый район — форма 01 СОШ № 1', 'Тестовый район — форма 02 ООШ № 2']);
    await store.flush();
    expect(readdirSync(dir).sort()).toEqual([
      'Тестовый район — форма 01 СОШ № 1.xlsx',
      'Тестовый район — форма 02 ООШ № 2.xlsx',
    ]);
    const url1 = String(wb.sheet('Школы')!.read('I2')[0]![0]);
    expect(url1).toBe(pathToFileURL(join(dir, 'Тестовый район — форма 01 СОШ № 1.xlsx')).href);

    // School 01 fills its file in its own session (cells as in test/app/check.test.ts).
    const school = await openLocalFileStore(dir);
    const form = school.open(url1)!.sheet('Школа 01')!;
    form.write('D9', [[27, 9, 10, 5, 3]]);
    form.write('D10', [[12]]);
    form.write('D14', [[300]]);
    form.write('D19', [[25], [10]]);
    form.write('B5', [['сдано']]);
    await school.flush();

    const coordinator = await openLocalFileStore(dir);
    const board = checkSubmissions(wb, { ...run, openFile: (u) => coordinator.open(u) });
    expect(board.rows.map((r) => [r.school, r.status, r.filledPercent])).toEqual([
      ['01', 'сдано', 100], // all 4 required fields
      ['02', 'не начато', 0],
    ]);
  });

  it('exports the named sheets to a real PDF with LibreOffice on flush', async () => {
    const wb = createXlsxWorkbook();
    setupMonitoring(wb, program, {
      presetId: program.id,
      municipality: 'Тестовый район',
      year: 2024,
      mode: 'tabs',
      schools: [{ code: '01', name: 'СОШ № 1' }],
    });
    wb.sheet('Школа 01')!.write('D19', [[25], [10]]);
    buildReport(wb, { ...run, sparkline: false });
    const store = await openLocalFileStore(dir);
    const { url } = exportReportPdf(wb, store, run);
    const pdf = join(dir, 'ШНОР-Монитор — Тестовый район, 2024 — Свод и Справка (2024-06-10).pdf');
    expect(url).toBe(pathToFileURL(pdf).href);
    expect(existsSync(pdf)).toBe(false);
    await store.flush();
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Свод and Справка each start a page; the workbook's other tabs (a dozen) are not in it.
    const two = pages(bytes);
    expect(two).toBeGreaterThanOrEqual(2);
    const all = join(dir, 'all');
    const lo = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(root, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        all,
        await saved(wb),
      ],
      { timeout: 180_000 },
    );
    expect(lo.status).toBe(0);
    expect(pages(readFileSync(join(all, 'book.pdf')))).toBeGreaterThan(two);
    // The temporary files are gone: the folder holds only the PDF.
    expect(readdirSync(dir).filter((f) => f !== 'all')).toEqual([
      'ШНОР-Монитор — Тестовый район, 2024 — Свод и Справка (2024-06-10).pdf',
    ]);
  }, 240_000);

  it('refuses a sheet that is not there or a workbook that is not local, and reports a missing LibreOffice', async () => {
    const store = await openLocalFileStore(dir, { libreoffice: 'no-such-libreoffice-binary' });
    const wb = createXlsxWorkbook();
    wb.addSheet('Свод').write('A1', [['Код']]);
    expect(() => store.exportPdf(wb, ['Свод', 'Справка'], 'Отчёт')).toThrow(FILES_TEXT.noSheet('Справка'));
    const notLocal = { ...wb, sheetNames: () => wb.sheetNames() } as unknown as typeof wb;
    expect(() => store.exportPdf(notLocal, ['Свод'], 'Отчёт')).toThrow(FILES_TEXT.notLocalWorkbook);
    store.exportPdf(wb, ['Свод'], 'Отчёт');
    await expect(store.flush()).rejects.toThrow('LibreOffice не смог сделать PDF');
    expect(existsSync(join(dir, 'Отчёт.pdf'))).toBe(false);
  });
});

/** Saves `wb` as book.xlsx in a subfolder of the case folder and returns its path. */
async function saved(wb: XlsxWorkbook): Promise<string> {
  const path = join(dir, 'all', 'book.xlsx');
  mkdirSync(join(dir, 'all'), { recursive: true });
  await saveXlsxWorkbook(wb, path);
  return path;
}
