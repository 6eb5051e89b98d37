// This file opens the built sidebar.html in Chromium (Debian's, through playwright-core) with a
// google.script.run stand-in whose calls reach server functions defined here in Node across a JSON
// boundary. It checks what the user sees: the five panels, honest «ещё в разработке», the Russian error
// messages, a working action, server text shown as text (never markup), and no network request at all.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notImplemented } from '../../src/core/text/errors';
import type { SetupResult, Status } from '../../src/server/api';
import { buildOnce } from '../harness/gas';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Locally without Chromium the suite is skipped; in CI (.ci/run installs it) a missing browser fails.
const available = existsSync(CHROMIUM) || process.env.CI === 'true';

const SIDEBAR_URL = 'https://sidebar.invalid/';

type ServerTable = Record<string, (...args: unknown[]) => unknown>;

/** In the page: google.script.run over window.__server (exposed from Node), asynchronous, JSON-only. */
const RUN_STANDIN = `
  (() => {
    const runner = (h) => new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner({ ...h, ok: f });
        if (name === 'withFailureHandler') return (f) => runner({ ...h, fail: f });
        if (typeof name !== 'string' || name.endsWith('_')) return undefined;
        return (...args) => {
          window.__server(name, JSON.stringify(args)).then((answer) => {
            const { ok, value, message } = JSON.parse(answer);
            if (ok) h.ok && h.ok(value);
            else h.fail && h.fail(new Error(message));
          });
        };
      },
    });
    window.google = { script: { run: runner({}) } };
  })();
`;

const NOT_READY: Status['ready'] = {
  setupMonitoring: false,
  checkSubmissions: false,
  buildReport: false,
  generateRoadmaps: false,
  importResults: false,
};

describe.skipIf(!available)('the sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    html = readFileSync(path.join(buildOnce(), 'sidebar.html'), 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(server: ServerTable) {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.setDefaultTimeout(5000);
    const problems: string[] = [];
    const requests: string[] = [];
    const calls: { name: string; args: unknown[] }[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // The sidebar is served from one made-up address; any other request would mean it is not self-contained.
    await page.route('**/*', async (route) => {
      if (route.request().url() === SIDEBAR_URL) return route.fulfill({ body: html, contentType: 'text/html' });
      requests.push(route.request().url());
      return route.abort();
    });
    await page.exposeFunction('__server', (name: string, argsJson: string) => {
      const args = JSON.parse(argsJson) as unknown[];
      calls.push({ name, args });
      const fn = server[name];
      try {
        if (!fn) throw new Error(`Script function not found: ${name}`);
        return JSON.stringify({ ok: true, value: fn(...args) ?? null });
      } catch (error) {
        return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    });
    await page.addInitScript(RUN_STANDIN);
    await page.goto(SIDEBAR_URL);
    return { page, problems, requests, calls };
  }

  const panel = (page: Page, id: string) => page.locator(`details[data-action="${id}"]`);

  it('shows the five actions; unbuilt ones say so and cannot be clicked', async () => {
    const { page, problems, requests } = await open({
      getStatus: () => ({ version: '0.1.0', sheetNames: ['Настройки'], ready: NOT_READY }),
      listPresets: () => {
        throw notImplemented('список программ мониторинга');
      },
    });
    await expect.poll(() => page.locator('.branding-below').textContent()).toBe('ШНОР-Монитор 0.1.0');
    expect(await page.locator('details.panel > summary').allTextContents()).toEqual([
      'Новый мониторинг',
      'Сдача данных',
      'Собрать отчёт',
      'Дорожные карты',
      'Импорт результатов',
    ]);
    for (const button of await page.locator('button.action').all()) expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('details.panel .note:not([hidden])').count()).toBe(5);
    await expect
      .poll(() => panel(page, 'setupMonitoring').locator('.status').textContent())
      .toBe('Эта функция ещё в разработке: список программ мониторинга.');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('runs a built action: sends the parsed form, shows the summary, re-enables the button', async () => {
    const result: SetupResult = { created: ['Настройки', 'Школы'], updated: [], warnings: [] };
    const { page, calls, problems } = await open({
      getStatus: () => ({ version: '0.1.0', sheetNames: [], ready: { ...NOT_READY, setupMonitoring: true } }),
      listPresets: () => [
        {
          id: 'tula-2022',
          title: 'Тула',
          municipality: 'г. Тула',
          years: { from: 2022, to: 2024 },
          indicators: 1,
          rules: 1,
          measures: 1,
        },
      ],
      setupMonitoring: () => result,
    });
    const setup = panel(page, 'setupMonitoring');
    await expect.poll(() => setup.locator('button.action').isEnabled()).toBe(true);
    await setup.locator('input[name="municipality"]').fill('г. Тула');
    await setup.locator('input[name="year"]').fill('2025');
    await setup.locator('input[value="files"]').check();
    await setup.locator('textarea').fill('S1; Школа № 1; ШНОР\nS2;Лицей 2');
    await setup.locator('button.action').click();
    await expect.poll(() => setup.locator('.status').textContent()).toBe('Создано: Настройки, Школы.Обновлено: нет.');
    expect(await setup.locator('button.action').isEnabled()).toBe(true);
    expect(calls.find((c) => c.name === 'setupMonitoring')?.args).toEqual([
      {
        presetId: 'tula-2022',
        municipality: 'г. Тула',
        year: 2025,
        mode: 'files',
        schools: [
          { code: 'S1', name: 'Школа № 1', category: 'ШНОР' },
          { code: 'S2', name: 'Лицей 2' },
        ],
      },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks the form before calling the server', async () => {
    const { page, calls } = await open({
      getStatus: () => ({ version: '0.1.0', sheetNames: [], ready: { ...NOT_READY, setupMonitoring: true } }),
      listPresets: () => [],
    });
    const setup = panel(page, 'setupMonitoring');
    await expect.poll(() => setup.locator('button.action').isEnabled()).toBe(true);
    await setup.locator('input[name="year"]').fill('25');
    await setup.locator('textarea').fill('без кода');
    await setup.locator('button.action').click();
    expect(await setup.locator('.status li').allTextContents()).toEqual([
      'Год — четыре цифры, например 2025.',
      'Строка 1: «без кода» — нужны код и название через «;».',
    ]);
    expect(calls.map((c) => c.name).sort()).toEqual(['getStatus', 'listPresets']);
    await page.close();
  });

  it('explains the multi-account authorization failure and lets the user retry', async () => {
    const { page } = await open({
      getStatus: () => {
        throw new Error('Authorization is required to perform that action.');
      },
      listPresets: () => [],
    });
    const global = page.locator('main > ul.status');
    await expect.poll(() => global.textContent()).toContain('несколько аккаунтов Google');
    expect(await global.getAttribute('class')).toBe('status error');
    expect(await panel(page, 'buildReport').locator('button.action').isEnabled()).toBe(true);
    await page.close();
  });

  it('shows server text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="document.title=1">';
    const { page, requests } = await open({
      getStatus: () => ({ version: '0.1.0', sheetNames: [hostile], ready: { ...NOT_READY, importResults: true } }),
      listPresets: () => [],
      importResults: () => {
        throw new Error(hostile);
      },
    });
    const imports = panel(page, 'importResults');
    await expect.poll(() => imports.locator('option').first().textContent()).toBe(hostile);
    await imports.locator('summary').click();
    await imports.locator('button.action').click();
    await expect.poll(() => imports.locator('.status').textContent()).toBe(`Непредвиденная ошибка: ${hostile}.`);
    expect(await page.locator('img').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
