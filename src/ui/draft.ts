// This file keeps the «Новый мониторинг» form as a draft in the browser's storage, so a long pasted list
// of schools survives a closed or reloaded sidebar. Storage may be missing or refuse access (a browser
// blocking third-party storage): then drafts are simply off. What is read back is checked field by field.
import type { Mode, SetupFormValues } from './setup-form';

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftStore {
  load(): SetupFormValues | null;
  save(values: SetupFormValues): void;
  clear(): void;
}

const DRAFT_KEY = 'shnor-monitor:setup-draft';

const TEXT_FIELDS = ['presetId', 'municipality', 'year', 'schools', 'coordinators'] as const;

function isMode(value: unknown): value is Mode {
  return value === 'tabs' || value === 'files';
}

/** The draft in `raw`, or null when it is not one (another version, damaged, edited by hand). */
export function parseDraft(raw: string | null): SetupFormValues | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (!isMode(record.mode)) return null;
  const texts: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const name of TEXT_FIELDS) {
    const value = record[name];
    if (typeof value !== 'string') return null;
    texts[name] = value;
  }
  return {
    presetId: texts.presetId ?? '',
    municipality: texts.municipality ?? '',
    year: texts.year ?? '',
    schools: texts.schools ?? '',
    coordinators: texts.coordinators ?? '',
    mode: record.mode,
  };
}

/** A store over `storage()`; every access is guarded, a failing storage only loses the draft. */
export function draftStore(storage: () => DraftStorage | null, key = DRAFT_KEY): DraftStore {
  const attempt = <T>(fn: (s: DraftStorage) => T, fallback: T): T => {
    try {
      const s = storage();
      return s === null ? fallback : fn(s);
    } catch {
      return fallback;
    }
  };
  return {
    load: () => attempt((s) => parseDraft(s.getItem(key)), null),
    save: (values) => attempt((s) => s.setItem(key, JSON.stringify(values)), undefined),
    clear: () => attempt((s) => s.removeItem(key), undefined),
  };
}
