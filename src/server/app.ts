// This file is the composition root: the one place that wires the Apps Script adapter, the clock, the
// user and the progress store to the application API. The workbook is opened lazily, on the first
// handler that needs it, never in onOpen (which runs in AuthMode.NONE, where
// SpreadsheetApp.getActiveSpreadsheet() is not allowed for an add-on).
import { createApi, type Api, type Env } from '../app/api';
import { FILES_TEXT } from '../core/text/files';
import { createAppsScriptWorkbook } from '../sheets/appsscript';
import { createAppsScriptFileStore } from '../sheets/files-appsscript';
import type { Workbook } from '../sheets/port';
import type { Progress } from './api';

export interface App {
  workbook(): Workbook;
  api(): Api;
  progress(): Progress | null;
}

const PROGRESS_KEY = 'shnor-progress';
const PROGRESS_SECONDS = 600;
const TIME_ZONE = 'Europe/Moscow';

/** An App that opens its workbook once, on first use; `env` supplies the rest of the environment. */
export function lazyApp(open: () => Workbook, env: Omit<Env, 'workbook'> = appsScriptEnv()): App {
  let opened: Workbook | null = null;
  let api: Api | null = null;
  const workbook = () => (opened ??= open());
  return {
    workbook,
    api: () => (api ??= createApi({ ...env, workbook })),
    progress: () => readProgress(),
  };
}

function appsScriptEnv(): Omit<Env, 'workbook'> {
  // `Drive` exists only when the project enables the advanced service (appsscript.json does).
  const files = createAppsScriptFileStore({
    app: () => SpreadsheetApp,
    drive: () => (typeof Drive === 'undefined' ? undefined : Drive),
    folderName: () => FILES_TEXT.folder(SpreadsheetApp.getActiveSpreadsheet().getName()),
  });
  return {
    files,
    openFile: (url) => files.open(url),
    now: () => Utilities.formatDate(new Date(), TIME_ZONE, 'yyyy-MM-dd HH:mm'),
    user: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || 'пользователь',
    sparkline: true,
    progress: (message) => {
      const p: Progress = { message, at: Utilities.formatDate(new Date(), TIME_ZONE, 'HH:mm:ss') };
      CacheService.getUserCache()?.put(PROGRESS_KEY, JSON.stringify(p), PROGRESS_SECONDS);
    },
  };
}

function readProgress(): Progress | null {
  const raw = CacheService.getUserCache()?.get(PROGRESS_KEY);
  return raw ? (JSON.parse(raw) as Progress) : null;
}

export const app: App = lazyApp(() => createAppsScriptWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
