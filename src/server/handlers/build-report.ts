// This file handles «Собрать отчёт»: validates the options, then (not built yet) collects, computes and
// writes Свод, Динамика and Справка.
import { notImplemented } from '../../core/text/errors';
import { PANELS } from '../../core/text/ui';
import type { BuildSummary } from '../api';
import { parseArgs } from '../parse';
import { BuildOptionsSchema } from '../schemas';

export function buildReport(input?: unknown): BuildSummary {
  parseArgs(BuildOptionsSchema, input);
  throw notImplemented(`«${PANELS.buildReport.title}»`);
}
