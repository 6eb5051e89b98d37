// Tests local mode's reader of result files, on small files written to a temp dir: .xlsx (every sheet;
// merges keep their value in the top-left cell only, so the regional ЕГЭ table with merged subjects
// parses; dates, formulas, rich text) and .csv (BOM, «;» or «,» found by itself, quotes, decimal comma,
// Windows-1251), and the plain Russian refusals (missing, old .xls, empty, cut quote, not a table).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/import';
import { readTable, type ReadTableResult } from '../../src/local/read-table';
import type { Grid } from '../../src/sheets/port';
import { egeTable, marksReport } from '../core/import/fixtures';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-table-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function tables(r: ReadTableResult) {
  if (!r.ok) throw new Error(r.message);
  return r.tables;
}

async function xlsx(name: string, build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

function fill(ws: ExcelJS.Worksheet, grid: Grid): void {
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}

async function text(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readTable: .xlsx', () => {
  // the ЕГЭ table of note §4.1: header rows 6–8 (names merged down, subjects merged over 5 columns),
  // numbering row 9, then the total, a subtotal and a school (unrounded average 6662/95)
  const subjects = ['Русский язык, чел.', 'Математика базовая'];
  const ege = egeTable(subjects, [
    ['ВСЕГО по региону', null, 'х', 900, 900, 9, 120, 1, 61.5, 400, 20, 30, 0, 4.2],
    ['город Энск', null, null, 95, 95, 1, 35, 0, 6662 / 95, 50, 1, 9, 0, 4.1],
    [null, 'МБОУ «СОШ № 1»', null, 95, 95, 1, 35, 0, 6662 / 95, 50, 1, 9, 0, 4.1],
  ]);

  it('keeps a merge’s value in its top-left cell only, so the regional ЕГЭ table parses', async () => {
    const path = await xlsx('ege.xlsx', (book) => {
      const ws = book.addWorksheet('2023');
      fill(ws, ege);
      for (const col of ['A', 'B', 'C', 'D']) ws.mergeCells(`${col}6:${col}8`);
      ws.mergeCells('E6:N6');
      ws.mergeCells('E7:I7');
      ws.mergeCells('J7:N7');
      ws.mergeCells('A10:B10');
    });
    const [sheet] = tables(await readTable(path));
    expect(sheet?.sheetName).toBe('2023');
    // E7 holds the subject, F7..I7 are empty as Google Sheets reads a merge; A7 under the merged A6 too
    expect(sheet?.grid[6]?.slice(0, 10)).toEqual([
      null,
      null,
      null,
      null,
      'Русский язык, чел.',
      null,
      null,
      null,
      null,
      'Математика базовая',
    ]);
    const r = parseReport(sheet?.grid, { sheetName: sheet?.sheetName });
    expect(r.ok).toBe(true);
    const blocks = r.ok ? r.blocks : [];
    expect(blocks.map((b) => [b.subject, b.year])).toEqual([
      ['rus', 2023],
      ['mathb', 2023],
    ]);
    expect(blocks[0]?.rows.find((x) => x.kind === 'school')?.values).toEqual({
      'ege.rus.11.n': 95,
      'ege.rus.11.below': 1,
      'ege.rus.11.mean': 6662 / 95,
    });
  });

  it('reads every sheet: numbers, numeric headers, text and real dates, formulas, rich text', async () => {
    const path = await xlsx('vpr.xlsx', (book) => {
      const ws = book.addWorksheet('МА 4 Сравнение отметок с отметк');
      fill(ws, marksReport([['МБОУ «СОШ №1»(edu990001)', null, 89, 12.36, 52.81, 26.97, 7.87]]));
      ws.getCell('C6').value = new Date(Date.UTC(2026, 3, 20));
      ws.getCell('D6').value = new Date(Date.UTC(2026, 3, 20, 10, 30));
      ws.getCell('H9').value = { formula: 'C9*D9/100', result: 11.0004 };
      ws.getCell('I9').value = { richText: [{ text: 'МБОУ ' }, { text: '«СОШ №1»' }] };
      book.addWorksheet('Лист2').getCell('B2').value = 'второй лист';
    });
    const r = await readTable(path);
    expect(r.ok ? r.fileName : null).toBe('vpr.xlsx');
    const [first, second] = tables(r);
    expect(first?.sheetName).toBe('МА 4 Сравнение отметок с отметк');
    expect(first?.grid[5]).toEqual(['Дата:', '20.04.2026', '2026-04-20', '2026-04-20T10:30:00']);
    expect(first?.grid[7]).toEqual(['Группы участников', 'Кол-во ОО', 'Кол-во участников', 2, 3, 4, 5]);
    expect(first?.grid[8]).toEqual([
      'МБОУ «СОШ №1»(edu990001)',
      null,
      89,
      12.36,
      52.81,
      26.97,
      7.87,
      11.0004,
      'МБОУ «СОШ №1»',
    ]);
    expect(second).toEqual({ sheetName: 'Лист2', grid: [[], [null, 'второй лист']] });
  });
});

