// This file is `shnor-monitor roadmaps file.xlsx`: «Дорожные карты» on a file — creates or merges the
// roadmap tabs of the flagged schools and of the municipality, keeping every edit, and saves.
import { generateRoadmaps } from '../../app/roadmaps';
import type { CommandArgs } from '../args';
import { openMonitoringFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { localRun } from '../run';
import { CLI } from '../text';

export async function roadmapsCommand(args: CommandArgs<'roadmaps'>, io: Io): Promise<number> {
  io.err(CLI.progressOpen(args.file));
  const workbook = await openMonitoringFile(args.file);
  const outcome = generateRoadmaps(workbook, localRun());
  io.err(CLI.progressSave(args.file));
  await saveWorkbookFile(workbook, args.file);
  for (const line of CLI.roadmapLines(outcome.created, outcome.merged)) io.out(line);
  for (const warning of outcome.warnings) io.err(CLI.warning(warning));
  return 0;
}
