// This file answers the sidebar's first call: version, the tabs it may offer, and which actions are built.
import type { App } from '../app';
import type { Status } from '../api';
import { READY } from '../ready';
import { VERSION } from '../version';

export function getStatus(app: App): Status {
  return { version: VERSION, sheetNames: app.workbook().sheetNames(), ready: { ...READY } };
}
