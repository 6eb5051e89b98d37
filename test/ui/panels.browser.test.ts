// This file clicks through every panel of the built sidebar in Chromium with a stand-in server and saves a
// screenshot of each state to test-results/ui/: the set-up wizard (live count, per-line errors, files
// note, result lists, the draft that survives a reload), the submissions board (chips, filter, links to
// cells, review), the report (progress while it runs, polling that stops, the summary card), roadmaps and
// the two-step import (mapping, conflicts, the exact applyImport payload, a stale preview).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardView, Progress } from '../../src/server/api';
import { ALL_READY, chromiumAvailable, SidebarBrowser, type OpenedSidebar, type ServerTable } from './browser';
import {
  BOARD,
  BUILD,
  OUTCOME,
  PRESETS,
  PREVIEW,
  REFUSED_PREVIEW,
  ROADMAPS,
  SCHOOL_FILES,
  SETUP_RESULT,
} from './fixtures';

const base: ServerTable = {
  getStatus: () => ({ version: '0.1.0', sheetNames: [], ready: ALL_READY }),
  listPresets: () => PRESETS,
  listImportSheets: () => ['ВПР 2025', 'Черновик'],
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectClean(s: OpenedSidebar) {
  expect(await s.overflow()).toEqual([]);
  expect(s.problems).toEqual([]);
  expect(s.requests).toEqual([]);
}

describe.skipIf(!chromiumAvailable)('sidebar panels in Chromium', () => {
  const browser = new SidebarBrowser();
  beforeAll(() => browser.start());
  afterAll(() => browser.stop());

  it('«Новый мониторинг»: preset card, live count with per-line errors, files note, result lists', async () => {
    const s = await browser.open({
      ...base,
      setupMonitoring: () => SETUP_RESULT,
      createSchoolFiles: async () => {
        await sleep(300);
        return SCHOOL_FILES;
      },
    });
    const setup = s.panel('setupMonitoring');
    await expect.poll(() => setup.locator('.card.preset .card-title').textContent()).toBe(PRESETS[0]?.title);
    expect(await setup.locator('.card.preset').textContent()).toContain(
      'Показателей: 22 · правил: 10 · мероприятий дорожной карты: 67',
    );
    expect(await setup.locator('input[name="municipality"]').inputValue()).toBe('город Тула');
    await setup.locator('select[name="preset"]').selectOption('bogotol-2022');
    expect(await setup.locator('input[name="municipality"]').inputValue()).toBe('Боготольский район');
    await setup.locator('input[name="year"]').fill('2021');
    expect(await setup.locator('.hint.warn').textContent()).toBe(
      'Год вне срока программы (2022–2025): целевые значения на этот год могут быть не заданы.',
    );
    await setup.locator('input[name="year"]').fill('2025');
    expect(await setup.locator('.hint.warn').isHidden()).toBe(true);

    // Copied from a sheet: a header row, tabs, a quoted cell; then a typed line with a bad category.
    await setup
      .locator('textarea[name="schools"]')
      .fill(
        'Код\tНазвание\tКатегория\nS01\t"МБОУ ""СОШ № 1"""\tшнор\ts01@example.org\tСевер\nS02\tЛицей 2\tШНСУ\nS03; Школа 3; лучшая',
      );
    expect(await setup.locator('.count').textContent()).toBe(
      '2 школы · 1 строка с ошибками · строка заголовка пропущена',
    );
    expect(await setup.locator('.line-problems li').allTextContents()).toEqual([
      'Строка 4: категория «лучшая» — допустимо: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая.',
    ]);
    await setup.locator('input[value="files"]').check();
    expect(await setup.locator('.note:not([hidden])').textContent()).toContain('«Создать файлы школ»');
    await setup.locator('textarea[name="coordinators"]').fill('metod@example.org, не-адрес');
    await s.shot('setup-errors', setup);
    await setup.locator('button.action').click();
    expect(await setup.locator('.status li').allTextContents()).toEqual([
      'Строка 4: категория «лучшая» — допустимо: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая.',
      'Эл. почта координатора «не-адрес» — не адрес эл. почты.',
    ]);
    expect(s.calls.some((c) => c.name === 'setupMonitoring')).toBe(false);

    await setup.locator('textarea[name="schools"]').press('End');
    await setup
      .locator('textarea[name="schools"]')
      .fill('Код\tНазвание\tКатегория\nS01\t"МБОУ ""СОШ № 1"""\tшнор\ts01@example.org\tСевер\nS02\tЛицей 2\tШНСУ');
    await setup.locator('textarea[name="coordinators"]').fill('metod@example.org');
    await setup.locator('button.action').click();
    await expect.poll(() => setup.locator(':scope > .status').textContent()).toBe('Готово: создано 9, обновлено 0.');
    expect(s.calls.find((c) => c.name === 'setupMonitoring')?.args).toEqual([
      {
        presetId: 'bogotol-2022',
        municipality: 'Боготольский район',
        year: 2025,
        mode: 'files',
        schools: [
          { code: 'S01', name: 'МБОУ "СОШ № 1"', category: 'ШНОР', email: 's01@example.org', cluster: 'Север' },
          { code: 'S02', name: 'Лицей 2', category: 'ШНСУ' },
        ],
        coordinators: ['metod@example.org'],
      },
    ]);
    expect(await setup.locator('.result .list-title').allTextContents()).toEqual(['Создано (9)', 'Предупреждения (1)']);
    expect(await setup.locator('button.action').isEnabled()).toBe(true);
    await s.shot('setup-done', setup);

    // File mode: the schools' files come from the second button.
    const files = setup.locator('.files-block');
    await files.locator('button').click();
    expect(await files.locator('.status').textContent()).toBe(
      'Создаю файлы школ… Для многих школ это займёт несколько минут.',
    );
    expect(await files.locator('button').isDisabled()).toBe(true);
    await expect
      .poll(() => files.locator('.status').textContent())
      .toBe('Готово: создано файлов 2, выдано доступов 1.');
    expect(await files.locator('.list-title').allTextContents()).toEqual([
      'Созданы файлы (2)',
      'Выдан доступ (1)',
      'Предупреждения (1)',
    ]);
    expect(await files.locator('button').isEnabled()).toBe(true);
    await setup.locator('input[value="tabs"]').check();
    expect(await files.isHidden()).toBe(true);
    await setup.locator('input[value="files"]').check();
    await s.shot('setup-files', files);
    await expectClean(s);
    await s.page.close();
  });

  it('«Новый мониторинг»: a typed form survives a reload; a server refusal keeps it', async () => {
    const s = await browser.open({
      ...base,
      setupMonitoring: () => {
        throw new Error('Проверьте введённые данные: школы.1.email: неверный адрес эл. почты. [INVALID_INPUT]');
      },
    });
    const setup = s.panel('setupMonitoring');
    await expect.poll(() => setup.locator('select[name="preset"] option').count()).toBe(2);
    await setup.locator('select[name="preset"]').selectOption('bogotol-2022');
    await setup.locator('input[name="municipality"]').fill('Боготольский муниципальный округ');
    await setup.locator('textarea[name="schools"]').fill('S01; Школа 1\nS02; Школа 2');
    await setup.locator('button.action').click();
    await expect
      .poll(() => setup.locator(':scope > .status').textContent())
      .toBe('Проверьте введённые данные: школы.1.email: неверный адрес эл. почты.');
    expect(await setup.locator('textarea[name="schools"]').inputValue()).toBe('S01; Школа 1\nS02; Школа 2');

    await s.page.reload();
    await expect.poll(() => setup.locator('select[name="preset"]').inputValue()).toBe('bogotol-2022');
    expect(await setup.locator('input[name="municipality"]').inputValue()).toBe('Боготольский муниципальный округ');
    expect(await setup.locator('textarea[name="schools"]').inputValue()).toBe('S01; Школа 1\nS02; Школа 2');
    expect(await setup.locator('.count').textContent()).toBe('2 школы');
    await s.page.close();
  });

  it('«Сдача данных»: chips, filter, links to cells, a return needs a comment, review redraws', async () => {
    let board: BoardView = BOARD;
    const s = await browser.open({
      ...base,
      checkSubmissions: () => board,
      selectCell: () => null,
      reviewSubmission: async (o: { school: string; decision: 'принято' | 'на доработке' | null; comment: string }) => {
        await sleep(300);
        board = {
          ...board,
          rows: board.rows.map((r) =>
            r.school === o.school && o.decision !== null ? { ...r, status: o.decision, comment: o.comment } : r,
          ),
        };
        return board;
      },
    });
    const panel = s.panel('checkSubmissions');
    await panel.locator('summary').first().click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('details.school').count()).toBe(8);
    expect(await panel.locator('.board-summary').textContent()).toBe('Проверено школ: 8, сдали: 2, ошибок: 4');
    expect(await panel.locator('.tally .chip').allTextContents()).toEqual([
      'не начато: 1',
      'заполняется: 1',
      'сдано: 1',
      'изменено после сдачи: 1',
      'принято: 1',
      'на доработке: 1',
      'нет листа: 1',
      'нет доступа: 1',
    ]);
    expect(await panel.locator('button.action').textContent()).toBe('Обновить');
    // Each status has its own colour.
    const colours = await panel
      .locator('details.school .meta .chip')
      .evaluateAll((chips) => chips.map((c) => getComputedStyle(c).backgroundColor));
    expect(new Set(colours).size).toBe(8);
    await s.shot('board', panel);

    const s02 = panel.locator('details.school[data-school="S02"]');
    expect(await s02.locator('.meta').textContent()).toBe('заполняется64 %2 ошибки1 замечание');
    await s02.locator('summary').click();
    expect(await s02.locator('.problems button.link').count()).toBe(2);
    expect(await s02.locator('.problems li').nth(2).textContent()).toBe('S02: ссылка на отчёт не указана.');
    await s02.locator('.problems button.link').first().click();
    await expect
      .poll(() => s.calls.filter((c) => c.name === 'selectCell').map((c) => c.args))
      .toEqual([[{ sheet: 'Школа S02', cell: 'D14' }]]);
    expect(await s02.locator('.hint').textContent()).toBe(
      'Решение можно принять, когда школа отметит форму как «Сдано».',
    );
    await s.shot('board-open-problems', panel);

    await panel.locator('input[name="onlyErrors"]').check();
    expect(
      await panel.locator('details.school').evaluateAll((d) => d.map((x) => x.getAttribute('data-school'))),
    ).toEqual(['S02', 'S06', 'S07', 'S08']);
    expect(await s02.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await panel.locator('input[name="onlyErrors"]').uncheck();

    const s04 = panel.locator('details.school[data-school="S04"]');
    await s04.locator('summary').click();
    await s04.locator('button.danger').click();
    expect(await s04.locator('.status').textContent()).toBe('Напишите в комментарии, что нужно исправить.');
    expect(s.calls.some((c) => c.name === 'reviewSubmission')).toBe(false);
    await s04.locator('textarea').fill('  Данные изменены после сдачи: отметьте «Сдано» снова.  ');
    await s04.locator('button.danger').click();
    expect(await s04.locator('button.create').isDisabled()).toBe(true);
    await expect.poll(() => s04.locator('.chip').textContent()).toBe('на доработке');
    expect(s.calls.find((c) => c.name === 'reviewSubmission')?.args).toEqual([
      { school: 'S04', decision: 'на доработке', comment: 'Данные изменены после сдачи: отметьте «Сдано» снова.' },
    ]);
    expect(await s04.locator('.status').textContent()).toBe('Сохранено: «на доработке».');
    expect(await s04.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await s04.locator('button.plain').textContent()).toBe('Снять решение');
    expect(
      await panel.locator('details.school[data-school="S02"]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await s.shot('board-reviewed', panel);
    await expectClean(s);
    await s.page.close();
  });

  it('«Собрать отчёт»: shows progress while it runs, stops polling, then the summary card', async () => {
    const messages: Progress[] = [
      { message: 'Записываю «Свод», «Динамику» и «Справку»…', at: '09:59:58' }, // the previous build's
      { message: 'Читаю формы школ (7)…', at: '10:05:01' },
      { message: 'Считаю показатели и правила…', at: '10:05:03' },
    ];
    let polls = 0;
    let built = false;
    const s = await browser.open({
      ...base,
      getProgress: () => {
        polls += 1;
        return polls === 1 ? messages[0] : polls < 4 ? messages[1] : messages[2];
      },
      buildReport: async () => {
        await sleep(5200);
        built = true;
        return BUILD;
      },
      selectCell: () => null,
    });
    const panel = s.panel('buildReport');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('button.action').click();
    expect(await panel.locator('.progress').isVisible()).toBe(true);
    expect(await panel.locator('button.action').isDisabled()).toBe(true);
    // The first answer is the previous build's message: it is not shown.
    expect(await panel.locator('.progress-message').textContent()).toBe('Отчёт собирается…');
    await expect
      .poll(() => panel.locator('.progress-message').textContent(), { timeout: 4000 })
      .toBe('Читаю формы школ (7)…');
    await s.shot('report-progress', panel);
    await expect.poll(() => built, { timeout: 8000 }).toBe(true);
    await expect.poll(() => panel.locator('.progress').isHidden()).toBe(true);
    const pollsAtEnd = polls;
    await sleep(2000);
    expect(polls).toBe(pollsAtEnd);
    // 5.2 s at one poll per 1.5 s after each answer: the first at once, then about 3 more.
    expect(pollsAtEnd).toBeGreaterThanOrEqual(3);
    expect(pollsAtEnd).toBeLessThanOrEqual(5);

    expect(await panel.locator(':scope > .status').textContent()).toBe(BUILD.text);
    expect(await panel.locator('.stat').allTextContents()).toEqual([
      '6Прочитано форм',
      '2Отмечено школ',
      '3Ошибок в формах',
      '1 248Добавлено строк в «Данные»',
      '1 мин 23 сВремя', // 83 400 ms → 83 s → 1 min 23 s
      '57Обращений к таблице',
    ]);
    expect(await panel.locator('.error-box li').allTextContents()).toEqual(BUILD.configErrors);
    expect(await panel.locator('.problems li').count()).toBe(2);
    expect(await panel.locator('.hint').last().textContent()).toBe(
      'Полный список по каждой школе — в разделе «Сдача данных».',
    );
    await panel.locator('.problems button.link').click();
    await panel.locator('.open-tabs button.link', { hasText: 'Свод' }).click();
    await expect
      .poll(() => s.calls.filter((c) => c.name === 'selectCell').map((c) => c.args[0]))
      .toEqual([
        { sheet: 'Школа S02', cell: 'D14' },
        { sheet: 'Свод', cell: 'A1' },
      ]);
    expect(await panel.locator('button.action').isEnabled()).toBe(true);
    await s.shot('report-done', panel);
    await expectClean(s);
    await s.page.close();
  });

  it('«Собрать отчёт»: a failure stops polling too and says what happened in Russian', async () => {
    let polls = 0;
    const s = await browser.open({
      ...base,
      getProgress: () => {
        polls += 1;
        return null;
      },
      buildReport: async () => {
        await sleep(2000);
        throw new Error('Exceeded maximum execution time');
      },
    });
    const panel = s.panel('buildReport');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('input[name="reportYear"]').fill('2024');
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator(':scope > .status').textContent(), { timeout: 5000 }).toContain('6 минут');
    expect(await panel.locator(':scope > .status').getAttribute('class')).toBe('status error');
    expect(await panel.locator('.progress').isHidden()).toBe(true);
    expect(s.calls.find((c) => c.name === 'buildReport')?.args).toEqual([{ year: 2024 }]);
    const pollsAtEnd = polls;
    await sleep(2000);
    expect(polls).toBe(pollsAtEnd);
    expect(await panel.locator('button.action').isEnabled()).toBe(true);
    await s.shot('report-failed', panel);
    await s.page.close();
  });

  it('«Собрать отчёт»: errors come first, ten at once, then «Показать все»', async () => {
    const warning = (i: number) => ({
      message: `Ш${i}: не заполнено обязательное поле «Педагогических работников всего» (D29).`,
      sheet: `Школа Ш${i}`,
      cell: 'D29',
      severity: 'warning' as const,
    });
    const error = {
      message: 'Ш09: поле «…» (D24): «пятеро» — не число.',
      sheet: 'Школа Ш09',
      cell: 'D24',
      severity: 'error' as const,
    };
    // 11 warnings, then the one error: 12 problems.
    const problemList = [...Array.from({ length: 11 }, (_, i) => warning(i + 1)), error];
    const s = await browser.open({ ...base, getProgress: () => null, buildReport: () => ({ ...BUILD, problemList }) });
    const panel = s.panel('buildReport');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('.problems li').count()).toBe(10);
    expect(await panel.locator('.problems li').first().textContent()).toBe(error.message);
    expect(await panel.locator('.problems li').first().getAttribute('class')).toBe('error');
    await panel.locator('button.show-all').click();
    expect(await panel.locator('.problems li').count()).toBe(12);
    expect(await panel.locator('.problems li').last().textContent()).toBe(warning(11).message);
    expect(await panel.locator('button.show-all').count()).toBe(0);
    await s.page.close();
  });

  it('«Экспорт в PDF»: a web address becomes a link to a new tab; anything else stays text', async () => {
    let url = 'https://drive.google.com/file/d/1AbC/view';
    const s = await browser.open({ ...base, exportPdf: () => ({ url }) });
    const panel = s.panel('buildReport');
    await panel.locator('summary').click();
    const pdf = panel.locator('button', { hasText: 'Экспорт в PDF' });
    await expect.poll(() => pdf.isEnabled()).toBe(true);
    await pdf.click();
    const link = panel.locator('.pdf a');
    await expect.poll(() => link.getAttribute('href')).toBe(url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await panel.locator('.pdf').textContent()).toBe('PDF готов: открыть PDF');
    await s.shot('report-pdf', panel);
    url = 'javascript:document.title=1';
    await pdf.click();
    await expect.poll(() => panel.locator('.pdf .path').textContent()).toBe(url);
    expect(await panel.locator('.pdf a').count()).toBe(0);
    expect(s.requests).toEqual([]);
    await s.page.close();
  });

  it('«Дорожные карты»: the tabs created and added to, as links, and warnings', async () => {
    const s = await browser.open({ ...base, generateRoadmaps: () => ROADMAPS, selectCell: () => null });
    const panel = s.panel('generateRoadmaps');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('.status').textContent()).toBe('Готово: создано 2, дополнено 1.');
    expect(s.calls.find((c) => c.name === 'generateRoadmaps')?.args).toEqual([{}]);
    expect(await panel.locator('.result .list-title').allTextContents()).toEqual([
      'Созданы (2)',
      'Дополнены (1)',
      'Предупреждения (1)',
    ]);
    await panel.locator('button.link', { hasText: 'ДК S06' }).click();
    await expect
      .poll(() => s.calls.find((c) => c.name === 'selectCell')?.args)
      .toEqual([{ sheet: 'ДК S06', cell: 'A1' }]);
    await s.shot('roadmaps-done', panel);
    await expectClean(s);
    await s.page.close();
  });

  it('«Импорт результатов»: preview, a school for an unmatched row, a choice per conflict, the exact apply payload', async () => {
    const s = await browser.open({
      ...base,
      previewImport: (o: { source: { sheetName: string } }) =>
        o.source.sheetName === 'Черновик' ? REFUSED_PREVIEW : PREVIEW,
      applyImport: () => OUTCOME,
      selectCell: () => null,
    });
    const panel = s.panel('importResults');
    await panel.locator('summary').click();
    await expect
      .poll(() => panel.locator('select[name="sheet"] option').allTextContents())
      .toEqual(['ВПР 2025', 'Черновик']);
    expect(await panel.locator('button.create').isDisabled()).toBe(true);

    await panel.locator('select[name="sheet"]').selectOption('Черновик');
    await panel.locator('button.action').click();
    await expect
      .poll(() => panel.locator('.note.error').textContent())
      .toBe('Файл не принят: ничего не будет записано.');
    expect(await panel.locator('button.create').isDisabled()).toBe(true);
    await s.shot('import-refused', panel);

    await panel.locator('select[name="sheet"]').selectOption('ВПР 2025');
    await panel.locator('input[name="importYear"]').fill('2025');
    await panel.locator('button.action').click();
    await expect
      .poll(() => panel.locator('.preview .card-title').textContent())
      .toBe('ФИС ОКО «Статистика по отметкам», 2025 год');
    expect(s.calls.filter((c) => c.name === 'previewImport').at(-1)?.args).toEqual([
      { source: { sheetName: 'ВПР 2025' }, year: 2025 },
    ]);
    expect(await panel.locator('.preview .card').textContent()).toContain(
      'Новых значений: 36 · уже есть в «Данные»: 4',
    );
    // Two rows of the same school (one per block) are one choice.
    expect(await panel.locator('.map-row').count()).toBe(2);
    expect(await panel.locator('.map-row .hint').first().textContent()).toBe(
      'лист «ВПР 2025», строки 11, 21 · логин edu710002',
    );
    expect(
      await panel.locator('.map-row select').nth(1).locator('optgroup').first().locator('option').allTextContents(),
    ).toEqual(['S03 — МКОУ «ООШ с. Вагино»', 'S07 — МБОУ «СОШ № 7»']);
    await panel.locator('.map-row select').first().selectOption('S02');
    expect(await panel.locator('.conflict .choice').allTextContents()).toEqual([
      'в таблице: 52 (форма школы)',
      'в файле: 54',
      'в таблице: нет данных',
      'в файле: 7',
    ]);
    await panel.locator('.conflict').first().locator('input[value="imported"]').check();
    await s.shot('import-preview', panel);
    await panel.locator('button.create').click();
    await expect.poll(() => panel.locator('.status').textContent()).toBe(OUTCOME.text);
    expect(s.calls.find((c) => c.name === 'applyImport')?.args).toEqual([
      {
        source: { sheetName: 'ВПР 2025' },
        year: 2025,
        mapping: { 'login:edu710002': 'S02' },
        resolutions: { 'S01|vpr.math.5.participants': 'imported' },
      },
    ]);
    expect(await panel.locator('.preview').textContent()).toBe('');
    expect(await panel.locator('button.create').isDisabled()).toBe(true);
    expect(await panel.locator('.result .list-title').textContent()).toBe('Предупреждения (1)');
    await s.shot('import-done', panel);
    await expectClean(s);
    await s.page.close();
  });

  it('«Импорт результатов»: changing the tab after the preview makes it stale; «Везде из файла» picks every conflict', async () => {
    const s = await browser.open({ ...base, previewImport: () => PREVIEW, applyImport: () => OUTCOME });
    const panel = s.panel('importResults');
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('button.action').isEnabled()).toBe(true);
    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('.conflict').count()).toBe(2);
    await panel.locator('button', { hasText: 'Везде из файла' }).click();
    expect(await panel.locator('.conflict input[value="imported"]:checked').count()).toBe(2);
    await panel.locator('button.create').click();
    await expect
      .poll(() => s.calls.find((c) => c.name === 'applyImport')?.args)
      .toEqual([
        {
          source: { sheetName: 'ВПР 2025' },
          mapping: {},
          resolutions: { 'S01|vpr.math.5.participants': 'imported', 'S05|vpr.math.5.m2': 'imported' },
        },
      ]);

    await panel.locator('button.action').click();
    await expect.poll(() => panel.locator('button.create').isEnabled()).toBe(true);
    await panel.locator('select[name="sheet"]').selectOption('Черновик');
    expect(await panel.locator('button.create').isDisabled()).toBe(true);
    expect(await panel.locator('.status').textContent()).toBe('Выбор изменился — нажмите «Проверить файл» ещё раз.');
    expect(await panel.locator('.preview').textContent()).toBe('');
    await s.page.close();
  });
});
