// This file is the application API behind every sidebar and menu action: plain-JSON functions over
// the app workflows, given an environment (which workbook, what time, who, which extras). The Apps
// Script server and local mode (xlsx + preview) both call createApi, so they run the same code.
import { presetSummaries, findPreset, type PresetSummary } from '../core/presets';
import { SCHOOL_COLS, type Decision } from '../core/config/schools-tab';
import { rangeA1 } from '../core/a1';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { A } from '../core/text/app';
import type { FileStore, Workbook } from '../sheets/port';
import { checkSubmissions, type BoardRow } from './check';
import type { SourceOpener } from './collect';
import { loadContext } from './context';
import {
  applyImport,
  ApplyInput,
  previewImport,
  PreviewInput,
  type ApplyOptions,
  type ImportOutcome,
  type ImportPreview,
  type PreviewOptions,
} from './import';
import { importableSheets } from './import-source';
import { buildReport } from './report';
import { generateRoadmaps, roadmapProgressHook, RoadmapOptions, type RoadmapOutcome } from './roadmaps';
import { parseArgs } from './parse';
import { BuildOptionsSchema, ReviewSchema, SelectCellSchema, SetupOptionsSchema } from './schemas';
import { setupMonitoring, type SetupInput, type SetupReport } from './setup';
import { createSchoolFiles, type SchoolFilesOutcome } from './school-files';
import { exportReportPdf } from './export-pdf';
import { FILES_TEXT } from '../core/text/files';

export interface Env {
  workbook(): Workbook;
  /** Local time as «YYYY-MM-DD HH:MM» (Europe/Moscow in Apps Script). */
  now(): string;
  user(): string;
  /** Write =SPARKLINE formulas (Google Sheets only). */
  sparkline: boolean;
  openFile?: SourceOpener;
  /** Called after an action wrote to the workbook (local mode saves the file). */
  afterWrite?(): void;
  /** Progress of long actions, for the sidebar to poll. */
  progress?(message: string): void;
  /** School files (file mode) and exported PDFs. */
  files?: FileStore;
}

export interface ProblemView {
  message: string;
  /** Sheet name and A1 cell to select, when the problem is about a cell. */
  sheet: string | null;
  cell: string | null;
  severity: 'error' | 'warning';
}

export interface BoardView {
  summary: string;
  rows: (Omit<BoardRow, 'problems'> & { problems: ProblemView[]; errors: number; warnings: number })[];
}

export interface BuildView {
  text: string;
  schoolsRead: number;
  schoolsFlagged: number;
  problems: number;
  rowsAdded: number;
  calls: number;
  ms: number;
  /** The first problems, for the sidebar; the full list is in «Проверить». */
  problemList: ProblemView[];
  configErrors: string[];
}

export interface Api {
  listPresets(): PresetSummary[];
  setupMonitoring(options: SetupInput): SetupReport;
  checkSubmissions(): BoardView;
  buildReport(options?: { year?: number }): BuildView;
  /** The coordinator's decision on a school: «принято» / «на доработке» with a comment. */
  reviewSubmission(options: { school: string; decision: Decision | null; comment: string }): BoardView;
  /** Selects a cell (a problem's link). */
  selectCell(options: { sheet: string; cell: string }): void;
  /** Creates or merges the roadmap tabs of the chosen (default: flagged) schools and of the municipality. */
  generateRoadmaps(options?: RoadmapOptions): RoadmapOutcome;
  /** Import results (issue 8): tabs that may hold a pasted report (not the monitoring's own tabs);
   *  preview writes nothing; apply writes what the user confirmed. */
  listImportSheets(): string[];
  previewImport(options: PreviewOptions): ImportPreview;
  applyImport(options: ApplyOptions): ImportOutcome;
  /** File mode: a spreadsheet per school without one, shared with its email; links into `Школы`. */
  createSchoolFiles(): SchoolFilesOutcome;
  /** `Свод` + `Справка` as one PDF; returns its link. */
  exportPdf(): { url: string };
}

/** «'Школа 01'!D14» → sheet «Школа 01», cell «D14». */
export function splitRef(ref: string | null): { sheet: string | null; cell: string | null } {
  if (!ref) return { sheet: null, cell: null };
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return { sheet: null, cell: ref };
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), cell: m[3] ?? null };
}

function view(p: { message: string; cell: string | null; severity: 'error' | 'warning' }): ProblemView {
  return { message: p.message, ...splitRef(p.cell), severity: p.severity };
}

const PROBLEMS_SHOWN = 50;

function fileStore(env: Env): FileStore {
  if (!env.files) throw new AppError('NOT_IMPLEMENTED', FILES_TEXT.noFileStore);
  return env.files;
}

export function createApi(env: Env): Api {
  const run = () => ({
    now: env.now(),
    user: env.user(),
    presets: findPreset,
    ...(env.openFile ? { openFile: env.openFile } : {}),
  });
  const written = <T>(value: T): T => {
    env.afterWrite?.();
    return value;
  };
  const board = (): BoardView => {
    const r = checkSubmissions(env.workbook(), run());
    return {
      summary: r.summary,
      rows: r.rows.map((row) => ({
        ...row,
        problems: row.problems.map(view),
        errors: row.problems.filter((p) => p.severity === 'error').length,
        warnings: row.problems.filter((p) => p.severity === 'warning').length,
      })),
    };
  };
  return {
    listPresets: () => presetSummaries(),
    setupMonitoring(input) {
      const options = parseArgs(SetupOptionsSchema, input);
      const program = findPreset(options.presetId);
      if (!program) throw new AppError('INVALID_INPUT', A.noSuchPreset(options.presetId));
      return written(setupMonitoring(env.workbook(), program, options));
    },
    checkSubmissions: () => written(board()),
    buildReport(input) {
      const options = parseArgs(BuildOptionsSchema, input);
      const out = buildReport(
        env.workbook(),
        {
          ...run(),
          sparkline: env.sparkline,
          roadmapProgress: roadmapProgressHook(env.now().slice(0, 10), env.openFile),
          ...(env.progress ? { onProgress: env.progress } : {}),
        },
        options,
      );
      return written({
        ...out.summary,
        problemList: out.problems.slice(0, PROBLEMS_SHOWN).map(view),
        configErrors: out.configErrors,
      });
    },
    reviewSubmission(input) {
      const { school, decision, comment } = parseArgs(ReviewSchema, input);
      const wb = env.workbook();
      const ctx = loadContext(wb, findPreset);
      const row = ctx.schools.find((s) => s.school.code === school);
      if (!row) throw new AppError('INVALID_INPUT', A.unknownSchool(school));
      wb.sheet(TAB.schools)?.write(rangeA1(row.row, SCHOOL_COLS.decision), [[decision ?? '', comment]]);
      return written(board());
    },
    selectCell(input) {
      const { sheet, cell } = parseArgs(SelectCellSchema, input);
      env.workbook().activate(sheet, cell);
    },
    generateRoadmaps: (input) =>
      written(generateRoadmaps(env.workbook(), run(), parseArgs(RoadmapOptions, input ?? {}))),
    listImportSheets: () => importableSheets(env.workbook()),
    previewImport: (input) => previewImport(env.workbook(), run(), parseArgs(PreviewInput, input)),
    applyImport(input) {
      const out = applyImport(env.workbook(), run(), parseArgs(ApplyInput, input));
      return out.ok ? written(out) : out;
    },
    createSchoolFiles: () => written(createSchoolFiles(env.workbook(), fileStore(env), run())),
    exportPdf: () => written(exportReportPdf(env.workbook(), fileStore(env), run())),
  };
}
