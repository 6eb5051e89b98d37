// This file checks the sidebar as a whole in Chromium: the five panels, honest «ещё в разработке» while
// an action is not built, the Russian error messages, server text shown as text (never markup), nothing
// overflowing 300 px, and no network request at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notImplemented } from '../../src/core/text/errors';
import { ALL_READY, chromiumAvailable, NOT_READY, SidebarBrowser } from './browser';
import { BOARD, PRESETS } from './fixtures';

describe.skipIf(!chromiumAvailable)('the sidebar in Chromium', () => {
  const browser = new SidebarBrowser();
  beforeAll(() => browser.start());
  afterAll(() => browser.stop());

  it('shows the five actions; unbuilt ones say so and cannot be clicked', async () => {
    const s = await browser.open({
      getStatus: () => ({ version: '0.1.0', sheetNames: ['Настройки'], ready: NOT_READY }),
      listPresets: () => {
        throw notImplemented('список программ мониторинга');
      },
    });
    await expect.poll(() => s.page.locator('.branding-below').textContent()).toBe('ШНОР-Монитор 0.1.0');
    expect(await s.page.locator('details.panel > summary').allTextContents()).toEqual([
      'Новый мониторинг',
      'Сдача данных',
      'Собрать отчёт',
      'Дорожные карты',
      'Импорт результатов',
    ]);
    for (const button of await s.page.locator('button.action').all()) expect(await button.isDisabled()).toBe(true);
    expect(await s.page.locator('details.panel .note:not([hidden])').count()).toBe(5);
    await expect
      .poll(() => s.panel('setupMonitoring').locator(':scope > .status').textContent())
      .toBe('Эта функция ещё в разработке: список программ мониторинга.');
    // Nothing asks the server for import tabs while import is not built.
    expect(s.calls.map((c) => c.name).sort()).toEqual(['getStatus', 'listPresets']);
    await s.shot('not-ready');
    expect(s.problems).toEqual([]);
    expect(s.requests).toEqual([]);
    await s.page.close();
  });

  it('explains the multi-account authorization failure and lets the user try anyway', async () => {
    const s = await browser.open({
      getStatus: () => {
        throw new Error('Authorization is required to perform that action.');
      },
      listPresets: () => PRESETS,
      listImportSheets: () => [],
    });
    const global = s.page.locator('main > ul.status');
    await expect.poll(() => global.textContent()).toContain('несколько аккаунтов Google');
    expect(await global.getAttribute('class')).toBe('status error');
    expect(await s.panel('buildReport').locator('button.action').isEnabled()).toBe(true);
    await s.page.close();
  });

  it('shows server text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="document.title=1">';
    const s = await browser.open({
      getStatus: () => ({ version: '0.1.0', sheetNames: [], ready: ALL_READY }),
      listPresets: () => [{ ...PRESETS[0], title: hostile, municipality: hostile }],
      listImportSheets: () => [hostile],
      checkSubmissions: () => ({
        summary: hostile,
        rows: [
          {
            ...BOARD.rows[1],
            name: hostile,
            problems: [{ message: hostile, sheet: hostile, cell: 'A1', severity: 'error' }],
          },
        ],
      }),
      previewImport: () => {
        throw new Error(hostile);
      },
    });
    const imports = s.panel('importResults');
    await expect.poll(() => imports.locator('select[name="sheet"] option').first().textContent()).toBe(hostile);
    await imports.locator('summary').click();
    await imports.locator('button.action').click();
    await expect
      .poll(() => imports.locator(':scope > .status').textContent())
      .toBe(`Непредвиденная ошибка: ${hostile}.`);
    const board = s.panel('checkSubmissions');
    await board.locator('summary').first().click();
    await board.locator('button.action').click();
    await expect.poll(() => board.locator('.board-summary').textContent()).toBe(hostile);
    await board.locator('details.school summary').click();
    expect(await board.locator('.problems button.link').textContent()).toBe(hostile);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(await s.page.title()).not.toBe('1');
    expect(s.requests).toEqual([]);
    await s.page.close();
  });

  it('fits 300 px with every panel open and long Russian names', async () => {
    const s = await browser.open({
      getStatus: () => ({ version: '0.1.0', sheetNames: [], ready: ALL_READY }),
      listPresets: () => PRESETS,
      listImportSheets: () => ['ВПР 2025', 'ЕГЭ по школам 2024–2025 (региональная таблица)'],
    });
    await expect.poll(() => s.panel('importResults').locator('select[name="sheet"] option').count()).toBe(2);
    for (const id of ['checkSubmissions', 'buildReport', 'generateRoadmaps', 'importResults'])
      await s.panel(id).locator('summary').first().click();
    await s.shot('all-panels');
    expect(await s.overflow()).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.page.close();
  });
});
