// This file declares what a parser gets besides the grid: the sheet name (only a fallback for subject
// and grade, never for the report type) and the year the user chose (a fallback when the title has none).
import { z } from 'zod';

export const ParseOptions = z.object({
  sheetName: z.string().optional(),
  expectedYear: z.number().int().min(1990).max(2100).optional(),
  /** Municipality of the monitoring (Настройки); a report for another one is refused. */
  municipality: z.string().min(1).optional(),
});
export type ParseOptions = z.infer<typeof ParseOptions>;
