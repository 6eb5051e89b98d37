// This file checks the schools CSV of `init`: separators, quotes, BOM, Russian and English headers,
// defaults, and that every bad line is named with its line number (never guessed or skipped).
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, parseSchoolsCsv } from '../../src/local/csv';
import { LocalError } from '../../src/local/errors';

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LocalError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('parseCsv', () => {
  it('splits quoted fields with separators, doubled quotes and line breaks, keeping record start lines', () => {
    const text = 'a;b\n"x;1";"он сказал ""да"""\n"две\nстроки";z\r\nlast;1';
    expect(parseCsv(text, ';', 'f')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'он сказал "да"'] },
      { line: 3, cells: ['две\nстроки', 'z'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(parseCsv('a\n\n\nb', ';', 'f').map((r) => r.line)).toEqual([1, 4]);
  });

  it('refuses an unclosed quote, naming the line it starts on', () => {
    expect(errorOf(() => parseCsv('a\n"open', ';', 'f.csv'))).toBe('Файл школ f.csv, строка 2: незакрытая кавычка');
  });

  it('picks the separator the header uses', () => {
    expect(detectSeparator('код,название,категория\n1;2')).toBe(',');
    expect(detectSeparator('код;название')).toBe(';');
    expect(detectSeparator('код\tназвание')).toBe('\t');
  });
});

describe('parseSchoolsCsv', () => {
  it('reads a Russian header with «;», drops the BOM, defaults blanks', () => {
    const text =
      '\uFEFFКод;Название;Категория;Email;Кластер\nШ01;СОШ № 1;ШНОР;director@school.example;Север\nШ02;ООШ д. Ключи;;;\n';
    expect(parseSchoolsCsv(text, 's.csv')).toEqual([
      { code: 'Ш01', name: 'СОШ № 1', category: 'ШНОР', email: 'director@school.example', cluster: 'Север' },
      { code: 'Ш02', name: 'ООШ д. Ключи', category: undefined, email: undefined, cluster: undefined },
    ]);
  });

  it('reads an English header with «,» and columns in any order', () => {
    expect(parseSchoolsCsv('name,code\n"School, No. 5",S5', 's.csv')).toEqual([
      { code: 'S5', name: 'School, No. 5', category: undefined, email: undefined, cluster: undefined },
    ]);
  });

  it('names every bad line with its number and what is wrong', () => {
    const text = [
      'код;название;категория;email',
      'Ш01;СОШ;ШНР;',
      ';Без кода;;',
      'Ш03;;ШНСУ;не-почта',
      'Ш04;Гимназия;;',
      'Ш04;Повтор;;',
      'Ш05;Лишний;ШНОР;;x',
    ].join('\n');
    expect(errorOf(() => parseSchoolsCsv(text, 's.csv')).split('\n')).toEqual([
      'Файл школ s.csv, строка 2: категория: допустимо «ШНОР», «ШНСУ», «ШНОР+ШНСУ», «наставник», «другая»',
      'Файл школ s.csv, строка 3: код школы: буквы, цифры, «-», «_», до 20 знаков',
      'Файл школ s.csv, строка 4: название: не заполнено; email: неверный адрес эл. почты',
      'Файл школ s.csv, строка 6: код «Ш04» уже был в строке 5',
      'Файл школ s.csv, строка 7: ожидалось столбцов: 4, найдено: 5',
    ]);
  });

  it('refuses a file without the code and name columns, with an unknown column, or without schools', () => {
    expect(errorOf(() => parseSchoolsCsv('Ш01;СОШ', 's.csv'))).toContain('в первой строке нужен заголовок');
    expect(errorOf(() => parseSchoolsCsv('код;название;директор\nШ01;СОШ;Иванов', 's.csv'))).toBe(
      'Файл школ s.csv, строка 1: неизвестный столбец «директор».',
    );
    expect(errorOf(() => parseSchoolsCsv('код;название\n', 's.csv'))).toBe('Файл школ s.csv: нет ни одной школы.');
    expect(errorOf(() => parseSchoolsCsv('  \n', 's.csv'))).toBe('Файл школ s.csv пуст.');
  });
});
