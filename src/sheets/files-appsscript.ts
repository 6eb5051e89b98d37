// This file is the Apps Script file store: school spreadsheets and exported PDFs in one Drive folder
// of the add-on, through SpreadsheetApp and the Drive advanced service (v3) under the drive.file scope,
// which sees only files the add-on created. The folder is found by name among those files or created
// on first use. A school file is created by Drive.Files.create directly in the folder and opened with
// SpreadsheetApp.openById; access is given with Drive.Permissions.create. A PDF is made from a
// temporary spreadsheet holding copies of the named sheets (copyTo keeps values, formats, notes and
// conditional formatting; the copy's own «Лист1» is dropped), exported with getAs('application/pdf'),
// uploaded into the folder, and the temporary spreadsheet is removed whatever happens.
// Nothing touches Google until a method is called, so wiring it up is safe in AuthMode.NONE.
import { FILES_TEXT as F } from '../core/text/files';
import { AppsScriptWorkbook, createAppsScriptWorkbook } from './appsscript';
import type { FileStore, Workbook } from './port';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GBlob = GoogleAppsScript.Base.Blob;

/** The part of a Drive v3 file resource we send and read. */
export interface DriveFile {
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  webViewLink?: string;
}

/** The part of the Drive advanced service (v3) the store uses; the real `Drive` global fits it. */
export interface DriveService {
  Files: {
    create(resource: DriveFile): DriveFile;
    create(resource: DriveFile, mediaData: GBlob, optionalArgs: Record<string, unknown>): DriveFile;
    list(optionalArgs: Record<string, unknown>): { files?: DriveFile[] };
    remove(fileId: string): void;
  };
  Permissions: {
    create(
      resource: { type: string; role: string; emailAddress: string },
      fileId: string,
      optionalArgs: Record<string, unknown>,
    ): unknown;
  };
}

export interface AppsScriptFileStoreOptions {
  /** SpreadsheetApp (tests pass a fake); fetched on use, like the other globals. */
  app: () => GApp;
  /** The Drive advanced service; undefined when the project has not enabled it. */
  drive: () => DriveService | undefined;
  /** Name of the add-on's folder for school files and PDFs. */
  folderName: () => string;
}

const FOLDER = 'application/vnd.google-apps.folder';
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const PDF = 'application/pdf';

/** The file id inside a Google Docs / Drive URL. */
export function fileIdOf(url: string): string {
  const m = /\/d\/([-\w]{10,})/.exec(url) ?? /[?&]id=([-\w]{10,})/.exec(url);
  if (!m?.[1]) throw new Error(F.badFileUrl(url));
  return m[1];
}

/** A string literal for a Drive query: backslash and quote escaped. */
const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function createAppsScriptFileStore(opts: AppsScriptFileStoreOptions): FileStore {
  const opened = new Map<string, Workbook>();
  let folder: string | null = null;

  const drive = (): DriveService => {
    const d = opts.drive();
    if (!d) throw new Error(F.driveMissing);
    return d;
  };

  /** The add-on's folder: found among the files it may see, else created. */
  const folderId = (): string => {
    if (folder) return folder;
    const name = opts.folderName();
    const found = drive().Files.list({
      q: `name = ${quoted(name)} and mimeType = '${FOLDER}' and trashed = false`,
      fields: 'files(id)',
      pageSize: 1,
    }).files?.[0]?.id;
    folder = found ?? required(drive().Files.create({ name, mimeType: FOLDER }).id);
    return folder;
  };

  /** A new native spreadsheet in the folder, opened. */
  const newSpreadsheet = (name: string): GoogleAppsScript.Spreadsheet.Spreadsheet => {
    const file = drive().Files.create({ name, mimeType: SPREADSHEET, parents: [folderId()] });
    return opts.app().openById(required(file.id));
  };

  return {
    createSpreadsheet(name) {
      const ss = newSpreadsheet(name);
      const url = ss.getUrl();
      const workbook = createAppsScriptWorkbook(ss, opts.app());
      opened.set(url, workbook);
      return { url, workbook };
    },

    open(url) {
      const known = opened.get(url);
      if (known) return known;
      let workbook: Workbook;
      try {
        workbook = createAppsScriptWorkbook(opts.app().openByUrl(url), opts.app());
      } catch {
        return null; // gone, or not shared with the user running the add-on
      }
      opened.set(url, workbook);
      return workbook;
    },

    shareWithEditor(url, email) {
      drive().Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, fileIdOf(url), {
        sendNotificationEmail: true,
        emailMessage: F.shareMessage,
      });
    },

    save() {
      // Spreadsheet writes are immediate in Apps Script.
    },

    exportPdf(workbook, sheets, title) {
      if (!(workbook instanceof AppsScriptWorkbook)) throw new Error(F.notAppsScriptWorkbook);
      const source = workbook.ss;
      const temp = newSpreadsheet(F.tempCopy(title));
      try {
        const blank = temp.getSheets()[0];
        for (const name of sheets) {
          const sheet = source.getSheetByName(name);
          if (!sheet) throw new Error(F.noSheet(name));
          sheet.copyTo(temp).setName(name);
        }
        if (blank) temp.deleteSheet(blank);
        opts.app().flush();
        const blob = temp.getAs(PDF).setName(`${title}.pdf`);
        const file = drive().Files.create({ name: `${title}.pdf`, mimeType: PDF, parents: [folderId()] }, blob, {
          fields: 'id,webViewLink',
        });
        return { url: file.webViewLink ?? `https://drive.google.com/file/d/${required(file.id)}/view` };
      } finally {
        drive().Files.remove(temp.getId());
      }
    },
  };
}

function required(id: string | undefined): string {
  if (!id) throw new Error(F.noFileId);
  return id;
}
