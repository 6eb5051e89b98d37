// This file tests the logic of «Импорт результатов»: unmatched rows grouped by their mapping key, the
// schools offered for each (similar first, no repeats), and the applyImport payload built from the
// previewed source and the user's choices, as it reaches the server through google.script.run.
import { describe, expect, it } from 'vitest';
import type { ServerApi } from '../../src/server/api';
import { createClient } from '../../src/ui/client';
import {
  applyRequest,
  chosenMapping,
  groupUnmatched,
  schoolChoices,
  type Resolution,
} from '../../src/ui/import-choices';
import { OUTCOME, PREVIEW } from './fixtures';
import { createScriptRunDouble } from './script-run-double';

describe('groupUnmatched', () => {
  it('makes one choice of rows sharing a key, keeping every line and each candidate once', () => {
    const groups = groupUnmatched([
      ...PREVIEW.unmatched,
      {
        sheet: 'ВПР 2025',
        line: 30,
        name: 'МБОУ ЦО № 2',
        login: 'edu710002',
        key: 'login:edu710002',
        candidates: ['S06', 'S02'],
      },
    ]);
    expect(groups).toEqual([
      {
        key: 'login:edu710002',
        name: 'МБОУ ЦО № 2',
        login: 'edu710002',
        lines: [
          { sheet: 'ВПР 2025', line: 11 },
          { sheet: 'ВПР 2025', line: 21 },
          { sheet: 'ВПР 2025', line: 30 },
        ],
        candidates: ['S02', 'S06'],
      },
      {
        key: 'name:филиал мкоу оош вагино',
        name: 'Филиал МКОУ ООШ Вагино',
        lines: [{ sheet: 'ВПР 2025', line: 12 }],
        candidates: ['S03', 'S07'],
      },
    ]);
  });
});

describe('schoolChoices', () => {
  it('offers the candidates first in their order, then every other school, skipping unknown codes', () => {
    const [, vagino] = groupUnmatched(PREVIEW.unmatched);
    if (vagino === undefined) throw new Error('expected two groups');
    const { similar, others } = schoolChoices({ ...vagino, candidates: ['S07', 'S99', 'S03'] }, PREVIEW.schools);
    expect(similar.map((s) => s.code)).toEqual(['S07', 'S03']);
    expect(others.map((s) => s.code)).toEqual(['S01', 'S02', 'S04', 'S05', 'S06']);
  });
});

describe('chosenMapping', () => {
  it('carries the schools picked so far into a re-check, dropping «не импортировать», keeping earlier ones', () => {
    const previewed = { source: { sheetName: 'ВПР' }, mapping: { 'name:сош 9': 'S9' } };
    const mapping = new Map([
      ['login:edu1', 'S1'],
      ['login:edu2', ''],
    ]);
    expect(chosenMapping(previewed, { mapping, resolutions: new Map() })).toEqual({
      'name:сош 9': 'S9',
      'login:edu1': 'S1',
    });
    expect(chosenMapping(null, { mapping: new Map(), resolutions: new Map() })).toEqual({});
  });

  it('keeps the mapping a re-check was made with when applying', () => {
    const request = applyRequest({ source: { sheetName: 'ВПР' }, mapping: { 'name:сош 9': 'S9' } }, PREVIEW, {
      mapping: new Map(),
      resolutions: new Map(),
    });
    expect(request.mapping).toEqual({ 'name:сош 9': 'S9' });
  });
});

describe('applyRequest', () => {
  const previewed = { source: { sheetName: 'ВПР 2025' }, year: 2025 };

  it('sends the previewed source with the chosen schools and values only', () => {
    const mapping = new Map([
      ['login:edu710002', 'S02'],
      ['name:филиал мкоу оош вагино', ''], // «не импортировать»
    ]);
    const resolutions = new Map<string, Resolution>([
      ['S01|vpr.math.5.participants', 'imported'],
      ['S05|vpr.math.5.m2', 'existing'],
    ]);
    expect(applyRequest(previewed, PREVIEW, { mapping, resolutions })).toEqual({
      source: { sheetName: 'ВПР 2025' },
      year: 2025,
      mapping: { 'login:edu710002': 'S02' },
      resolutions: { 'S01|vpr.math.5.participants': 'imported', 'S05|vpr.math.5.m2': 'existing' },
    });
  });

  it('drops choices the preview did not ask for and schools not in the registry', () => {
    const mapping = new Map([
      ['login:edu799999', 'S01'],
      ['login:edu710002', 'S99'],
    ]);
    const resolutions = new Map<string, Resolution>([['S09|pupils.total', 'imported']]);
    expect(applyRequest({ source: { sheetName: 'ВПР 2025' } }, PREVIEW, { mapping, resolutions })).toEqual({
      source: { sheetName: 'ВПР 2025' },
      mapping: {},
      resolutions: {},
    });
  });

  it('reaches applyImport unchanged through google.script.run', async () => {
    const double = createScriptRunDouble({ applyImport: () => OUTCOME });
    const server = createClient<ServerApi>(() => double.run);
    const request = applyRequest(previewed, PREVIEW, {
      mapping: new Map([['login:edu710002', 'S02']]),
      resolutions: new Map<string, Resolution>([['S01|vpr.math.5.participants', 'imported']]),
    });
    await expect(server.applyImport(request)).resolves.toEqual(OUTCOME);
    expect(double.calls).toEqual([{ name: 'applyImport', args: [request] }]);
  });
});
