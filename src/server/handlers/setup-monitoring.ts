// This file handles «Новый мониторинг»: checks the wizard's options, then builds or completes the monitoring.
import type { SetupResult } from '../api';
import { app } from '../app';
import { parseArgs } from '../parse';
import { SetupOptionsSchema } from '../schemas';

export function setupMonitoring(input: unknown): SetupResult {
  return app.api().setupMonitoring(parseArgs(SetupOptionsSchema, input));
}
