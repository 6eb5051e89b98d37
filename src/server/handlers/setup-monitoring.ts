// This file handles «Новый мониторинг»: validates the options, then (not built yet) creates the config
// tabs and school templates.
import { notImplemented } from '../../core/text/errors';
import { PANELS } from '../../core/text/ui';
import type { SetupResult } from '../api';
import { parseArgs } from '../parse';
import { SetupOptionsSchema } from '../schemas';

export function setupMonitoring(input: unknown): SetupResult {
  parseArgs(SetupOptionsSchema, input);
  throw notImplemented(`«${PANELS.setupMonitoring.title}»`);
}
