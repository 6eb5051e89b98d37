// This file holds the zod schemas of the sidebar's arguments; each is checked against its ServerApi type.
import { z } from 'zod';
import { School } from '../core/schools';
import type { BuildOptions, ImportOptions, SetupOptions } from './api';

const Year = z.number().int().min(2000).max(2100);

export const SetupOptionsSchema = z.object({
  presetId: z.string().min(1),
  municipality: z.string().trim().min(1),
  year: Year,
  mode: z.enum(['tabs', 'files']),
  schools: z.array(School.pick({ code: true, name: true, category: true, email: true, cluster: true })).min(1),
}) satisfies z.ZodType<SetupOptions>;

export const BuildOptionsSchema = z
  .object({ year: Year.optional() })
  .optional()
  .transform((o) => o ?? {}) satisfies z.ZodType<BuildOptions>;

export const ImportOptionsSchema = z.object({
  sheetName: z.string().min(1),
  year: Year.optional(),
}) satisfies z.ZodType<ImportOptions>;
