// This file is a small fake of the Drive advanced service (v3) over the fake SpreadsheetApp, for the
// file store tests: Files.create (folders, native spreadsheets — made through the fake SpreadsheetApp
// so openById finds them — and uploads with a blob), Files.list by `name = '…'` and mimeType,
// Files.remove, and Permissions.create; it records every file, permission and removal. Its
// `SpreadsheetApp` is the fake's, except that openById/openByUrl refuse a removed file or one the
// test denied (as Sheets does for a file not shared with the user). It also teaches the fake sheets
// and spreadsheets the two methods PDF export needs and spreadsheet-app.ts lacks: Sheet.copyTo
// (a copy «Копия <имя>» at the end of the target, with cells, notes, formats and rules) and
// Spreadsheet.getAs('application/pdf') (a fake blob whose text lists each sheet's values in order).
// Like the fake SpreadsheetApp, it fails as Google does: unknown ids and bad arguments throw.
import type { DriveFile, DriveService } from '../../src/sheets/files-appsscript';
import { FakeSheet, FakeSpreadsheet, type FakeSpreadsheetApp } from './spreadsheet-app';

declare module './spreadsheet-app' {
  interface FakeSheet {
    copyTo(target: FakeSpreadsheet): FakeSheet;
  }
  interface FakeSpreadsheet {
    getAs(contentType: string): FakeBlob;
  }
}

const fail = (message: string): never => {
  throw new Error(`Exception: ${message}`);
};

export class FakeBlob {
  constructor(
    private name: string,
    readonly contentType: string,
    readonly text: string,
  ) {}
  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  getContentType() {
    return this.contentType;
  }
  getDataAsString() {
    return this.text;
  }
  getBytes() {
    return [...Buffer.from(this.text, 'utf8')];
  }
}

const cellText = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : String(v);

FakeSheet.prototype.copyTo = function copyTo(this: FakeSheet, target: FakeSpreadsheet): FakeSheet {
  let name = `Копия ${this.name}`;
  for (let n = 2; target.sheets.some((s) => s.name === name); n++) name = `Копия ${this.name} ${n}`;
  const copy = target.insertSheet(name, target.getNumSheets());
  for (const { row, col, value } of this.cells.entries()) copy.cells.set(row, col, { ...value });
  copy.rules = [...this.rules];
  copy.maxRows = this.maxRows;
  copy.maxCols = this.maxCols;
  copy.frozenRows = this.frozenRows;
  copy.frozenCols = this.frozenCols;
  this.widths.forEach((w, c) => copy.widths.set(c, w));
  return copy;
};

FakeSpreadsheet.prototype.getAs = function getAs(this: FakeSpreadsheet, contentType: string): FakeBlob {
  if (contentType !== 'application/pdf')
    fail(`Converting from application/vnd.google-apps.spreadsheet to ${contentType} is not supported.`);
  const pages = this.sheets.map((s) => {
    const rows = new Map<number, string[]>();
    for (const { row, col, value } of s.cells.entries()) {
      if (value.value === '' && value.formula === '') continue;
      const cells = rows.get(row) ?? [];
      cells[col - 1] = value.formula || cellText(value.value);
      rows.set(row, cells);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, cells]) => Array.from(cells, (c) => c ?? '').join('\t'));
    return [`== ${s.name} ==`, ...lines].join('\n');
  });
  return new FakeBlob(`${this.name}.pdf`, contentType, ['%PDF-fake', ...pages].join('\n'));
};

export interface FakeDriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  blob: FakeBlob | null;
}

export interface FakePermission {
  fileId: string;
  type: string;
  role: string;
  emailAddress: string;
  options: Record<string, unknown>;
}

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

export function createFakeDrive(fake: FakeSpreadsheetApp) {
  const files = new Map<string, FakeDriveFile>();
  const permissions: FakePermission[] = [];
  const removed: string[] = [];
  const denied = new Set<string>();
  let ids = 1;

  const live = (id: string) => files.has(id) && !removed.includes(id);
  const refuse = (url: string) => {
    for (const id of [...removed, ...denied]) {
      if (url.includes(id)) fail('You do not have permission to access the requested document.');
    }
  };

  const Drive = {
    Files: {
      create(resource: DriveFile, mediaData?: FakeBlob, _options?: Record<string, unknown>): DriveFile {
        const name = resource.name ?? fail('Invalid argument: name');
        const mimeType = resource.mimeType ?? mediaData?.getContentType() ?? fail('Invalid argument: mimeType');
        const parents = resource.parents ?? [];
        for (const p of parents) if (!live(p)) fail(`File not found: ${p}.`);
        const id = mimeType === SPREADSHEET ? fake.SpreadsheetApp.create(name).getId() : `drive-file-${ids++}`;
        files.set(id, { id, name, mimeType, parents, blob: mediaData ?? null });
        return { id, name, mimeType, parents, webViewLink: `https://drive.google.com/file/d/${id}/view` };
      },
      list(options: Record<string, unknown>): { files: DriveFile[] } {
        const q = String(options['q'] ?? '');
        const want = (key: string) =>
          new RegExp(`${key} = '((?:\\\\.|[^'\\\\])*)'`).exec(q)?.[1]?.replace(/\\(.)/g, '$1');
        const name = want('name');
        const mimeType = want('mimeType');
        return {
          files: [...files.values()]
            .filter(
              (f) =>
                live(f.id) &&
                (name === undefined || f.name === name) &&
                (mimeType === undefined || f.mimeType === mimeType),
            )
            .map((f) => ({ id: f.id })),
        };
      },
      remove(fileId: string): void {
        if (!live(fileId)) fail(`File not found: ${fileId}.`);
        removed.push(fileId);
      },
    },
    Permissions: {
      create(
        resource: { type: string; role: string; emailAddress: string },
        fileId: string,
        options: Record<string, unknown>,
      ) {
        if (!live(fileId)) fail(`File not found: ${fileId}.`);
        if (!/^[^@\s]+@[^@\s]+$/.test(resource.emailAddress)) fail('Invalid sharing request.');
        permissions.push({ fileId, ...resource, options });
        return { id: `perm-${permissions.length}`, ...resource };
      },
    },
  };

  const SpreadsheetApp = {
    ...fake.SpreadsheetApp,
    openById: (id: string) => {
      refuse(id);
      return fake.SpreadsheetApp.openById(id);
    },
    openByUrl: (url: string) => {
      refuse(url);
      return fake.SpreadsheetApp.openByUrl(url);
    },
  };

  return {
    /** The fake seen as the Drive advanced service. */
    Drive: Drive as unknown as DriveService,
    /** The fake SpreadsheetApp, refusing removed and denied files, seen through Google's types. */
    SpreadsheetApp: SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    files,
    permissions,
    removed,
    /** From now on the user cannot open this file (an id or a URL holding it). */
    deny(idOrUrl: string) {
      const id = [...files.keys()].find((k) => idOrUrl.includes(k)) ?? idOrUrl;
      denied.add(id);
    },
    /** A Drive file as the test sees it (throws when missing). */
    file(id: string): FakeDriveFile {
      return files.get(id) ?? fail(`no file ${id}`);
    },
  };
}

export type FakeDrive = ReturnType<typeof createFakeDrive>;
