// This file checks the CLI's argument parsing: commands, positionals, --options in both spellings,
// flags, and Russian refusals of unknown commands, unknown options, missing values and bad years.
import { describe, expect, it } from 'vitest';
import { parseArgv } from '../../src/local/args';
import { LocalError } from '../../src/local/errors';

const refusal = (argv: string[]): { message: string; exitCode: number } => {
  try {
    parseArgv(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(LocalError);
    return { message: (e as LocalError).message, exitCode: (e as LocalError).exitCode };
  }
  throw new Error('accepted');
};

describe('parseArgv', () => {
  it('parses each command with its positionals, options and flags', () => {
    expect(parseArgv([])).toEqual({ command: 'help', args: {} });
    expect(parseArgv(['demo', '--out', 'папка'])).toEqual({ command: 'demo', args: { out: 'папка' } });
    expect(parseArgv(['report', 'a.xlsx', '--json', '--year=2024'])).toEqual({
      command: 'report',
      args: { file: 'a.xlsx', json: true, year: 2024 },
    });
    expect(parseArgv(['check', 'a.xlsx'])).toEqual({ command: 'check', args: { file: 'a.xlsx', json: false } });
    expect(
      parseArgv(['init', '--preset', 'bogotol-2022', '--schools', 's.csv', '--year', '2025', '--out', 'b.xlsx']),
    ).toEqual({
      command: 'init',
      args: { preset: 'bogotol-2022', schools: 's.csv', year: 2025, out: 'b.xlsx' },
    });
    expect(parseArgv(['preview', '--port', '0'])).toEqual({ command: 'preview', args: { port: 0 } });
  });

  it('refuses a malformed command line with exit status 2 and says what is wrong', () => {
    expect(refusal(['frobnicate'])).toEqual({
      message: 'Неизвестная команда «frobnicate». Список команд: shnor-monitor help',
      exitCode: 2,
    });
    expect(refusal(['report', 'a.xlsx', '--jsn']).message).toBe(
      'Команда report: неизвестный параметр --jsn. Справка: shnor-monitor help',
    );
    expect(refusal(['report']).message).toBe('Команда report: не указан файл книги. Справка: shnor-monitor help');
    expect(refusal(['report', 'a.xlsx', 'b.xlsx']).message).toContain('лишний аргумент «b.xlsx»');
    expect(refusal(['report', 'a.xlsx', '--year']).message).toContain('после --year нужно значение');
    expect(refusal(['report', 'a.xlsx', '--year', '24']).message).toContain(
      '--year: год — четыре цифры, например 2024',
    );
    expect(refusal(['report', 'a.xlsx', '--year', '1999']).message).toContain('--year: год — от 2000 до 2100');
    expect(refusal(['preview', '--port', '70000']).message).toContain('--port: порт — число от 0 до 65535');
    expect(refusal(['init', '--preset', 'x']).message).toBe(
      'Команда init: --schools: не указан файл школ; --year: не указан год; --out: не указан файл книги. Справка: shnor-monitor help',
    );
  });
});
