// This file tests the server boundary: sidebar arguments are checked by zod and a failure is one Russian
// INVALID_INPUT message naming every bad argument; valid input passes through unchanged.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/text/errors';
import { parseArgs } from '../../src/app/parse';
import { PreviewInput } from '../../src/app/import';
import { BuildOptionsSchema, SetupOptionsSchema } from '../../src/app/schemas';

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const setup = {
  presetId: 'bogotol-2022',
  municipality: 'Боготольский район',
  year: 2025,
  mode: 'tabs',
  schools: [{ code: 'S1', name: 'Школа 1', category: 'ШНСУ' }],
};

describe('parseArgs', () => {
  it('returns valid setup options, filling the default category', () => {
    const parsed = parseArgs(SetupOptionsSchema, { ...setup, schools: [{ code: 'S2', name: 'Школа 2' }] });
    expect(parsed.schools).toEqual([{ code: 'S2', name: 'Школа 2', category: 'другая' }]);
  });

  it('names each bad argument, the school by its number in the list', () => {
    const error = failure(() =>
      parseArgs(SetupOptionsSchema, {
        ...setup,
        municipality: '  ',
        year: '2025',
        schools: [setup.schools[0], { code: 'S3', name: '', category: 'ШНОР' }],
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.detail).toBe('муниципалитет: не заполнено; год: нужно число; школы, № 2, название: не заполнено');
    expect(error.message).toBe(
      'Проверьте введённые данные: муниципалитет: не заполнено; год: нужно число; школы, № 2, название: не заполнено. [INVALID_INPUT]',
    );
  });

  it('lists the allowed values of a choice', () => {
    expect(failure(() => parseArgs(SetupOptionsSchema, { ...setup, mode: 'email' })).detail).toBe(
      'способ сдачи: допустимо: «tabs», «files»',
    );
  });

  it('keeps the core schema’s own Russian message for a bad school code', () => {
    const error = failure(() =>
      parseArgs(SetupOptionsSchema, { ...setup, schools: [{ code: 'школа 1', name: 'Школа 1' }] }),
    );
    expect(error.detail).toBe('школы, № 1, код: код школы: буквы, цифры, «-», «_», до 20 знаков');
  });

  it('refuses a fractional or out-of-range year instead of rounding it', () => {
    expect(failure(() => parseArgs(BuildOptionsSchema, { year: 2025.5 })).detail).toBe('год: нужно целое число');
    expect(failure(() => parseArgs(BuildOptionsSchema, { year: 1999 })).detail).toBe('год: не меньше 2000');
  });

  it('treats missing build options as none', () => {
    expect(parseArgs(BuildOptionsSchema, undefined)).toEqual({});
  });

  it('says what is missing when there are no arguments at all', () => {
    expect(failure(() => parseArgs(PreviewInput, undefined)).detail).toBe('не указано');
    expect(failure(() => parseArgs(PreviewInput, {})).detail).toBe('источник: не указано');
  });
});
