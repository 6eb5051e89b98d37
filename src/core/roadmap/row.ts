// This file defines a roadmap row as the generator, the merge and the tab reader share it: the cells
// of its columns as text, the stable row id (a measure id; null for a row the user added) and the
// stamp — a short hash of the value the generator last wrote into each cell it proposes, so a later
// generation can tell a cell the user changed (keep it) from one nobody touched (refresh it).
import { fnv1a64 } from '../fingerprint';
import { RM } from '../text/roadmap';

/** Cells the program's catalogue proposes for a generated row. */
export const CATALOGUE_FIELDS = [
  'direction',
  'text',
  'deadline',
  'responsible',
  'result',
  'indicator',
  'document',
] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** Cells the generator may write: the catalogue's, the control date (from the row's deadline) and the relevance mark. */
export const STAMPED_FIELDS = [...CATALOGUE_FIELDS, 'control', 'relevance'] as const;
export type StampedField = (typeof STAMPED_FIELDS)[number];

/** Cells only people fill. */
export const USER_FIELDS = ['link', 'status', 'curator', 'comment'] as const;

export type RowField = StampedField | (typeof USER_FIELDS)[number];

export interface RoadmapRow {
  /** Measure id (`tula-2022.m05`); null for a row the user added. */
  id: string | null;
  /** Cell texts; `control` is an ISO date "yyyy-mm-dd" or a text mark («срок не распознан — уточните»). */
  cells: Record<RowField, string>;
  /** Hash of the value the generator last wrote, per cell; missing when it never wrote one. */
  stamp: Partial<Record<StampedField, string>>;
}

export function emptyCells(): Record<RowField, string> {
  return {
    direction: '',
    text: '',
    deadline: '',
    responsible: '',
    result: '',
    indicator: '',
    document: '',
    control: '',
    relevance: '',
    link: '',
    status: '',
    curator: '',
    comment: '',
  };
}

/** 8 hex digits of FNV-1a: enough to notice an edit of one cell, short enough for a service column. */
export function cellHash(value: string): string {
  return fnv1a64(value).slice(0, 8);
}

const HASH = /^[0-9a-f]{8}$/;

/** «h1.h2.….h9» in STAMPED_FIELDS order, an empty slot where the generator wrote nothing. */
export function encodeStamp(stamp: RoadmapRow['stamp']): string {
  return STAMPED_FIELDS.map((f) => stamp[f] ?? '').join('.');
}

/** The stamp of a service cell; anything not written by encodeStamp gives no stamp at all. */
export function decodeStamp(text: string): RoadmapRow['stamp'] {
  const parts = text.split('.');
  if (parts.length !== STAMPED_FIELDS.length || !parts.every((p) => p === '' || HASH.test(p))) return {};
  const out: RoadmapRow['stamp'] = {};
  STAMPED_FIELDS.forEach((f, i) => {
    const p = parts[i] ?? '';
    if (p !== '') out[f] = p;
  });
  return out;
}

/** A relevance mark that takes the row out of the plan («не актуально: причина снята», or typed by hand). */
export function isRetired(relevance: string): boolean {
  return relevance.trim().toLowerCase().startsWith(RM.retiredPrefix);
}
