// This file checks the xlsx adapter's files against a real consumer, LibreOffice Calc (headless):
// a workbook with several Cyrillic sheets, formulas, conditional rules, validations, notes, frozen
// panes and a protected form must convert to a PDF with one page per sheet, and LibreOffice's own
// xlsx re-export must read back through the adapter with the formulas computed and the rules,
// validations and notes intact. Headless LibreOffice has no view, so it drops frozen panes and the
// active sheet on export; those are checked in test/sheets/xlsx.test.ts instead.
// LibreOffice must be installed (Debian: apt-get install --no-install-recommends libreoffice-calc);
// without it this test fails on purpose.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConditionalRule, Validation } from '../../src/sheets/port';
import { createXlsxWorkbook, openXlsxWorkbook, saveXlsxWorkbook } from '../../src/sheets/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'shnor-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs headless LibreOffice with a fresh profile so no user setting or lock interferes. */
function soffice(args: string[]) {
  return spawnSync('libreoffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });
}

const share: ConditionalRule = {
  ranges: ['E2:E4'],
  when: { kind: 'number', op: 'gte', value: 0.3 },
  style: { background: '#f4cccc', bold: true },
};
const blank: ConditionalRule = { ranges: ['B2:D4'], when: { kind: 'blank' }, style: { background: '#fff2cc' } };
const lyceum: ConditionalRule = {
  ranges: ['A2:A4'],
  when: { kind: 'textContains', text: 'Лицей' },
  style: { fontColor: '#1155cc' },
};
const notYet: ConditionalRule = {
  ranges: ['D2:D3'],
  when: { kind: 'textEquals', text: 'Нет' },
  style: { fontColor: '#cc0000' },
};
const middle: ConditionalRule = {
  ranges: ['E2:E3'],
  when: { kind: 'between', min: 0.15, max: 0.3 },
  style: { background: '#fce5cd' },
};
const count: Validation = {
  rule: { kind: 'integer', min: 0, max: 1000 },
  help: 'Целое число от 0 до 1000',
  strict: true,
};
const yesNo: Validation = {
  rule: { kind: 'list', values: ['Да', 'Нет'] },
  help: 'Выберите «Да» или «Нет»',
  strict: false,
};

describe('LibreOffice reads our xlsx', () => {
  const xlsx = join(dir, 'Мониторинг.xlsx');

  beforeAll(async () => {
    const probe = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        'LibreOffice is not on PATH (`libreoffice --version` failed): install it, e.g. ' +
          '`apt-get install -y --no-install-recommends libreoffice-calc`. ' +
          `Cause: ${probe.error?.message ?? probe.stderr}`,
      );
    }
    const wb = createXlsxWorkbook();
    const svod = wb.addSheet('Свод');
    svod.write('A1', [
      ['Школа', 'Участники', 'Отметка «2»', 'Сдано', 'Доля «2»'],
      ['МБОУ СОШ №1 с. Ёлкино', 40, 12, 'Да', '=C2/B2'], // 12 / 40 = 0.3
      ['Лицей «Перспектива»', 30, 3, 'Нет', '=C3/B3'], // 3 / 30 = 0.1
      ['Итого', '=SUM(B2:B3)', '=SUM(C2:C3)', null, '=C4/B4'], // 15 / 70
    ]);
    svod.style(['A1:E1'], { bold: true, background: '#d9ead3', wrap: true });
    svod.setNumberFormats('E2', [['0.0%'], ['0.0%'], ['0.0%']]);
    svod.setConditionalRules([share, blank, lyceum, notYet, middle]);
    svod.setValidation(['B2:C3'], count);
    svod.setValidation(['D2:D3'], yesNo);
    svod.setNotes('E1', [['Доля участников с отметкой «2»: Σ«2» / Σучастников']]);
    svod.setFrozen(1, 1);
    svod.setColumnWidths(1, [220, 90, 90, 70, 90]);

    const form = wb.addSheet('Школа 1');
    form.write('A1', [['Форма школы'], ['Число обучающихся'], ['Ссылка на программу']]);
    form.setValidation(['B2'], count);
    form.setProtections([
      {
        range: null,
        description: 'Форма',
        editors: ['school1@example.ru'],
        unprotected: ['B2:B3'],
        warningOnly: false,
      },
    ]);

    const note = wb.addSheet('Справка');
    note.write('A1', [['Аналитическая справка'], ['В 2024 году доля отметок «2» по ВПР снизилась.']]);
    await saveXlsxWorkbook(wb, xlsx);
  });

  it('converts to a PDF with a page per sheet', () => {
    const out = join(dir, 'pdf');
    const r = soffice(['--convert-to', 'pdf', '--outdir', out, xlsx]);
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(out, 'Мониторинг.pdf');
    expect(existsSync(pdf), r.stdout).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3); // three sheets, each starts a page
  });

  it('re-exports to xlsx with formulas computed and rules, validations and notes intact', async () => {
    const out = join(dir, 'back');
    const r = soffice(['--convert-to', 'xlsx', '--outdir', out, xlsx]);
    expect(r.status, r.stderr).toBe(0);
    const back = await openXlsxWorkbook(join(out, 'Мониторинг.xlsx'));
    expect(back.sheetNames()).toEqual(['Свод', 'Школа 1', 'Справка']);
    const s = back.sheet('Свод')!;
    // LibreOffice computed and cached the formulas: 12/40 = 0.3, 3/30 = 0.1, 40+30 = 70, 12+3 = 15.
    expect(s.read('B4:C4')).toEqual([[70, 15]]);
    const shares = s.read('E2:E4').map((row) => row[0] as number);
    expect(shares[0]).toBeCloseTo(0.3, 12);
    expect(shares[1]).toBeCloseTo(0.1, 12);
    expect(shares[2]).toBeCloseTo(15 / 70, 12);
    expect(s.readFormulas('E2')).toEqual([['=C2/B2']]);
    expect(s.read('A2:A3')).toEqual([['МБОУ СОШ №1 с. Ёлкино'], ['Лицей «Перспектива»']]);
    expect(s.readConditionalRules()).toEqual([share, blank, lyceum, notYet, middle]);
    expect(s.readValidations()).toEqual([
      { range: 'B2:C3', validation: count },
      { range: 'D2:D3', validation: yesNo },
    ]);
    expect(s.readNotes('E1')).toEqual([['Доля участников с отметкой «2»: Σ«2» / Σучастников']]);
    expect(s.readNumberFormats('E2')).toEqual([['0.0%']]);
  });
});
