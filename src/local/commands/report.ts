// This file is `shnor-monitor report file.xlsx [--json] [--year YYYY]`: «Собрать отчёт» on a file —
// collects the school tabs, rebuilds «Свод», «Динамика», «Справка» and saves. With --json it prints
// the computed results for other programs: every school's and the municipal indicator values, rule
// verdicts with their explanations, flags, and the input problems with their cells.
import { buildReport, type BuildOutcome } from '../../app/report';
import { roadmapProgressHook } from '../../app/roadmaps';
import type { CommandArgs } from '../args';
import { openMonitoringFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { localRun } from '../run';
import { CLI } from '../text';

/** What `report --json` prints. */
export interface ReportJson {
  file: string;
  summary: BuildOutcome['summary'];
  result: BuildOutcome['result'];
  problems: BuildOutcome['problems'];
  configErrors: string[];
}

export async function reportCommand(args: CommandArgs<'report'>, io: Io): Promise<number> {
  io.err(CLI.progressOpen(args.file));
  const workbook = await openMonitoringFile(args.file);
  const run = localRun();
  const roadmapProgress = roadmapProgressHook(run.now.slice(0, 10));
  const outcome = buildReport(
    workbook,
    { ...run, sparkline: false, roadmapProgress, onProgress: io.err },
    args.year === undefined ? {} : { year: args.year },
  );
  io.err(CLI.progressSave(args.file));
  await saveWorkbookFile(workbook, args.file);
  if (args.json) {
    const json: ReportJson = {
      file: args.file,
      summary: outcome.summary,
      result: outcome.result,
      problems: outcome.problems,
      configErrors: outcome.configErrors,
    };
    io.out(JSON.stringify(json, null, 2));
    io.err(outcome.summary.text);
    return 0;
  }
  io.out(outcome.summary.text);
  for (const e of outcome.configErrors) io.out(CLI.configError(e));
  for (const p of outcome.problems.filter((x) => x.severity === 'error')) io.out(CLI.problem(p.message));
  io.out(CLI.saved(args.file));
  return 0;
}
