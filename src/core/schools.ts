// This file defines the school registry entry (a row of the `Школы` tab) and the long-table
// data row that `Данные` stores: what every part of the product passes around.
import { z } from 'zod';
import type { FieldValue } from './fields';

export const SchoolCategory = z.enum(['ШНОР', 'ШНСУ', 'ШНОР+ШНСУ', 'наставник', 'другая']);
export type SchoolCategory = z.infer<typeof SchoolCategory>;

export const School = z.object({
  code: z.string().regex(/^[A-Za-z0-9А-Яа-яЁё_-]{1,20}$/, 'код школы: буквы, цифры, «-», «_», до 20 знаков'),
  name: z.string().min(1),
  fullName: z.string().optional(),
  category: SchoolCategory.default('другая'),
  cluster: z.string().optional(),
  email: z.string().email().optional(),
  /** ФИС ОКО logins (edu…, older sch…), for matching imported results. */
  logins: z.array(z.string()).default([]),
});
export type School = z.infer<typeof School>;

/** One stored value: the `Данные` long table. */
export interface DataRow {
  year: number;
  school: string;
  field: string;
  value: FieldValue;
  source: string;
  collectedAt: string;
  version: number;
}

/** All values of one school by year: data[school][year][field]. */
export type DataSet = Readonly<Record<string, Readonly<Record<number, Readonly<Record<string, FieldValue>>>>>>;
