// This file holds the zod schemas of the actions' arguments, checked by createApi for the server and local mode alike.
import { z } from 'zod';
import { DECISIONS } from '../core/config/schools-tab';
import { School } from '../core/schools';
import type { SetupInput } from './setup';

const Year = z.number().int().min(2000).max(2100);

/** Stricter than the app's SetupInput: the sidebar's list is refused with every bad line named. */
export const SetupOptionsSchema = z.object({
  presetId: z.string().min(1),
  municipality: z.string().trim().min(1),
  year: Year,
  mode: z.enum(['tabs', 'files']),
  schools: z.array(School.pick({ code: true, name: true, category: true, email: true, cluster: true })).default([]),
  coordinators: z.array(z.string().email()).default([]),
}) satisfies z.ZodType<SetupInput>;

export const BuildOptionsSchema = z
  .object({ year: Year.optional() })
  .optional()
  .transform((o) => o ?? {}) satisfies z.ZodType<{ year?: number }>;

export const ReviewSchema = z.object({
  school: z.string().min(1),
  decision: z.enum(DECISIONS).nullable(),
  comment: z.string().max(1000),
});

export const SelectCellSchema = z.object({
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/),
});
