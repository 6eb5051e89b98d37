// This file tests the draft of «Новый мониторинг»: a round trip through storage, a damaged or foreign
// value read as «no draft», and a storage that refuses access costing only the draft.
import { describe, expect, it } from 'vitest';
import { draftStore, parseDraft, type DraftStorage } from '../../src/ui/draft';
import type { SetupFormValues } from '../../src/ui/setup-form';

function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const VALUES: SetupFormValues = {
  presetId: 'tula-2022',
  municipality: 'город Тула',
  year: '2025',
  mode: 'files',
  schools: 'S01\tШкола «1»\nS02; Школа 2',
  coordinators: 'a@example.org',
};

describe('draftStore', () => {
  it('saves, loads and clears', () => {
    const storage = memory();
    const store = draftStore(() => storage);
    expect(store.load()).toBeNull();
    store.save(VALUES);
    expect(store.load()).toEqual(VALUES);
    store.clear();
    expect(store.load()).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('works without storage and when storage throws', () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const store of [
      draftStore(() => null),
      draftStore(() => refusing),
      draftStore(() => {
        throw new Error('denied');
      }),
    ]) {
      expect(() => store.save(VALUES)).not.toThrow();
      expect(store.load()).toBeNull();
      expect(() => store.clear()).not.toThrow();
    }
  });
});

describe('parseDraft', () => {
  it('reads only a complete draft', () => {
    expect(parseDraft(JSON.stringify(VALUES))).toEqual(VALUES);
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft('null')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...VALUES, mode: 'drive' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...VALUES, year: 2025 }))).toBeNull();
    const { schools: _schools, ...withoutSchools } = VALUES;
    expect(parseDraft(JSON.stringify(withoutSchools))).toBeNull();
  });
});
