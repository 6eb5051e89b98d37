// This file is «Создать файлы школ» (file mode): for every school of `Школы` whose «Лист / файл» holds
// no file yet it creates a spreadsheet «<муниципалитет> — форма <код> <название>», writes the same
// template as tab mode (layout, validations, protections with the school's email as editor), shares
// it with the school's email and finally writes the new links into «Лист / файл» in one write of that
// column. Schools that already have a file are skipped, so a re-run creates nothing; one school's
// failure is a warning, never a stop; a time budget keeps the run inside Apps Script's 6 minutes.
import { rangeA1 } from '../core/a1';
import { SCHOOL_COLS, type SchoolRow } from '../core/config/schools-tab';
import { buildTemplateLayout } from '../core/template/layout';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { FILES_TEXT as F } from '../core/text/files';
import type { FileStore, Sheet, Workbook } from '../sheets/port';
import type { RunContext } from './check';
import { isFileSource } from './collect';
import { loadContext, type MonitoringContext } from './context';
import { appendLog } from './log';
import { schoolSheetName } from './setup';
import { writeTemplate } from './template';

export interface SchoolFilesOutcome {
  /** Names of the files created in this run. */
  created: string[];
  /** «<код>: <email>» for every access given. */
  shared: string[];
  warnings: string[];
}

export interface SchoolFilesRun extends RunContext {
  /** Stop creating files after this many milliseconds (default 4.5 minutes: Apps Script stops at 6). */
  budgetMs?: number;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock?: () => number;
}

const DEFAULT_BUDGET_MS = 270_000;

export function createSchoolFiles(wb: Workbook, files: FileStore, run: SchoolFilesRun): SchoolFilesOutcome {
  const clock = run.clock ?? Date.now;
  const started = clock();
  const callsBefore = wb.calls();
  const ctx = loadContext(wb, run.presets);
  if (ctx.settings.mode !== 'files') throw new AppError('INVALID_INPUT', F.notFileMode);
  const out: SchoolFilesOutcome = { created: [], shared: [], warnings: [] };
  const pending = ctx.schools.filter((row) => !isFileSource(row.source));
  if (pending.length === 0) out.warnings.push(F.noSchools);

  const urls = new Map<number, string>(); // `Школы` row → new link
  for (const [i, row] of pending.entries()) {
    if (clock() - started > (run.budgetMs ?? DEFAULT_BUDGET_MS)) {
      out.warnings.push(F.timeUp(pending.length - i));
      break;
    }
    const made = createOne(files, ctx, row, out);
    if (made) urls.set(row.row, made);
  }
  writeLinks(wb, urls);

  const summary = F.createSummary(out.created.length, out.shared.length, out.warnings.length);
  appendLog(wb, {
    at: run.now,
    user: run.user,
    action: F.logCreate,
    ms: clock() - started,
    schools: out.created.length,
    errors: out.warnings.length,
    callsBefore,
    summary,
  });
  return out;
}

/** Creates, fills and shares one school's file; returns its URL, or null when it could not be created. */
function createOne(files: FileStore, ctx: MonitoringContext, row: SchoolRow, out: SchoolFilesOutcome): string | null {
  const { school } = row;
  const name = F.schoolFile(ctx.settings.municipality, school.code, school.name);
  let url: string;
  try {
    const made = files.createSpreadsheet(name);
    url = made.url;
    const layout = buildTemplateLayout(ctx.program, {
      schoolName: school.name,
      schoolCode: school.code,
      year: ctx.settings.year,
      municipality: ctx.settings.municipality,
    });
    writeTemplate(templateSheet(made.workbook, schoolSheetName(school.code)), layout, {
      schoolEmail: school.email ?? null,
      coordinators: ctx.settings.coordinators,
    });
    files.save(url);
  } catch (e) {
    out.warnings.push(F.createFailed(school.name, (e as Error).message));
    return null;
  }
  out.created.push(name);
  if (!school.email) out.warnings.push(F.noEmail(school.name, name));
  else {
    try {
      files.shareWithEditor(url, school.email);
      out.shared.push(`${school.code}: ${school.email}`);
    } catch (e) {
      out.warnings.push(F.shareFailed(school.name, school.email, (e as Error).message));
    }
  }
  return url;
}

/** The file's only sheet renamed for the school (a new Google spreadsheet has «Лист1»), or a new one. */
function templateSheet(book: Workbook, name: string): Sheet {
  const first = book.sheetNames()[0];
  if (first === undefined) return book.addSheet(name);
  if (first !== name) book.renameSheet(first, name);
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(F.noSheet(name));
  return sheet;
}

/** One write of the «Лист / файл» column for rows 2..last, keeping every other cell as it was. */
function writeLinks(wb: Workbook, urls: Map<number, string>): void {
  const sheet = wb.sheet(TAB.schools);
  if (!sheet || urls.size === 0) return;
  const last = Math.max(...urls.keys());
  const column = sheet.read(rangeA1(2, SCHOOL_COLS.source, last - 1, 1));
  const block = column.map((cells, i) => [urls.get(i + 2) ?? cells[0] ?? null]);
  sheet.write(rangeA1(2, SCHOOL_COLS.source), block);
}
