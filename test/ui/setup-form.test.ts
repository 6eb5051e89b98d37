// This file tests the logic of «Новый мониторинг»: the options sent to setupMonitoring (and that they cross
// the google.script.run boundary unchanged), every problem listed before sending, coordinators' addresses,
// the municipality pre-filled from the preset unless the user typed one, and the note on the year.
import { describe, expect, it } from 'vitest';
import type { PresetSummary, ServerApi } from '../../src/server/api';
import { createClient } from '../../src/ui/client';
import {
  nextMunicipality,
  parseCoordinators,
  setupRequest,
  yearNote,
  type SetupFormValues,
} from '../../src/ui/setup-form';
import { readYear } from '../../src/ui/year';
import { PRESETS, SETUP_RESULT } from './fixtures';
import { createScriptRunDouble } from './script-run-double';

const [TULA, BOGOTOL] = PRESETS as [PresetSummary, PresetSummary];

const form = (values: Partial<SetupFormValues> = {}): SetupFormValues => ({
  presetId: 'tula-2022',
  municipality: ' город Тула ',
  year: '2024',
  mode: 'tabs',
  schools: 'S01; Школа 1; ШНОР',
  coordinators: '',
  ...values,
});

describe('setupRequest', () => {
  it('builds the options; coordinators only when given', () => {
    expect(setupRequest(form())).toEqual({
      ok: true,
      options: {
        presetId: 'tula-2022',
        municipality: 'город Тула',
        year: 2024,
        mode: 'tabs',
        schools: [{ code: 'S01', name: 'Школа 1', category: 'ШНОР' }],
      },
    });
    const withCoordinators = setupRequest(
      form({ mode: 'files', coordinators: 'a@example.org;\nb@example.org, a@example.org' }),
    );
    expect(withCoordinators.ok && withCoordinators.options.coordinators).toEqual(['a@example.org', 'b@example.org']);
    expect(withCoordinators.ok && withCoordinators.options.mode).toBe('files');
  });

  it('lists every problem at once and sends nothing', () => {
    expect(
      setupRequest(form({ presetId: '', municipality: '  ', year: '24', schools: 'S1', coordinators: 'нет' })),
    ).toEqual({
      ok: false,
      problems: [
        'Выберите программу мониторинга.',
        'Укажите муниципалитет.',
        'Год — четыре цифры, например 2025.',
        'Строка 1: «S1» — нужны код и название через «;» или табуляцию.',
        'Эл. почта координатора «нет» — не адрес эл. почты.',
      ],
    });
    expect(setupRequest(form({ year: '' }))).toEqual({ ok: false, problems: ['Укажите отчётный год, например 2025.'] });
  });

  it('reaches the server as built (a JSON-legal payload)', async () => {
    const double = createScriptRunDouble({ setupMonitoring: () => SETUP_RESULT });
    const server = createClient<ServerApi>(() => double.run);
    const request = setupRequest(form({ coordinators: 'metod@example.org' }));
    if (!request.ok) throw new Error('expected a request');
    await expect(server.setupMonitoring(request.options)).resolves.toEqual(SETUP_RESULT);
    expect(double.calls).toEqual([{ name: 'setupMonitoring', args: [request.options] }]);
  });
});

describe('parseCoordinators', () => {
  it('splits on commas, semicolons, spaces and lines, keeps each address once, names the bad ones', () => {
    expect(parseCoordinators(' a@example.org,b@example.org\n\nb@example.org; c@ ')).toEqual({
      emails: ['a@example.org', 'b@example.org'],
      problems: ['Эл. почта координатора «c@» — не адрес эл. почты.'],
    });
    expect(parseCoordinators('')).toEqual({ emails: [], problems: [] });
  });
});

describe('nextMunicipality', () => {
  it('fills an empty box and follows the preset while the user has not typed their own', () => {
    expect(nextMunicipality('', undefined, TULA)).toBe('город Тула');
    expect(nextMunicipality('город Тула', TULA, BOGOTOL)).toBe('Боготольский район');
  });

  it('keeps what the user typed', () => {
    expect(nextMunicipality('Тульская обл., г. Тула', TULA, BOGOTOL)).toBe('Тульская обл., г. Тула');
    // A restored draft: the box holds the user's text before any preset was shown.
    expect(nextMunicipality('Боготольский муниципальный округ', undefined, BOGOTOL)).toBe(
      'Боготольский муниципальный округ',
    );
  });
});

describe('yearNote and readYear', () => {
  it('warns outside the preset years, inclusive bounds (2022–2025)', () => {
    expect(yearNote('2021', BOGOTOL)).toBe(
      'Год вне срока программы (2022–2025): целевые значения на этот год могут быть не заданы.',
    );
    expect(yearNote('2022', BOGOTOL)).toBeNull();
    expect(yearNote('2025', BOGOTOL)).toBeNull();
    expect(yearNote('2026', BOGOTOL)).not.toBeNull();
    expect(yearNote('20', BOGOTOL)).toBeNull();
    expect(yearNote('2021', undefined)).toBeNull();
  });

  it('reads four digits, an empty box as «not given», and refuses anything else', () => {
    expect(readYear(' 2025 ')).toEqual({ ok: true, year: 2025 });
    expect(readYear('')).toEqual({ ok: true, year: null });
    for (const bad of ['25', '2025 г.', '20 25', '2025.0', '-2025'])
      expect(readYear(bad)).toEqual({ ok: false, message: 'Год — четыре цифры, например 2025.' });
  });
});
