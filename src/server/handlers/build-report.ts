// This file handles «Собрать отчёт»: collects, computes and rebuilds Свод, Динамика and Справка.
import type { BuildView } from '../api';
import { app } from '../app';
import { parseArgs } from '../parse';
import { BuildOptionsSchema } from '../schemas';

export function buildReport(input?: unknown): BuildView {
  return app.api().buildReport(parseArgs(BuildOptionsSchema, input));
}
