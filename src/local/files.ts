// This file opens and saves monitoring workbooks for local mode with the checks a user needs told
// plainly: the file exists, it is an .xlsx (a zip, not an old .xls or a CSV renamed), and for every
// command but init it is a monitoring workbook (has «Настройки» and «Школы»).
import { open, stat } from 'node:fs/promises';
import { TAB } from '../core/text/config';
import { openXlsxWorkbook, saveXlsxWorkbook, type XlsxWorkbook } from '../sheets/xlsx';
import { LocalError } from './errors';
import { FILES } from './text';

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every .xlsx is a zip archive

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function startsLikeZip(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(ZIP.length);
    const { bytesRead } = await file.read(head, 0, ZIP.length, 0);
    return bytesRead === ZIP.length && ZIP.every((b, i) => head[i] === b);
  } finally {
    await file.close();
  }
}

/** Any .xlsx workbook. */
export async function openWorkbookFile(path: string): Promise<XlsxWorkbook> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new LocalError(FILES.missing(path));
  if (!(await startsLikeZip(path))) throw new LocalError(FILES.notXlsx(path));
  try {
    return await openXlsxWorkbook(path);
  } catch {
    throw new LocalError(FILES.notXlsx(path));
  }
}

/** The sheet a monitoring workbook lacks, or null when it has the config tabs every action reads. */
export function missingConfigTab(wb: XlsxWorkbook): string | null {
  return [TAB.settings, TAB.schools].find((name) => wb.sheet(name) === null) ?? null;
}

/** A workbook made by init or demo. */
export async function openMonitoringFile(path: string): Promise<XlsxWorkbook> {
  const wb = await openWorkbookFile(path);
  const missing = missingConfigTab(wb);
  if (missing) throw new LocalError(FILES.notMonitoring(path, missing));
  return wb;
}

export async function saveWorkbookFile(wb: XlsxWorkbook, path: string): Promise<void> {
  try {
    await saveXlsxWorkbook(wb, path);
  } catch (e) {
    throw new LocalError((e as Error).message);
  }
}
