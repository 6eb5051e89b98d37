// This file is `shnor-monitor init`: a monitoring workbook with the preset's config tabs and a template
// per school of the CSV list. Run on an existing monitoring workbook it adds what is missing and
// keeps entered data (setupMonitoring is safe to re-run); any other existing file is left alone.
import { readFile } from 'node:fs/promises';
import { setupMonitoring } from '../../app/setup';
import { findPreset, presets } from '../../core/presets';
import { createXlsxWorkbook } from '../../sheets/xlsx';
import type { CommandArgs } from '../args';
import { parseSchoolsCsv } from '../csv';
import { LocalError } from '../errors';
import { exists, missingConfigTab, openWorkbookFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { CLI, FILES } from '../text';

export async function initCommand(args: CommandArgs<'init'>, io: Io): Promise<number> {
  const program = findPreset(args.preset);
  if (!program)
    throw new LocalError(
      CLI.unknownPreset(
        args.preset,
        presets().map((p) => p.id),
      ),
    );
  const csv = await readFile(args.schools, 'utf8').catch(() => {
    throw new LocalError(FILES.missing(args.schools));
  });
  const schools = parseSchoolsCsv(csv, args.schools);

  const update = await exists(args.out);
  const workbook = update ? await openWorkbookFile(args.out) : createXlsxWorkbook();
  if (update && missingConfigTab(workbook) !== null && workbook.sheetNames().length > 0)
    throw new LocalError(FILES.outExists(args.out));
  const report = setupMonitoring(workbook, program, {
    presetId: program.id,
    municipality: args.municipality ?? program.municipality,
    year: args.year,
    mode: 'tabs',
    schools,
  });
  io.err(CLI.progressSave(args.out));
  await saveWorkbookFile(workbook, args.out);
  for (const line of CLI.setupLines(report.created, report.updated)) io.out(line);
  for (const warning of report.warnings) io.err(CLI.warning(warning));
  io.out(update ? CLI.initUpdated(args.out) : CLI.created(args.out));
  return 0;
}
