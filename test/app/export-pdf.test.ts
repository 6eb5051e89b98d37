// Tests «Экспорт в PDF»: after a report, `Свод` and `Справка` go to the file store as one PDF named
// after the municipality, year and day, and the run is logged; before a report it refuses in Russian
// and exports nothing. Through the API it needs a file store. End to end on the Apps Script adapter over
// the fake SpreadsheetApp and fake Drive: the PDF blob holds the two report tabs and the temporary
// spreadsheet is gone.
import { describe, expect, it } from 'vitest';
import { createApi, type Env } from '../../src/app/api';
import type { RunContext } from '../../src/app/check';
import { exportReportPdf } from '../../src/app/export-pdf';
import { buildReport } from '../../src/app/report';
import { setupMonitoring } from '../../src/app/setup';
import { FILES_TEXT } from '../../src/core/text/files';
import { createAppsScriptWorkbook } from '../../src/sheets/appsscript';
import { createAppsScriptFileStore } from '../../src/sheets/files-appsscript';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import type { FileStore, Workbook } from '../../src/sheets/port';
import { findPreset } from '../../src/core/presets';
import { smallProgram } from '../core/template/fixture';
import { createFakeDrive } from '../fakes/drive';
import { asGoogle, createFakeSpreadsheetApp } from '../fakes/spreadsheet-app';
import { monitoringWorkbook, NOW, reportRun } from './helpers/monitoring';

const program = smallProgram();
const run: RunContext = {
  now: '2024-06-10 12:00',
  user: 'uo@example.org',
  presets: (id) => (id === program.id ? program : undefined),
};
const TITLE = 'ШНОР-Монитор — Тестовый район, 2024 — Свод и Справка (2024-06-10)';

function monitoring(wb: Workbook): Workbook {
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: 'Тестовый район',
    year: 2024,
    mode: 'tabs',
    schools: [
      { code: '01', name: 'СОШ № 1' },
      { code: '02', name: 'ООШ № 2' },
    ],
  });
  wb.sheet('Школа 01')!.write('D19', [[25], [10]]); // staff.pedagogues, staff.pk_done (as in check.test.ts)
  return wb;
}

/** A file store that records what it is asked to export. */
function recording(): FileStore & { exports: { workbook: Workbook; sheets: string[]; title: string }[] } {
  const exports: { workbook: Workbook; sheets: string[]; title: string }[] = [];
  const unused = () => {
    throw new Error('not used by export');
  };
  return {
    exports,
    createSpreadsheet: unused,
    open: unused,
    shareWithEditor: unused,
    save: unused,
    exportPdf(workbook, sheets, title) {
      exports.push({ workbook, sheets, title });
      return { url: 'https://drive.google.com/file/d/pdf-1/view' };
    },
  };
}

describe('exportReportPdf', () => {
  it('exports Свод then Справка under the report’s name and logs the run', () => {
    const wb = monitoring(createMemoryWorkbook());
    buildReport(wb, { ...run, sparkline: false });
    const files = recording();
    expect(exportReportPdf(wb, files, run)).toEqual({ url: 'https://drive.google.com/file/d/pdf-1/view' });
    expect(files.exports).toEqual([{ workbook: wb, sheets: ['Свод', 'Справка'], title: TITLE }]);
    const log = wb.sheet('Журнал')!.read();
    expect(log.at(-1)?.slice(0, 3)).toEqual(['2024-06-10 12:00', 'uo@example.org', FILES_TEXT.logPdf]);
    expect(log.at(-1)?.[7]).toBe(FILES_TEXT.pdfSummary('https://drive.google.com/file/d/pdf-1/view'));
  });

  it('refuses before a report is built, naming the missing tab, and exports nothing', () => {
    const wb = monitoring(createMemoryWorkbook());
    const files = recording();
    expect(() => exportReportPdf(wb, files, run)).toThrow(FILES_TEXT.noReport('Свод'));
    expect(files.exports).toEqual([]);
  });
});

describe('the API', () => {
  // The API finds programs in the preset registry, so this part runs on tula-2022.
  const tula = findPreset('tula-2022')!;
  const env = (wb: Workbook, files?: FileStore): Env => ({
    workbook: () => wb,
    now: () => NOW,
    user: () => run.user,
    sparkline: false,
    ...(files ? { files } : {}),
  });
  const tulaBook = () => monitoringWorkbook(tula, 2023, [{ code: 'T1', name: 'СОШ № 1' }]);

  it('says the file actions need a file store when there is none', () => {
    const api = createApi(env(tulaBook()));
    expect(() => api.exportPdf()).toThrow(FILES_TEXT.noFileStore);
    expect(() => api.createSchoolFiles()).toThrow(FILES_TEXT.noFileStore);
  });

  it('exports through the store it is given, and saves afterwards', () => {
    const wb = tulaBook();
    buildReport(wb, reportRun(tula));
    const files = recording();
    let saves = 0;
    const api = createApi({ ...env(wb, files), afterWrite: () => saves++ });
    expect(api.exportPdf()).toEqual({ url: 'https://drive.google.com/file/d/pdf-1/view' });
    expect(files.exports.map((e) => e.title)).toEqual([
      `ШНОР-Монитор — ${tula.municipality}, 2023 — Свод и Справка (2023-06-20)`,
    ]);
    expect(saves).toBe(1);
  });
});

describe('Экспорт в PDF on the Apps Script adapter (Google faked)', () => {
  it('puts a PDF of Свод and Справка in Drive and removes the temporary spreadsheet', () => {
    const fake = createFakeSpreadsheetApp();
    const drive = createFakeDrive(fake);
    const wb = monitoring(createAppsScriptWorkbook(asGoogle(fake).spreadsheet, drive.SpreadsheetApp));
    buildReport(wb, { ...run, sparkline: false });
    const files = createAppsScriptFileStore({
      app: () => drive.SpreadsheetApp,
      drive: () => drive.Drive,
      folderName: () => 'ШНОР-Монитор — тест',
    });
    const { url } = exportReportPdf(wb, files, run);

    const pdf = [...drive.files.values()].find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe(`${TITLE}.pdf`);
    expect(pdf.blob?.getName()).toBe(`${TITLE}.pdf`);
    expect(url).toBe(`https://drive.google.com/file/d/${pdf.id}/view`);
    const text = pdf.blob!.getDataAsString();
    const pages = [...text.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
    expect(pages).toEqual(['Свод', 'Справка']);
    // What the tabs hold is what the PDF holds: Свод's first row and Справка's first line.
    const svod = wb.sheet('Свод')!.read();
    expect(text).toContain(
      svod[0]!
        .map((c) => (c === null ? '' : String(c)))
        .join('\t')
        .replace(/\t+$/, ''),
    );
    expect(text).toContain(String(wb.sheet('Справка')!.read()[0]![0]));
    const temp = [...drive.files.values()].find((f) => f.name === FILES_TEXT.tempCopy(TITLE))!;
    expect(drive.removed).toEqual([temp.id]);
  });
});
