// This file handles «Новый мониторинг»: checks the wizard's options, then builds or completes the monitoring.
import type { Api, SetupResult } from '../api';
import { app } from '../app';

export function setupMonitoring(input: Parameters<Api['setupMonitoring']>[0]): SetupResult {
  return app.api().setupMonitoring(input);
}
