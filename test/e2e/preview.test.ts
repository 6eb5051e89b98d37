// This file drives the local preview in Debian's Chromium (playwright-core, never a downloaded browser)
// the way a coordinator would, on a fresh workbook: the wizard creates a monitoring; a school's data is
// typed into the rendered template (double-click a cell, type, Enter: the preview's own editing, saved
// to the .xlsx); «Проверить сдачу» shows the planted error with its cell; «Собрать отчёт» colours the
// flagged `Свод` cells; «Дорожные карты» adds the roadmap tabs. Each step leaves a screenshot in
// test-results/e2e/. Without Chromium the suite fails and says how to install it — it never skips.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPreset } from '../../src/core/presets';
import { buildTemplateLayout } from '../../src/core/template/layout';
import { toA1 } from '../../src/core/a1';
import { readAssets } from '../../src/local/commands/preview';
import { localFunctions } from '../../src/local/preview/functions';
import { startPreview, type Preview } from '../../src/local/preview/server';
import { createXlsxWorkbook, openXlsxWorkbook } from '../../src/sheets/xlsx';
import { buildLocalOnce, ROOT } from '../local/built';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SHOTS = path.join(ROOT, 'test-results/e2e');
const RED = 'rgb(244, 199, 195)'; // COLOR.red #f4c7c3

/** Where the bogotol-2022 template keeps each field (what «Поля» publishes). */
const program = findPreset('bogotol-2022');
if (!program) throw new Error('bogotol-2022 preset missing');
const layout = buildTemplateLayout(program, { schoolName: 'ООШ д. Ключи', schoolCode: 'Ш02', year: 2024 });
const cellOf = (field: string): string => {
  const input = layout.inputs.find((i) => i.field.code === field);
  if (!input) throw new Error(`no field ${field}`);
  return toA1(input.row, input.col);
};
const STATUS_CELL = toA1(layout.status.row, layout.status.col);

let preview: Preview;
let context: BrowserContext;
let page: Page;
let sidebar: FrameLocator;
let file: string;
const problems: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Нет Chromium (${CHROMIUM}): установите его — apt-get install -y --no-install-recommends chromium fonts-dejavu-core — или укажите CHROMIUM_PATH.`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  const assets = await readAssets(buildLocalOnce());
  file = path.join(mkdtempSync(path.join(tmpdir(), 'shnor-e2e-')), 'мониторинг.xlsx');
  const workbook = createXlsxWorkbook();
  const functions = localFunctions(workbook);
  preview = await startPreview({ file, workbook, assets, functions: functions.table, wrote: functions.wrote, port: 0 });
  context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'shnor-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
  });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(preview.url)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(preview.url);
  sidebar = page.frameLocator('#sidebar');
});

afterAll(async () => {
  await context?.close();
  await preview?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const panel = (id: string) => sidebar.locator(`details[data-action="${id}"]`);
const tab = (name: string) => page.locator('#tabs button', { hasText: new RegExp(`^${name}$`) });
const td = (cell: string) => page.locator(`#grid td[data-cell="${cell}"]`);

/** Clicks the action's button in its panel and waits for the server's answer and the panel to settle. */
async function run(action: string, rpc: string = action): Promise<string> {
  const p = panel(action);
  if ((await p.getAttribute('open')) === null) await p.locator('summary').first().click();
  const button = p.locator('button.action').first();
  await expect.poll(() => button.isEnabled()).toBe(true);
  const answered = page.waitForResponse((r) => r.url().endsWith(`/rpc/${rpc}`), { timeout: 30_000 });
  await button.click();
  expect((await answered).status()).toBe(200);
  await expect.poll(() => button.isEnabled()).toBe(true);
  return p.innerText();
}

async function type(cell: string, text: string): Promise<void> {
  await td(cell).dblclick();
  const input = td(cell).locator('input');
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => td(cell).innerText()).toBe(text);
}

