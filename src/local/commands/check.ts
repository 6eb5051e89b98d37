// This file is `shnor-monitor check file.xlsx [--json]`: «Проверить сдачу» on a file — each school's
// status, filled share and the cells to fix; the statuses are written back to «Школы».
import { checkSubmissions } from '../../app/check';
import type { CommandArgs } from '../args';
import { openMonitoringFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { localRun } from '../run';
import { CLI } from '../text';

export async function checkCommand(args: CommandArgs<'check'>, io: Io): Promise<number> {
  io.err(CLI.progressOpen(args.file));
  const workbook = await openMonitoringFile(args.file);
  const result = checkSubmissions(workbook, localRun());
  io.err(CLI.progressSave(args.file));
  await saveWorkbookFile(workbook, args.file);
  if (args.json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const row of result.rows) {
    io.out(CLI.boardLine(row.school, row.name, row.status, row.filledPercent));
    for (const p of row.problems) io.out(CLI.problem(p.message));
  }
  io.out(result.summary);
  return 0;
}
