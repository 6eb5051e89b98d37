// This file is `shnor-monitor demo [--out dir]`: builds the demo municipality and saves it as one .xlsx.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CommandArgs } from '../args';
import { buildDemo } from '../demo/build';
import { LocalError } from '../errors';
import { saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { CLI, DEMO_TEXT, FILES } from '../text';

/** Builds the demo workbook into `dir` and returns its path. */
export async function writeDemo(dir: string, io: Io): Promise<string> {
  await mkdir(dir, { recursive: true }).catch(() => {
    throw new LocalError(FILES.badDir(dir));
  });
  const { workbook } = buildDemo(io.err);
  const file = path.join(dir, DEMO_TEXT.fileName);
  io.err(CLI.progressSave(file));
  await saveWorkbookFile(workbook, file);
  return file;
}

export async function demoCommand(args: CommandArgs<'demo'>, io: Io): Promise<number> {
  const file = await writeDemo(args.out ?? '.', io);
  io.out(CLI.created(file));
  return 0;
}
