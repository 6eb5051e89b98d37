// This file tests the built dist/Code.js where Node is absent: loaded into a vm context with Apps Script
// fakes, it must build the add-on menu in AuthMode.NONE, open the sidebar from dist/sidebar.html, answer
// unbuilt actions with the honest Russian NOT_IMPLEMENTED message, and expose nothing but the public names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { presetSummaries } from '../../src/core/presets';
import { createFakeSpreadsheetApp } from '../fakes/spreadsheet-app';
import { loadBundle } from '../harness/gas';

/** The public names, written out by hand: the allow-list the bundle must match exactly. */
const PUBLIC = [
  'applyImport',
  'buildReport',
  'checkSubmissions',
  'createSchoolFiles',
  'exportPdf',
  'generateRoadmaps',
  'getProgress',
  'getStatus',
  'listImportSheets',
  'listPresets',
  'menuBuildReport',
  'menuCheckSubmissions',
  'menuGenerateRoadmaps',
  'onInstall',
  'onOpen',
  'previewImport',
  'reviewSubmission',
  'selectCell',
  'setupMonitoring',
  'showSidebar',
];

const MENU_CAPTIONS = [
  'Открыть панель',
  'Новый мониторинг',
  'Проверить сдачу',
  'Собрать отчёт',
  'Дорожные карты',
  'Импорт результатов',
];

function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    // The error comes from the vm's realm, so `instanceof Error` would be false here.
    return String((error as { message?: unknown }).message);
  }
  throw new Error('expected the call to throw');
}

describe('dist/Code.js in an Apps Script-like vm', () => {
  it('runs without require, module, process or fetch', () => {
    const gas = loadBundle();
    const kinds = vm.runInContext(
      '[typeof require, typeof module, typeof process, typeof fetch, typeof exports].join()',
      gas.context,
    );
    expect(kinds).toBe('undefined,undefined,undefined,undefined,undefined');
  });

  it('defines exactly one top-level function per public name, and no other function', () => {
    const gas = loadBundle();
    const defined = gas.definedGlobals();
    const functions = defined.filter((name) => typeof gas.context[name] === 'function');
    expect(functions.sort()).toEqual(PUBLIC);
    // Besides the functions: our namespace, and zod's two registries (zod stores them on globalThis).
    expect(defined.filter((name) => !functions.includes(name)).sort()).toEqual([
      'ShnorApp',
      '__zod_globalConfig',
      '__zod_globalRegistry',
    ]);
    expect(Object.keys(gas.context.ShnorApp as object).sort()).toEqual(PUBLIC);
  });

  it('builds the add-on menu in AuthMode.NONE, touching no service that needs authorisation', () => {
    const gas = loadBundle({ authMode: 'NONE' });
    gas.call('onOpen', { authMode: 'NONE' });
    expect(gas.menus).toHaveLength(1);
    const [menu] = gas.menus;
    expect(menu?.title).toBeNull(); // createAddonMenu(): Sheets titles it with the add-on's name
    expect(menu?.items.map((i) => i.caption)).toEqual(MENU_CAPTIONS);
    for (const item of menu?.items ?? []) expect(typeof gas.context[item.functionName], item.caption).toBe('function');
    expect(gas.console).toEqual([]);
  });

  it('adds the same menu on install', () => {
    const gas = loadBundle({ authMode: 'NONE' });
    gas.call('onInstall', { authMode: 'NONE' });
    expect(gas.menus.map((m) => m.items.map((i) => i.caption))).toEqual([MENU_CAPTIONS]);
  });

  it('answers getStatus through the bundled Apps Script adapter, opening the spreadsheet only then', () => {
    const fake = createFakeSpreadsheetApp();
    fake.spreadsheet.insertSheet('Школы');
    const callsBefore = fake.calls();
    const gas = loadBundle({ globals: { SpreadsheetApp: fake.SpreadsheetApp } });
    expect(fake.calls()).toBe(callsBefore); // loading Code.js touches no spreadsheet
    const status = gas.call('getStatus') as { version: string; sheetNames: string[]; ready: object };
    expect(status.version).toBe('0.1.0');
    expect(status.sheetNames).toEqual(['Лист1', 'Школы']);
    expect(Object.keys(status.ready).sort()).toEqual([
      'buildReport',
      'checkSubmissions',
      'generateRoadmaps',
      'importResults',
      'setupMonitoring',
    ]);
  });

  it('lists the preset registry as plain JSON, without opening the spreadsheet', () => {
    const gas = loadBundle({ authMode: 'NONE' });
    const listed = JSON.parse(JSON.stringify(gas.call('listPresets'))) as ReturnType<typeof presetSummaries>;
    expect(listed).toEqual(presetSummaries());
    expect(listed.length).toBeGreaterThanOrEqual(4); // seeds 000, 001, 003, 004 at least
    for (const p of listed) {
      expect(p.years.from, p.id).toBeLessThanOrEqual(p.years.to);
      expect(p.indicators, p.id).toBeGreaterThan(0);
    }
  });

  it('opens the sidebar with the built sidebar.html and the title ШНОР-Монитор', () => {
    const gas = loadBundle();
    gas.call('showSidebar');
    expect(gas.sidebars).toHaveLength(1);
    expect(gas.sidebars[0]?.getTitle()).toBe('ШНОР-Монитор');
    expect(gas.sidebars[0]?.getContent()).toBe(readFileSync(path.join(gas.outdir, 'sidebar.html'), 'utf8'));
  });

  it('rejects bad sidebar arguments with a Russian message naming the argument', () => {
    const gas = loadBundle();
    const message = thrown(() =>
      gas.call('setupMonitoring', {
        presetId: 'p',
        municipality: 'М',
        year: '2025',
        mode: 'tabs',
        schools: [{ code: 'S1', name: 'Школа 1' }],
      }),
    );
    expect(message).toMatch(/^Проверьте введённые данные: год: .+ \[INVALID_INPUT\]$/);
  });

  it('reports a failing menu action in an alert without the code tag, and logs it', () => {
    // an empty spreadsheet: the report cannot find its config tabs
    const gas = loadBundle({ spreadsheet: { getSheetByName: () => null, getSheets: () => [], toast() {} } });
    gas.call('menuBuildReport');
    expect(gas.alerts).toEqual([
      {
        title: 'ШНОР-Монитор',
        prompt:
          'Проверьте введённые данные: Мониторинг ещё не настроен: нет листа «Настройки» или «Школы». Запустите «Новый мониторинг».',
      },
    ]);
    expect(gas.console.map((c) => c.level)).toEqual(['error']);
    expect(gas.toasts).toEqual([]);
  });
});
