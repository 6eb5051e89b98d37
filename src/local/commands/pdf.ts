// This file is `shnor-monitor pdf file.xlsx [--out folder]`: «Экспорт в PDF» on a file — `Свод` and
// `Справка` as one PDF made by headless LibreOffice, next to the workbook unless a folder is given.
import path from 'node:path';
import { exportReportPdf } from '../../app/export-pdf';
import type { CommandArgs } from '../args';
import { openLocalFileStore } from '../file-store';
import { openMonitoringFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { localRun } from '../run';
import { CLI } from '../text';

export async function pdfCommand(args: CommandArgs<'pdf'>, io: Io): Promise<number> {
  io.err(CLI.progressOpen(args.file));
  const workbook = await openMonitoringFile(args.file);
  const store = await openLocalFileStore(args.out ?? path.dirname(path.resolve(args.file)));
  const { url } = exportReportPdf(workbook, store, localRun());
  await store.flush();
  await saveWorkbookFile(workbook, args.file);
  io.out(CLI.pdfDone(url));
  return 0;
}
