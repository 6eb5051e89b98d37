// This file runs the built sidebar in Chromium against the real application API (local mode's server
// functions over the demo workbook, the same createApi Apps Script runs), so the panels meet real
// answers and the real argument checks: the board with the demo's planted errors and a review, a report
// build, roadmaps, and an import of a pasted ВПР report whose payloads the server's strict schemas accept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/local/demo/build';
import { localFunctions } from '../../src/local/preview/functions';
import { readDataTab } from '../../src/core/store/data';
import { TAB } from '../../src/core/text/config';
import { marksReport } from '../core/import/fixtures';
import { chromiumAvailable, SidebarBrowser } from './browser';

const clock = { now: () => '2024-06-10 12:00', user: () => 'uo@example.org' };

describe.skipIf(!chromiumAvailable)('the sidebar against the real API on the demo workbook', () => {
  const browser = new SidebarBrowser();
  beforeAll(() => browser.start());
  afterAll(() => browser.stop());

  it('board, review, report and roadmaps', async () => {
    const { workbook } = buildDemo();
    const { table } = localFunctions(workbook, clock);
    const s = await browser.open(table);
    const board = s.panel('checkSubmissions');
    await board.locator('summary').first().click();
    await expect.poll(() => board.locator('button.action').isEnabled()).toBe(true);
    await board.locator('button.action').click();
    await expect.poll(() => board.locator('details.school').count(), { timeout: 15_000 }).toBe(13);
    await board.locator('input[name="onlyErrors"]').check();
    const withErrors = board.locator('details.school');
    expect(await withErrors.count()).toBeGreaterThan(0);
    await withErrors.first().locator('summary').click();
    const links = withErrors.first().locator('.problems button.link');
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    await s.shot('real-board', board);
    await board.locator('input[name="onlyErrors"]').uncheck();

    const submitted = board.locator('details.school', { has: s.page.locator('.meta .chip', { hasText: /^сдано$/ }) });
    const school = await submitted.first().getAttribute('data-school');
    await submitted.first().locator('summary').click();
    await submitted.first().locator('button.create').click();
    const reviewed = board.locator(`details.school[data-school="${school}"]`);
    await expect.poll(() => reviewed.locator('.meta .chip').textContent(), { timeout: 15_000 }).toBe('принято');

    const report = s.panel('buildReport');
    await report.locator('summary').click();
    await report.locator('button.action').click();
    await expect.poll(() => report.locator('.stat').count(), { timeout: 30_000 }).toBe(6);
    expect(await report.locator(':scope > .status').getAttribute('class')).toBe('status done');
    await s.shot('real-report', report);

    const roadmaps = s.panel('generateRoadmaps');
    await roadmaps.locator('summary').click();
    await roadmaps.locator('button.action').click();
    await expect
      .poll(() => roadmaps.locator(':scope > .status').textContent(), { timeout: 30_000 })
      .toMatch(/^Готово: создано \d+, дополнено \d+\.$/);
    await s.shot('real-roadmaps', roadmaps);

    expect(await s.overflow()).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.page.close();
  });

  it('import: the real preview, a mapping for an unknown row, and an apply the server accepts', async () => {
    const { workbook } = buildDemo();
    const grid = marksReport(
      [
        ['Вся выборка', 35000, 1700000, 5.1, 33, 44.2, 17.7],
        ['Демонстрационный район(reg99_m001)', 2, 50, 20, 40, 30, 10],
        ['МБОУ «СОШ № 1 п. Северный»(edu990001)', null, 30, 20, 40, 30, 10],
        ['МБОУ «Школа без названия в реестре»(edu990099)', null, 20, 20, 40, 30, 10],
      ],
      'ВПР 2024 Математика 5 класс',
      'Математика',
    );
    const tab = workbook.addSheet('ВПР 2024');
    const width = Math.max(...grid.map((r) => r.length));
    tab.write(
      'A1',
      grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    );
    const before = readDataTab(workbook.sheet(TAB.data)?.read() ?? []).rows.length;
    const { table } = localFunctions(workbook, clock);
    const s = await browser.open(table);
    const panel = s.panel('importResults');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('select[name="sheet"] option').allTextContents()).toContain('ВПР 2024');
    await panel.locator('select[name="sheet"]').selectOption('ВПР 2024');
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('.preview').textContent(), { timeout: 15_000 }).not.toBe('');
    await s.shot('real-import-preview', panel);
    // Ш01 matches by name; the school missing from `Школы` is mapped by hand to Ш05.
    expect(await panel.locator('.preview .card').textContent()).toContain('Новых значений: 5');
    await panel.locator('.map-row select').selectOption('Ш05');
    await panel.locator('button.create').click();
    await expect
      .poll(() => panel.locator(':scope > .status').textContent(), { timeout: 15_000 })
      .toMatch(/^ФИС ОКО «Статистика по отметкам», 2024 год: записано значений 10 \(школ 2\)/);
    const apply = s.calls.find((c) => c.name === 'applyImport')?.args[0] as { mapping: Record<string, string> };
    expect(Object.values(apply.mapping)).toEqual(['Ш05']);
    // 5 values of Ш01 + 5 of the mapped row (participants and «2»–«5»).
    expect(readDataTab(workbook.sheet(TAB.data)?.read() ?? []).rows.length).toBe(before + 10);
    await s.shot('real-import-done', panel);
    expect(s.problems).toEqual([]);
    await s.page.close();
  });
});
