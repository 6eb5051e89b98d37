// This file tests how the «Школы» box of «Новый мониторинг» is read: «;»- or tab-separated lines, only
// code and name required, problems named by line number, nothing invented for empty cells.
import { describe, expect, it } from 'vitest';
import { parseSchools } from '../../src/ui/schools-text';

describe('parseSchools', () => {
  it('reads «код; название; категория; почта; кластер» lines, skipping blank ones', () => {
    const text = 'S1; Школа № 1; ШНОР; s1@example.org; Север\n\n  S2 ;Гимназия 2\n';
    expect(parseSchools(text)).toEqual({
      schools: [
        { code: 'S1', name: 'Школа № 1', category: 'ШНОР', email: 's1@example.org', cluster: 'Север' },
        { code: 'S2', name: 'Гимназия 2' },
      ],
      problems: [],
    });
  });

  it('reads tab-separated lines pasted from a sheet, where a «;» may be part of a name', () => {
    expect(parseSchools('S3\tШкола; корпус 2\tШНСУ\r\n').schools).toEqual([
      { code: 'S3', name: 'Школа; корпус 2', category: 'ШНСУ' },
    ]);
  });

  it('names the line that lacks a code or a name and keeps the others', () => {
    const result = parseSchools('S1; Школа 1\nтолько название\n; Без кода');
    expect(result.schools).toEqual([{ code: 'S1', name: 'Школа 1' }]);
    expect(result.problems).toEqual([
      'Строка 2: «только название» — нужны код и название через «;».',
      'Строка 3: «; Без кода» — нужны код и название через «;».',
    ]);
  });

  it('asks for at least one school when the box is empty', () => {
    expect(parseSchools(' \n \n')).toEqual({ schools: [], problems: ['Перечислите хотя бы одну школу.'] });
  });

  it('does not validate categories itself (the server does, in Russian)', () => {
    expect(parseSchools('S1; Школа; нет такой').schools).toEqual([
      { code: 'S1', name: 'Школа', category: 'нет такой' },
    ]);
  });
});
