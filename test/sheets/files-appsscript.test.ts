// This file tests the Apps Script file store over the fake SpreadsheetApp and the fake Drive service:
// the add-on's folder is created once and found again by name, school spreadsheets are made in it and
// open as workbooks, a file the user cannot open reads as null, sharing asks Drive for a writer
// permission with a notification, and PDF export uploads a PDF of exactly the named sheets (in order)
// named after the report, and removes its temporary spreadsheet even when the export fails.
import { describe, expect, it } from 'vitest';
import { FILES_TEXT } from '../../src/core/text/files';
import { createAppsScriptWorkbook } from '../../src/sheets/appsscript';
import { createAppsScriptFileStore, fileIdOf } from '../../src/sheets/files-appsscript';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import { createFakeDrive } from '../fakes/drive';
import { asGoogle, createFakeSpreadsheetApp } from '../fakes/spreadsheet-app';

const FOLDER = 'ШНОР-Монитор — Мониторинг ШНОР';

function setup() {
  const fake = createFakeSpreadsheetApp();
  const drive = createFakeDrive(fake);
  const store = () =>
    createAppsScriptFileStore({ app: () => drive.SpreadsheetApp, drive: () => drive.Drive, folderName: () => FOLDER });
  const monitoring = createAppsScriptWorkbook(asGoogle(fake).spreadsheet, drive.SpreadsheetApp);
  return { fake, drive, store, monitoring };
}

const folders = (drive: ReturnType<typeof createFakeDrive>) =>
  [...drive.files.values()].filter((f) => f.mimeType === 'application/vnd.google-apps.folder');

describe('Apps Script file store', () => {
  it('creates school spreadsheets in one folder of the add-on, found again by name by a later run', () => {
    const { drive, store } = setup();
    const files = store();
    const a = files.createSpreadsheet('Район — форма 01 СОШ № 1');
    const b = files.createSpreadsheet('Район — форма 02 СОШ № 2');
    const later = store().createSpreadsheet('Район — форма 03 СОШ № 3'); // a new execution: folder looked up
    expect(folders(drive).map((f) => f.name)).toEqual([FOLDER]);
    const folderId = folders(drive)[0]!.id;
    for (const made of [a, b, later]) {
      const file = drive.file(fileIdOf(made.url));
      expect(file).toMatchObject({ mimeType: 'application/vnd.google-apps.spreadsheet', parents: [folderId] });
    }
    expect(drive.file(fileIdOf(a.url)).name).toBe('Район — форма 01 СОШ № 1');
    expect(a.url).not.toBe(b.url);
    // A new Google spreadsheet has one sheet «Лист1»; what is written through the workbook lands there.
    expect(a.workbook.sheetNames()).toEqual(['Лист1']);
    a.workbook.sheet('Лист1')!.write('A1', [['Форма', 12]]);
    expect(files.open(a.url)).toBe(a.workbook);
    expect(store().open(a.url)!.sheet('Лист1')!.read('A1:B1')).toEqual([['Форма', 12]]);
  });

  it('opens a file by its link, and reads a file the user cannot open as null', () => {
    const { drive, store } = setup();
    const files = store();
    const { url } = files.createSpreadsheet('Школа');
    const other = store();
    expect(other.open(url)).not.toBeNull();
    drive.deny(url);
    expect(store().open(url)).toBeNull();
    expect(store().open('https://docs.google.com/spreadsheets/d/no-such-file-at-all/edit')).toBeNull();
  });

  it('gives the school writer access with a Russian note', () => {
    const { drive, store } = setup();
    const files = store();
    const { url } = files.createSpreadsheet('Школа');
    files.shareWithEditor(url, 'school1@example.ru');
    expect(drive.permissions).toEqual([
      {
        fileId: fileIdOf(url),
        type: 'user',
        role: 'writer',
        emailAddress: 'school1@example.ru',
        options: { sendNotificationEmail: true, emailMessage: FILES_TEXT.shareMessage },
      },
    ]);
    expect(() => files.shareWithEditor(url, 'не адрес')).toThrow('Invalid sharing request');
  });

  it('exports the named sheets as one PDF named after the report and removes the temporary copy', () => {
    const { drive, store, monitoring } = setup();
    monitoring.addSheet('Данные').write('A1', [['год', 'школа']]);
    monitoring.addSheet('Справка').write('A1', [['Аналитическая справка'], ['Сдали 2 школы из 3.']]);
    monitoring.addSheet('Свод').write('A1', [
      ['Код', 'ВПР'],
      ['01', 0.25],
    ]);
    const title = 'ШНОР-Монитор — Район, 2024 — Свод и Справка (2024-06-10)';
    const { url } = store().exportPdf(monitoring, ['Свод', 'Справка'], title);

    const pdfs = [...drive.files.values()].filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs.map((f) => f.name)).toEqual([`${title}.pdf`]);
    const pdf = pdfs[0]!;
    expect(url).toBe(`https://drive.google.com/file/d/${pdf.id}/view`);
    expect(pdf.parents).toEqual([folders(drive)[0]!.id]);
    expect(pdf.blob?.getName()).toBe(`${title}.pdf`);
    // Свод first, then Справка; the temp's own «Лист1» and the other tabs are not in it.
    expect(pdf.blob?.getDataAsString()).toBe(
      [
        '%PDF-fake',
        '== Свод ==',
        'Код\tВПР',
        '01\t0.25',
        '== Справка ==',
        'Аналитическая справка',
        'Сдали 2 школы из 3.',
      ].join('\n'),
    );
    const temps = [...drive.files.values()].filter((f) => f.name === FILES_TEXT.tempCopy(title));
    expect(temps).toHaveLength(1);
    expect(drive.removed).toEqual([temps[0]!.id]);
    // The monitoring workbook is unchanged.
    expect(monitoring.sheetNames()).toEqual(['Лист1', 'Данные', 'Справка', 'Свод']);
  });

  it('removes the temporary spreadsheet when a sheet is missing, and refuses a non-Google workbook', () => {
    const { drive, store, monitoring } = setup();
    monitoring.addSheet('Свод');
    expect(() => store().exportPdf(monitoring, ['Свод', 'Справка'], 'Отчёт')).toThrow(FILES_TEXT.noSheet('Справка'));
    expect(drive.removed).toHaveLength(1);
    expect([...drive.files.values()].some((f) => f.mimeType === 'application/pdf')).toBe(false);
    expect(() => store().exportPdf(createMemoryWorkbook(), ['Свод'], 'Отчёт')).toThrow(
      FILES_TEXT.notAppsScriptWorkbook,
    );
  });

  it('says in Russian that the Drive service is off, touching nothing before a method is called', () => {
    const fake = createFakeSpreadsheetApp();
    const files = createAppsScriptFileStore({
      app: () => asGoogle(fake).app,
      drive: () => undefined,
      folderName: () => FOLDER,
    });
    expect(fake.calls()).toBe(0);
    expect(() => files.createSpreadsheet('Школа')).toThrow(FILES_TEXT.driveMissing);
  });

  it('finds the file id in Google links', () => {
    expect(fileIdOf('https://docs.google.com/spreadsheets/d/1AbC-d_EfGhIjKlMn/edit#gid=0')).toBe('1AbC-d_EfGhIjKlMn');
    expect(fileIdOf('https://drive.google.com/open?id=1AbC-d_EfGhIjKlMn')).toBe('1AbC-d_EfGhIjKlMn');
    expect(() => fileIdOf('file:///tmp/школа.xlsx')).toThrow(FILES_TEXT.badFileUrl('file:///tmp/школа.xlsx'));
  });
});
