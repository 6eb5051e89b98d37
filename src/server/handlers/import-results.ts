// This file handles «Импорт результатов»: validates the options, then (not built yet) reads the chosen
// tab as a ФИС ОКО or regional table into Данные.
import { notImplemented } from '../../core/text/errors';
import { PANELS } from '../../core/text/ui';
import type { ImportResult } from '../api';
import { parseArgs } from '../parse';
import { ImportOptionsSchema } from '../schemas';

export function importResults(input: unknown): ImportResult {
  parseArgs(ImportOptionsSchema, input);
  throw notImplemented(`«${PANELS.importResults.title}»`);
}
