// This file is the local file store: file mode and PDF export without Google, over a folder of .xlsx
// files. A file's URL is its file:// address. The port is synchronous and the xlsx codec is not, so
// the store reads every .xlsx of the folder when it opens, keeps the workbooks in memory, and does
// all disk work in flush(): it saves the files that were created or changed (workbooks it hands out
// note their own writes, so a file that was only read is never rewritten) and makes the PDFs asked
// for — a temporary .xlsx holding copies of just the named sheets, converted by headless LibreOffice
// (`libreoffice --headless --convert-to pdf`, with a throwaway profile so a running LibreOffice does
// not interfere). Local files have no accounts: sharing only checks that the file is ours.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FILES_TEXT as F } from '../core/text/files';
import { MemoryWorkbook, SparseGrid, type MemoryCell, type MemorySheetData } from '../sheets/memory';
import type { FileStore, Sheet, Workbook } from '../sheets/port';
import { createXlsxWorkbook, openXlsxWorkbook, saveXlsxWorkbook, XlsxWorkbook } from '../sheets/xlsx';
import { LocalError } from './errors';

export interface LocalFileStore extends FileStore {
  /** Saves created and changed files and makes the PDFs asked for since the last flush. */
  flush(): Promise<void>;
}

export interface LocalFileStoreOptions {
  /** The LibreOffice command (default `libreoffice`). */
  libreoffice?: string;
}

/** Which port methods change a sheet (true) or only read it; a new port method must be listed here. */
const SHEET_WRITES = {
  size: false,
  read: false,
  readFormulas: false,
  write: true,
  clear: true,
  style: true,
  setNumberFormats: true,
  setBackgrounds: true,
  readBackgrounds: false,
  readNumberFormats: false,
  setNotes: true,
  readNotes: false,
  setConditionalRules: true,
  readConditionalRules: false,
  setValidation: true,
  readValidations: false,
  setProtections: true,
  readProtections: false,
  setFrozen: true,
  readFrozen: false,
  setColumnWidths: true,
  readColumnWidths: false,
  setCharts: true,
  readCharts: false,
} satisfies Record<Exclude<keyof Sheet, 'name'>, boolean>;

const WORKBOOK_WRITES = {
  sheetNames: false,
  sheet: false,
  addSheet: true,
  deleteSheet: true,
  renameSheet: true,
  activate: true,
  calls: false,
} satisfies Record<keyof Workbook, boolean>;

const writes = (table: Record<string, boolean>, prop: string | symbol) =>
  typeof prop === 'string' && table[prop] === true;

