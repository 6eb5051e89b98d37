// This file is `shnor-monitor preview [file.xlsx] [--port N]` (what `npm start` runs): the local preview
// on 127.0.0.1. Without a file it builds a fresh demo workbook in the temporary directory; with a file
// that does not exist yet it starts from an empty workbook (create the monitoring in the sidebar's
// wizard) and saves there after the first change.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createXlsxWorkbook } from '../../sheets/xlsx';
import type { CommandArgs } from '../args';
import { LocalError } from '../errors';
import { exists, openWorkbookFile } from '../files';
import type { Io } from '../io';
import { localFunctions } from '../preview/functions';
import { startPreview, type Preview, type PreviewAssets } from '../preview/server';
import { CLI } from '../text';
import { writeDemo } from './demo';

const DEFAULT_PORT = 8080;

export async function readAssets(dir: string): Promise<PreviewAssets> {
  const read = (name: string) =>
    readFile(path.join(dir, name), 'utf8').catch(() => {
      throw new LocalError(CLI.notBuilt(path.join(dir, name)));
    });
  const [sidebarHtml, clientJs, bridgeJs] = await Promise.all([
    read('sidebar.html'),
    read('preview.js'),
    read('bridge.js'),
  ]);
  return { sidebarHtml, clientJs, bridgeJs };
}

/** Starts the preview; resolves once it listens (the server keeps the process alive). */
export async function openPreview(
  args: CommandArgs<'preview'>,
  io: Io,
  assetsDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Preview> {
  const assets = await readAssets(assetsDir);
  const file = args.file ?? (await writeDemo(path.join(tmpdir(), 'shnor-monitor'), io));
  const workbook = (await exists(file)) ? await openWorkbookFile(file) : createXlsxWorkbook();
  const functions = localFunctions(workbook);
  const envPort = env.PORT !== undefined && /^\d{1,5}$/.test(env.PORT) ? Number(env.PORT) : undefined;
  const asked = args.port ?? envPort ?? DEFAULT_PORT;
  const preview = await startPreview({
    file,
    workbook,
    assets,
    functions: functions.table,
    wrote: functions.wrote,
    port: asked,
  });
  if (preview.fellBack) io.err(CLI.portBusy(asked, preview.port));
  io.err(CLI.previewFile(path.resolve(file)));
  io.out(CLI.previewUrl(preview.url));
  return preview;
}

export async function previewCommand(args: CommandArgs<'preview'>, io: Io, assetsDir: string): Promise<number> {
  await openPreview(args, io, assetsDir);
  return 0;
}
