// This file is the one contract between the sidebar and the server: the functions google.script.run may
// call and their argument and result types. Everything here is plain JSON (no Date, no class instances:
// the transport rejects or drops them). The sidebar imports `type` only from this file; main.ts must
// export a function for every member (test/server/app.test.ts checks it at type level).
import type { PresetSummary } from '../core/presets';

export type { PresetSummary };
/** The sidebar panels, one per action of DESIGN.md. */
export type ActionId = 'setupMonitoring' | 'checkSubmissions' | 'buildReport' | 'generateRoadmaps' | 'importResults';

export interface Status {
  version: string;
  /** Tabs of the open spreadsheet, in order (the import panel offers them as sources). */
  sheetNames: string[];
  /** Whether each action is built; false means the server answers NOT_IMPLEMENTED. */
  ready: Record<ActionId, boolean>;
}

export interface SchoolInput {
  code: string;
  name: string;
  /** ШНОР, ШНСУ, ШНОР+ШНСУ, наставник or другая (the default); the server validates it. */
  category?: string;
  email?: string;
  cluster?: string;
}

export interface SetupOptions {
  presetId: string;
  municipality: string;
  year: number;
  mode: 'tabs' | 'files';
  schools: SchoolInput[];
}

export interface SetupResult {
  /** Tabs or files created, by name. */
  created: string[];
  /** Existing tabs brought up to date (entered data kept). */
  updated: string[];
  warnings: string[];
}

/** A problem in a school's input with its A1 address («Школа 3!C12»). */
export interface InputProblem {
  message: string;
  sheet: string;
  cell: string | null;
}

export interface SubmissionStatus {
  school: string;
  name: string;
  status: 'submitted' | 'inProgress' | 'empty' | 'unreachable';
  /** Filled share of required cells, percent; null when nothing is required («нет данных»). */
  filledPercent: number | null;
  problems: InputProblem[];
}

export interface BuildOptions {
  year?: number;
}

export interface BuildSummary {
  schoolsRead: number;
  schoolsFlagged: number;
  errors: string[];
  calls: number;
  ms: number;
}

export interface RoadmapResult {
  created: string[];
  merged: string[];
}

export interface ImportOptions {
  /** The tab holding the pasted ФИС ОКО or regional result table. */
  sheetName: string;
  year?: number;
}

export interface ImportResult {
  rowsImported: number;
  matched: string[];
  unmatched: string[];
  warnings: string[];
}

export interface ServerApi {
  getStatus(): Status;
  listPresets(): PresetSummary[];
  setupMonitoring(options: SetupOptions): SetupResult;
  checkSubmissions(): SubmissionStatus[];
  buildReport(options?: BuildOptions): BuildSummary;
  generateRoadmaps(options?: BuildOptions): RoadmapResult;
  importResults(options: ImportOptions): ImportResult;
}