describe('readTable: .csv', () => {
  it('reads «;» with a BOM, CRLF and decimal commas; a «Статистика по отметкам» export parses', async () => {
    const grid = marksReport([
      ['Городской округ Стрежевой(reg70_m019)', 1, 89, '12,36', '52,81', '26,97', '7,87'],
      ['МБОУ «СОШ № 2»(edu700002)', null, 89, '12,36', '52,81', '26,97', '7,87'],
    ]);
    const csv = grid.map((row) => row.map((v) => (v === null ? '' : String(v))).join(';')).join('\r\n');
    const path = await text('Статистика.csv', `\uFEFF${csv}\r\n`);
    const [sheet] = tables(await readTable(path));
    expect(sheet?.sheetName).toBe('Статистика');
    expect(sheet?.grid[0]).toEqual(['Статистика по отметкам']);
    expect(sheet?.grid[9]).toEqual(['МБОУ «СОШ № 2»(edu700002)', null, 89, 12.36, 52.81, 26.97, 7.87]);
    const r = parseReport(sheet?.grid);
    // note §7.1: N = 89 → round(12.36 × 0.89) = 11, 47, 24, 7
    const school = r.ok ? r.blocks[0]?.rows.find((x) => x.kind === 'school') : undefined;
    expect(school?.values).toEqual({
      'vpr.rus.4.n': 89,
      'vpr.rus.4.m2': 11,
      'vpr.rus.4.m3': 47,
      'vpr.rus.4.m4': 24,
      'vpr.rus.4.m5': 7,
    });
  });

  it('reads «,» with quoted fields: a decimal comma, the separator, "" and a line break inside quotes', async () => {
    const csv = [
      'Год,Код школы,Код поля,Значение',
      '2023,01,vpr.rus.4.n,"12,5"',
      '2023,"Школа ""Лесная"", п. Лесной",note.text,"две',
      'строки"',
      '2023,S2,vpr.rus.4.m2,',
    ].join('\n');
    const [sheet] = tables(await readTable(await text('long.csv', csv)));
    expect(sheet?.grid).toEqual([
      ['Год', 'Код школы', 'Код поля', 'Значение'],
      // «01» is a code and stays text; «12,5» is a number
      [2023, '01', 'vpr.rus.4.n', 12.5],
      [2023, 'Школа "Лесная", п. Лесной', 'note.text', 'две\nстроки'],
      [2023, 'S2', 'vpr.rus.4.m2', null],
    ]);
  });

  it('reads a file saved by Russian Excel in Windows-1251', async () => {
    // «Школа №1;5,5» in Windows-1251: Cyrillic А..я are 0xC0..0xFF, «№» is 0xB9
    const encode = (s: string) =>
      Buffer.from(
        [...s].map((ch) => {
          const c = ch.charCodeAt(0);
          if (c < 0x80) return c;
          if (ch === '№') return 0xb9;
          return 0xc0 + (c - 0x410);
        }),
      );
    const [sheet] = tables(await readTable(await text('cp1251.csv', encode('Школа №1;5,5\nШкола №2;6'))));
    expect(sheet?.grid).toEqual([
      ['Школа №1', 5.5],
      ['Школа №2', 6],
    ]);
  });
});

describe('readTable: refusals', () => {
  it('says plainly what is wrong with the file', async () => {
    const missing = join(dir, 'нет.xlsx');
    expect(await readTable(missing)).toEqual({ ok: false, message: `Файл «${missing}» не найден.` });
    const xls = await text('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await readTable(xls)).toEqual({
      ok: false,
      message: `Файл «${xls}» — старый формат Excel (.xls). Откройте его в Excel или LibreOffice и сохраните как .xlsx.`,
    });
    const empty = await text('empty.csv', '');
    expect(await readTable(empty)).toEqual({ ok: false, message: `Файл «${empty}» пуст.` });
    const cut = await text('cut.csv', 'Год;Код школы\n2023;"СОШ № 1\n2023;S2\n');
    expect(await readTable(cut)).toEqual({
      ok: false,
      message: `Файл «${cut}», строка 2: кавычка открыта и не закрыта — файл обрезан или повреждён.`,
    });
    const binary = await text('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect((await readTable(binary)).ok).toBe(false);
    const broken = await text('broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const r = await readTable(broken);
    expect(r.ok ? '' : r.message).toMatch(/^Файл «.*broken\.xlsx» не читается как \.xlsx: /);
  });
});
