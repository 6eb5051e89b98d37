// This file is «Экспорт в PDF»: the printable report, `Свод` and `Справка` in one PDF named after the
// municipality, the reporting year and the day, made by the file store (Drive in Apps Script,
// LibreOffice locally) from the tabs the last «Собрать отчёт» wrote. It logs the run and returns the link.
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { FILES_TEXT as F } from '../core/text/files';
import type { FileStore, Workbook } from '../sheets/port';
import type { RunContext } from './check';
import { loadContext } from './context';
import { appendLog } from './log';

/** The tabs of the printable report, in print order. */
const PDF_TABS = [TAB.summary, TAB.note] as const;

export function exportReportPdf(wb: Workbook, files: FileStore, run: RunContext): { url: string } {
  const started = Date.now();
  const callsBefore = wb.calls();
  const ctx = loadContext(wb, run.presets);
  const names = new Set(wb.sheetNames());
  const missing = PDF_TABS.find((t) => !names.has(t));
  if (missing) throw new AppError('INVALID_INPUT', F.noReport(missing));
  const title = F.pdfTitle(ctx.settings.municipality, ctx.settings.year, run.now.slice(0, 10));
  const { url } = files.exportPdf(wb, [...PDF_TABS], title);
  appendLog(wb, {
    at: run.now,
    user: run.user,
    action: F.logPdf,
    ms: Date.now() - started,
    schools: 0,
    errors: 0,
    callsBefore,
    summary: F.pdfSummary(url),
  });
  return { url };
}
