// This file tests the shared error vocabulary: AppError carries its code through a message-only
// transport, describeError maps raw Apps Script and browser failures to Russian, and never throws.
import { describe, expect, it } from 'vitest';
import { AppError, describeError, ERROR_CODES, ERROR_MESSAGES, notImplemented } from '../../../src/core/text/errors';

describe('AppError', () => {
  it('puts the Russian message first and the code in a trailing tag', () => {
    const error = notImplemented('«Собрать отчёт»');
    expect(error.code).toBe('NOT_IMPLEMENTED');
    expect(error.message).toBe('Эта функция ещё в разработке: «Собрать отчёт» [NOT_IMPLEMENTED]');
  });

  it('ends a plain detail with a full stop, once', () => {
    expect(new AppError('INVALID_INPUT', 'год: нужно число').message).toBe(
      'Проверьте введённые данные: год: нужно число. [INVALID_INPUT]',
    );
    expect(new AppError('INVALID_INPUT', 'год: нужно число.').message).toBe(
      'Проверьте введённые данные: год: нужно число. [INVALID_INPUT]',
    );
    expect(new AppError('SERVER', '').message).toBe(`${ERROR_MESSAGES.SERVER} [SERVER]`);
  });
});

describe('describeError', () => {
  it('reads the code back from an AppError message, as google.script.run delivers it', () => {
    const delivered = new Error(notImplemented('«Дорожные карты»').message);
    expect(describeError(delivered)).toEqual({
      code: 'NOT_IMPLEMENTED',
      message: 'Эта функция ещё в разработке: «Дорожные карты»',
    });
  });

  it('strips a platform prefix before reading the tag', () => {
    expect(describeError('Exception: Проверьте введённые данные: лист: не указано. [INVALID_INPUT]')).toEqual({
      code: 'INVALID_INPUT',
      message: 'Проверьте введённые данные: лист: не указано.',
    });
  });

  it('does not trust an unknown tag', () => {
    expect(describeError('oops [NOT_A_CODE]')).toEqual({
      code: 'UNKNOWN',
      message: 'Непредвиденная ошибка: oops [NOT_A_CODE].',
    });
  });

  it.each([
    ['Authorization is required to perform that action.', 'AUTH_REQUIRED'],
    ['Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet', 'PERMISSION_DENIED'],
    ['Exceeded maximum execution time', 'TIMEOUT'],
    ['Service invoked too many times for one day: spreadsheets.', 'QUOTA'],
    ['Lock timeout: another process was holding the lock for too long.', 'BUSY'],
    ['NetworkError: Connection failure due to HTTP 0', 'NETWORK'],
    ["ScriptError: We're sorry, a server error occurred. Please wait a bit and try again.", 'SERVER'],
  ] as const)('maps «%s» to %s with the fixed Russian message', (raw, code) => {
    expect(describeError(new Error(raw))).toEqual({ code, message: ERROR_MESSAGES[code] });
  });

  it('tells a multi-account user what to do', () => {
    const { message } = describeError('Authorization is required to perform that action.');
    expect(message).toMatch(/несколько аккаунтов Google/);
    expect(message).toMatch(/выйдите из всех аккаунтов, войдите в нужный или откройте таблицу в режиме инкогнито/);
  });

  it('keeps an unknown message for support, prefixed in Russian', () => {
    expect(describeError(new TypeError('x is not a function'))).toEqual({
      code: 'UNKNOWN',
      message: 'Непредвиденная ошибка: x is not a function.',
    });
  });

  it('never throws, whatever was thrown', () => {
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(describeError(hostile)).toEqual({ code: 'UNKNOWN', message: 'Непредвиденная ошибка.' });
    expect(describeError(undefined)).toEqual({ code: 'UNKNOWN', message: 'Непредвиденная ошибка.' });
    expect(describeError({ message: 42 }).code).toBe('UNKNOWN');
  });

  it('has a Russian message for every code', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      expect(ERROR_MESSAGES[code]).toMatch(/[А-Яа-яЁё]/);
    }
  });
});