describe('the local preview in Chromium', () => {
  it('shows the sidebar in a 300 px panel beside an empty workbook', async () => {
    await expect.poll(() => page.locator('#grid').innerText()).toContain('В книге ещё нет листов');
    const box = await page.locator('#sidebar').boundingBox();
    expect(box?.width).toBe(300);
    await expect
      .poll(() => panel('setupMonitoring').locator('select[name="preset"] option[value="bogotol-2022"]').count())
      .toBe(1);
    await shot('01-start');
  });

  it('the wizard creates a monitoring', async () => {
    const p = panel('setupMonitoring');
    await p.locator('select[name="preset"]').selectOption('bogotol-2022');
    await p.locator('input[name="municipality"]').fill('Тестовый район');
    await p.locator('input[name="year"]').fill('2024');
    await p.locator('textarea[name="schools"]').fill('Ш01; СОШ № 1; другая\nШ02; ООШ д. Ключи; ШНСУ');
    const status = await run('setupMonitoring');
    expect(status).toMatch(/создано/i);
    await expect.poll(() => tab('Школа Ш02').count()).toBe(1);
    await expect.poll(() => tab('Школы').count()).toBe(1);
    await shot('02-setup');
  });

  it('a school’s data is typed into its template, with one planted error', async () => {
    await tab('Школа Ш02').click();
    await expect.poll(() => td('A1').innerText()).toContain('Форма школы');
    // С1 40 of 100 = 40 % > 30 %, С2 15 of 100 = 15 % > 10 %, С3 50 of 100 = 50 % > 30 %: three criteria → ШНСУ
    await type(cellOf('pupils.total'), '100');
    await type(cellOf('pupils.incomplete_family'), '40');
    await type(cellOf('pupils.unemployed_parents'), '15');
    await type(cellOf('pupils.no_higher_ed_parents'), '50');
    await type(cellOf('pupils.registered'), 'много'); // text in a number cell
    await td(STATUS_CELL).dblclick();
    await td(STATUS_CELL).locator('select').selectOption('сдано');
    await expect.poll(() => td(STATUS_CELL).innerText()).toBe('сдано');
    await shot('03-entered');
    const saved = await openXlsxWorkbook(file);
    expect(saved.sheet('Школа Ш02')?.read(cellOf('pupils.total'))).toEqual([[100]]);
  });

  it('«Проверить сдачу» shows the planted error with its cell, and the link selects it', async () => {
    await run('checkSubmissions');
    const school = panel('checkSubmissions').locator('details.school[data-school="Ш02"]');
    await school.locator('summary').click();
    const cell = cellOf('pupils.registered');
    const link = school.locator(`button.link[title="Школа Ш02!${cell}"]`);
    await expect.poll(() => link.innerText()).toContain('«много» — не число');
    expect(await link.innerText()).toContain(`'Школа Ш02'!${cell}`);
    await link.scrollIntoViewIfNeeded();
    await shot('04-check');
    await tab('Школы').click();
    await link.click();
    // the preview follows the selection: the template's tab, the cell outlined
    await expect.poll(() => tab('Школа Ш02').getAttribute('aria-selected')).toBe('true');
    await expect.poll(async () => (await td(cell).getAttribute('class')) ?? '').toContain('target');
    await shot('04b-selected');
  });

  it('«Собрать отчёт» produces highlighted `Свод` cells', async () => {
    await run('buildReport');
    await expect.poll(() => panel('buildReport').innerText()).toMatch(/Прочитано форм: 2 из 2/);
    await tab('Свод').click();
    await expect.poll(() => td('A1').innerText()).toBe('school');
    const codes = await page.locator('#grid tbody tr').first().locator('td').allInnerTexts();
    const column = codes.indexOf('rule.ШНСУ');
    expect(column).toBeGreaterThan(0);
    const row = page.locator('#grid tbody tr', { has: page.locator('td[data-cell^="A"]', { hasText: /^Ш02$/ }) });
    const cell = row.locator('td').nth(column);
    expect(await cell.innerText()).toBe('Да');
    expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(RED);
    const other = page
      .locator('#grid tbody tr', { has: page.locator('td[data-cell^="A"]', { hasText: /^Ш01$/ }) })
      .locator('td')
      .nth(column);
    expect(await other.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(RED);
    await cell.scrollIntoViewIfNeeded();
    await shot('05-report');
  });

  it('roadmaps appear', async () => {
    await run('generateRoadmaps');
    await expect.poll(() => tab('ДК Ш02').count()).toBe(1);
    await expect.poll(() => tab('ДК Муниципалитет').count()).toBe(1);
    await tab('ДК Ш02').click();
    await expect.poll(() => td('A1').innerText()).toContain('Дорожная карта');
    await shot('06-roadmaps');
    const saved = await openXlsxWorkbook(file);
    expect(saved.sheetNames()).toEqual(expect.arrayContaining(['Свод', 'ДК Ш02', 'ДК Муниципалитет']));
  });

  it('made no request outside the preview and logged no error', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
