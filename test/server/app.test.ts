// This file tests the composition root's laziness (the workbook opens on first use, once) and getStatus
// over an in-memory workbook.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ServerApi } from '../../src/server/api';
import { lazyApp } from '../../src/server/app';
import { getStatus } from '../../src/server/handlers/get-status';
import type * as Main from '../../src/server/main';
import { createMemoryWorkbook } from '../../src/sheets/memory';

describe('lazyApp', () => {
  it('opens the workbook on first use only, and once', () => {
    let opened = 0;
    const app = lazyApp(() => {
      opened += 1;
      return createMemoryWorkbook();
    });
    expect(opened).toBe(0);
    expect(app.workbook()).toBe(app.workbook());
    expect(opened).toBe(1);
  });
});

describe('getStatus', () => {
  it('reports the version, the tabs in order and what is built', () => {
    const workbook = createMemoryWorkbook();
    workbook.addSheet('Школы');
    workbook.addSheet('ВПР 2025');
    workbook.addSheet('Настройки', 0);
    const status = getStatus(lazyApp(() => workbook));
    expect(status.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(status.sheetNames).toEqual(['Настройки', 'Школы', 'ВПР 2025']);
    expect(Object.keys(status.ready).sort()).toEqual([
      'buildReport',
      'checkSubmissions',
      'generateRoadmaps',
      'importResults',
      'setupMonitoring',
    ]);
  });
});

describe('main.ts', () => {
  it('exports every ServerApi function with a compatible signature', () => {
    expectTypeOf<Pick<typeof Main, keyof ServerApi>>().toExtend<ServerApi>();
  });
});