/** `wb` as the port sees it, calling `changed` on every write through it or through a sheet it gives. */
function tracked(wb: XlsxWorkbook, changed: () => void): XlsxWorkbook {
  const sheet = (s: Sheet): Sheet =>
    new Proxy(s, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function' || !writes(SHEET_WRITES, prop)) return v;
        return (...args: unknown[]) => {
          changed();
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return new Proxy(wb, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      if (prop === 'sheet' || prop === 'addSheet')
        return (...args: unknown[]) => {
          if (prop === 'addSheet') changed();
          const s = (v as (...a: unknown[]) => Sheet | null).apply(target, args);
          return s && sheet(s);
        };
      if (!writes(WORKBOOK_WRITES, prop)) return v;
      return (...args: unknown[]) => {
        changed();
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A copy of a sheet's whole state that later edits of the original do not reach. */
function snapshot(d: MemorySheetData): MemorySheetData {
  const cells = new SparseGrid<MemoryCell>();
  for (const { row, col, value } of d.cells.entries()) cells.set(row, col, structuredClone(value));
  return {
    name: d.name,
    cells,
    rules: structuredClone(d.rules),
    protections: structuredClone(d.protections),
    frozen: { ...d.frozen },
    widths: new Map(d.widths),
    charts: structuredClone(d.charts),
  };
}

/** A file name from a title: characters no file system accepts become «_». */
const fileName = (title: string) =>
  Array.from(title, (c) => (c < ' ' || '/\\:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim() || '_';

const urlOf = (path: string) => pathToFileURL(path).href;

/** The absolute path of a file:// URL, or null for anything else. */
function pathOf(url: string): string | null {
  try {
    return url.startsWith('file:') ? resolve(fileURLToPath(url)) : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    execFile(command, args, { timeout: 180_000, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ ok: !error, output: (error?.message ?? '') + stderr + stdout }),
    );
  });
}

export async function openLocalFileStore(folder: string, opts: LocalFileStoreOptions = {}): Promise<LocalFileStore> {
  const root = resolve(folder);
  try {
    await mkdir(root, { recursive: true });
  } catch (e) {
    throw new LocalError(F.folderUnusable(root, (e as Error).message));
  }
  const books = new Map<string, XlsxWorkbook>(); // url → the workbook as read or created
  const handed = new Map<string, XlsxWorkbook>(); // url → the tracked view handed out
  const dirty = new Set<string>();
  const pdfs: (() => Promise<void>)[] = [];

  const hand = (url: string): XlsxWorkbook => {
    let view = handed.get(url);
    const book = books.get(url);
    if (!view && book) {
      view = tracked(book, () => dirty.add(url));
      handed.set(url, view);
    }
    if (!view) throw new Error(F.badFileUrl(url));
    return view;
  };

  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isFile() || extname(entry.name).toLowerCase() !== '.xlsx' || entry.name.startsWith('~$')) continue;
    const path = join(root, entry.name);
    // A file the codec cannot read stays unopened: open() answers null, as for a file without access.
    const book = await openXlsxWorkbook(path).catch(() => null);
    if (book) books.set(urlOf(path), book);
  }

  const exists = async (path: string) => (await stat(path).catch(() => null)) !== null;

  /** Converts `book` to `target` with LibreOffice in a temporary folder. */
  const convert = async (book: XlsxWorkbook, target: string): Promise<void> => {
    const tmp = await mkdtemp(join(tmpdir(), 'shnor-pdf-'));
    try {
      const xlsx = join(tmp, 'report.xlsx');
      await saveXlsxWorkbook(book, xlsx);
      const lo = await run(opts.libreoffice ?? 'libreoffice', [
        `-env:UserInstallation=${pathToFileURL(join(tmp, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        tmp,
        xlsx,
      ]);
      const pdf = join(tmp, 'report.pdf');
      if (!lo.ok || !(await exists(pdf))) throw new LocalError(F.libreOffice(lo.output.trim() || 'нет файла PDF'));
      await copyFile(pdf, target);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  };

  return {
    createSpreadsheet(name) {
      const base = fileName(name);
      let path = join(root, `${base}.xlsx`);
      for (let n = 2; books.has(urlOf(path)) || existsSync(path); n++) path = join(root, `${base} (${n}).xlsx`);
      const url = urlOf(path);
      books.set(url, createXlsxWorkbook());
      dirty.add(url);
      return { url, workbook: hand(url) };
    },

    open(url) {
      const path = pathOf(url);
      const key = path === null ? null : urlOf(path);
      return key !== null && books.has(key) ? hand(key) : null;
    },

    shareWithEditor(url) {
      const path = pathOf(url);
      if (path === null || !books.has(urlOf(path))) throw new Error(F.badFileUrl(url));
    },

    save(url) {
      const path = pathOf(url);
      if (path === null || !books.has(urlOf(path))) throw new Error(F.badFileUrl(url));
      dirty.add(urlOf(path));
    },

    exportPdf(workbook, sheets, title) {
      if (!(workbook instanceof MemoryWorkbook)) throw new Error(F.notLocalWorkbook);
      const data = workbook.data();
      const copies = sheets.map((name) => {
        const d = data.sheets.find((s) => s.name === name);
        if (!d) throw new Error(F.noSheet(name));
        return snapshot(d);
      });
      const target = join(root, `${fileName(title)}.pdf`);
      const copy = new XlsxWorkbook({ sheets: copies, active: null });
      pdfs.push(() => convert(copy, target));
      return { url: urlOf(target) };
    },

    async flush() {
      for (const url of [...dirty]) {
        const book = books.get(url);
        const path = pathOf(url);
        if (book && path) await saveXlsxWorkbook(book, path);
        dirty.delete(url);
      }
      while (pdfs.length > 0) await pdfs.shift()?.();
    },
  };
}
