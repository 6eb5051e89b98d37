// This file tests how the «Школы» box of «Новый мониторинг» is read: «;»- or tab-separated lines (a range
// copied from a sheet, quoted cells included), a header line skipped, every bad line named by number with
// the same rules the server applies (core/schools.ts), nothing invented for empty cells.
import { describe, expect, it } from 'vitest';
import { School, SchoolCategory } from '../../src/core/schools';
import { CATEGORIES, parseSchools } from '../../src/ui/schools-text';

describe('parseSchools', () => {
  it('reads «код; название; категория; почта; кластер» lines, skipping blank ones', () => {
    const text = 'S1; Школа № 1; ШНОР; s1@example.org; Север\n\n  S2 ;Гимназия 2\n';
    expect(parseSchools(text)).toEqual({
      schools: [
        { code: 'S1', name: 'Школа № 1', category: 'ШНОР', email: 's1@example.org', cluster: 'Север' },
        { code: 'S2', name: 'Гимназия 2' },
      ],
      problems: [],
      badLines: 0,
      headerSkipped: false,
    });
  });

  it('reads tab-separated lines copied from a sheet: a «;» may be part of a name, quoted cells are unquoted', () => {
    const copied =
      'Код\tНазвание\tКатегория\r\nS3\tШкола; корпус 2\tШНСУ\r\nS4\t"МБОУ ""СОШ № 4"""\t\ts4@example.org\r\n';
    const parsed = parseSchools(copied);
    expect(parsed.schools).toEqual([
      { code: 'S3', name: 'Школа; корпус 2', category: 'ШНСУ' },
      { code: 'S4', name: 'МБОУ "СОШ № 4"', email: 's4@example.org' },
    ]);
    expect(parsed.headerSkipped).toBe(true);
  });

  it('keeps a cell with an unpaired quote as it is', () => {
    expect(parseSchools('S5\t"Школа "Радуга\tШНОР').schools).toEqual([
      { code: 'S5', name: '"Школа "Радуга', category: 'ШНОР' },
    ]);
  });

  it('writes a category the way the server expects, whatever the case and spaces', () => {
    expect(parseSchools('S1; А; шнор + шнсу\nS2; Б; Наставник').schools.map((s) => s.category)).toEqual([
      'ШНОР+ШНСУ',
      'наставник',
    ]);
  });

  it('names every bad line and keeps the good ones; line numbers count blank lines too', () => {
    const text = [
      'S1; Школа 1',
      'только название',
      '',
      '; Без кода',
      'S 2; Пробел в коде',
      'S3; Школа 3; лучшая',
      'S4; Школа 4; ; почта',
      'S1; Снова S1',
    ].join('\n');
    const result = parseSchools(text);
    expect(result.schools).toEqual([{ code: 'S1', name: 'Школа 1' }]);
    expect(result.problems).toEqual([
      'Строка 2: «только название» — нужны код и название через «;» или табуляцию.',
      'Строка 4: «; Без кода» — нужны код и название через «;» или табуляцию.',
      'Строка 5: код «S 2» — только буквы, цифры, «-» и «_», до 20 знаков.',
      'Строка 6: категория «лучшая» — допустимо: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая.',
      'Строка 7: «почта» — не адрес эл. почты.',
      'Строка 8: код «S1» уже есть в строке 1.',
    ]);
    expect(result.badLines).toBe(6);
  });

  it('leaves an empty box (or a header alone) to the server, which then reads the «Школы» tab', () => {
    expect(parseSchools(' \n \n')).toMatchObject({ schools: [], problems: [] });
    expect(parseSchools('Код школы; Название')).toMatchObject({ schools: [], problems: [] });
  });

  it('skips a header only on the first line with content', () => {
    expect(parseSchools('S1; Школа\nКод; Название')).toEqual({
      schools: [
        { code: 'S1', name: 'Школа' },
        { code: 'Код', name: 'Название' },
      ],
      problems: [],
      badLines: 0,
      headerSkipped: false,
    });
  });

  it('agrees with the server on categories and codes', () => {
    expect([...CATEGORIES]).toEqual(SchoolCategory.options);
    for (const code of ['S01', 'ШКОЛА_5', 'a-b', 'Ё1', 'x'.repeat(20), 'x'.repeat(21), 'S 1', 'S.1', '№5']) {
      const server = School.safeParse({ code, name: 'Школа' }).success;
      const sidebar = parseSchools(`${code}; Школа`).schools.length === 1;
      expect({ code, sidebar }).toEqual({ code, sidebar: server });
    }
  });
});
