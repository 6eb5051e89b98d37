// This file is local mode's composition root: the sidebar's server functions over an .xlsx workbook.
// The actions are the application API (createApi, the same code Apps Script runs) with the local
// clock and user; getStatus is the server's own handler over a local App; getProgress answers the
// last progress message. `wrote()` tells the preview server to save the file after a call.
import { createApi, type Env } from '../../app/api';
import type { Progress, ServerApi } from '../../server/api';
import type { App } from '../../server/app';
import { getStatus } from '../../server/handlers/get-status';
import type { XlsxWorkbook } from '../../sheets/xlsx';
import { localNow, localUser } from '../clock';
import type { RpcFunction, RpcTable } from './rpc';

export interface LocalFunctions {
  table: RpcTable;
  /** Whether anything wrote since the last call of wrote(). */
  wrote(): boolean;
}

export function localFunctions(
  workbook: XlsxWorkbook,
  clock: { now(): string; user(): string } = { now: localNow, user: localUser },
): LocalFunctions {
  let dirty = false;
  let progress: Progress | null = null;
  const env: Env = {
    workbook: () => workbook,
    now: clock.now,
    user: clock.user,
    sparkline: false,
    afterWrite: () => {
      dirty = true;
    },
    progress: (message) => {
      progress = { message, at: clock.now().slice(11) };
    },
  };
  const api = createApi(env);
  const app: App = { workbook: env.workbook, api: () => api, progress: () => progress };
  // Typed as the sidebar's contract, so a function the sidebar may call cannot be missing here.
  const server: ServerApi = { ...api, getStatus: () => getStatus(app), getProgress: () => progress };
  const table: RpcTable = Object.fromEntries(
    Object.entries(server).filter((e): e is [string, RpcFunction] => typeof e[1] === 'function'),
  );
  return {
    table,
    wrote: () => {
      const was = dirty;
      dirty = false;
      return was;
    },
  };
}
