// This file is the one contract between the sidebar and the server: the functions google.script.run may
// call and their argument and result types. Everything is plain JSON (no Date, no class instances: the
// transport rejects or drops them). The application API (src/app/api.ts) defines the actions; the server
// adds what only the sidebar needs. The sidebar imports `type` only from this file; main.ts must export a
// function for every member (test/server/app.test.ts checks it at type level).
import type { Api } from '../app/api';

export type { PresetSummary } from '../core/presets';
export type { Api, BoardView, BuildView, ProblemView } from '../app/api';
export type { SetupInput as SetupOptions, SetupReport as SetupResult } from '../app/setup';
import type { SetupInput } from '../app/setup';
export type SchoolInput = NonNullable<SetupInput['schools']>[number];

/** The sidebar panels, one per action of DESIGN.md. */
export type ActionId = 'setupMonitoring' | 'checkSubmissions' | 'buildReport' | 'generateRoadmaps' | 'importResults';
export type { ImportPreview, ImportOutcome, PreviewOptions, ApplyOptions } from '../app/import';

export interface Status {
  version: string;
  /** Tabs of the open spreadsheet, in order (the import panel offers them as sources). */
  sheetNames: string[];
  /** Whether each action is built; false means the server answers NOT_IMPLEMENTED. */
  ready: Record<ActionId, boolean>;
}

/** The latest progress message of a long action, for the sidebar to poll while it runs. */
export interface Progress {
  message: string;
  at: string;
}

export interface BuildOptions {
  year?: number;
}

export type { RoadmapOutcome as RoadmapResult, RoadmapOptions } from '../app/roadmaps';

export interface ServerApi extends Api {
  getStatus(): Status;
  getProgress(): Progress | null;
}
