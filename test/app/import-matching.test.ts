// Tests how report rows find their schools across imports: by login, by name when `Школы` holds only
// the old sch… login (the new edu… login is then stored, so next time it is a login match), a row the
// user maps once by its login (stored in `Школы`) or by its name (stored in «Сопоставление школ»), and
// a mapping to a school that does not exist, refused with nothing written.
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../src/app/import';
import { readMappings } from '../../src/app/import-memory';
import { MAPPING_TAB } from '../../src/core/text/import-app';
import { countWrites, egeGrid, EGE_ROWS, pasteTab, run, VPR_TAB, vprGrid, workbook } from './import-fixtures';

const vprSource = { source: { sheetName: VPR_TAB }, year: 2023 };

describe('login and name matching', () => {
  it('stores the new edu… logins of schools found by name, so the next import matches by login', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const out = applyImport(wb, run, vprSource);
    // S2 (sch700002 on file) and S3 (no login) were found by name: their edu… logins are added
    expect(out.loginsStored).toBe(2);
    expect(wb.sheet('Школы')?.read('H2:H5')).toEqual([['edu700001'], ['sch700002, edu700002'], ['edu700003'], [null]]);
    const again = previewImport(wb, run, vprSource);
    expect(again.matched.map((m) => [m.school, m.by])).toEqual([
      ['S1', 'login'],
      ['S2', 'login'],
      ['S3', 'login'],
    ]);
  });

  it('writes the logins of `Школы` in one call', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const counted = countWrites(wb);
    applyImport(counted.wb, run, vprSource);
    // one append to Данные, one write of the logins column (S2 and S3 together), one log row
    expect(counted.writes()).toBe(3);
  });
});

describe('rows the user maps once', () => {
  it('remembers a mapped login in `Школы`', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    expect(previewImport(wb, run, vprSource).unmatched.map((u) => u.key)).toEqual(['login:edu700004']);
    const out = applyImport(wb, run, { ...vprSource, mapping: { 'login:edu700004': 'S4' } });
    // S2, S3 and the mapped S4 gain a login; no name mapping is needed for a row with a login
    expect([out.loginsStored, out.mappingsStored, out.unmatched]).toEqual([3, 0, 0]);
    expect(wb.sheet('Школы')?.read('H5')).toEqual([['edu700004']]);
    expect(wb.sheet(MAPPING_TAB)).toBeNull();
    const again = previewImport(wb, run, vprSource);
    expect(again.unmatched).toEqual([]);
    expect(again.matched.find((m) => m.school === 'S4')?.by).toBe('login');
  });

  it('remembers a mapped name (ЕГЭ tables give no logins) in «Сопоставление школ»', () => {
    const wb = workbook();
    // the ЕГЭ table names S4 in a way no normalisation turns into «Школа-интернат»
    const rows = [
      ...EGE_ROWS.slice(0, 5),
      [null, 'МКОУ «Лесная школа»', null, 5, 5, 0, 0, 0, 58, 3, 0, 0, 0, 3.7, 2, 0, 0, 0, 41],
      ...EGE_ROWS.slice(5),
    ];
    // the Стрежевой subtotal then lists schools for more than its own sums: a cross-check warning only
    const source = {
      source: { fileName: 'ЕГЭ 2023.xlsx', tables: [{ sheetName: '2023', grid: egeGrid(rows) }] },
      year: 2023,
    };
    const p = previewImport(wb, run, source);
    expect(p.unmatched.map((u) => [u.key, u.line, u.candidates])).toEqual([['name:лесная школа', 15, []]]);
    const out = applyImport(wb, run, { ...source, mapping: { 'name:лесная школа': 'S4' } });
    expect([out.mappingsStored, out.unmatched]).toEqual([1, 0]);
    const tab = wb.sheet(MAPPING_TAB)?.read() ?? [];
    expect(tab.map((r) => r.slice(0, 5))).toEqual([
      ['Ключ', 'Как в отчёте', 'Код школы', 'Сопоставлено', 'Кто'],
      ['name:лесная школа', 'МКОУ «Лесная школа»', 'S4', run.now, run.user],
    ]);
    expect(readMappings(wb)).toEqual({ 'name:лесная школа': 'S4' });
    const again = previewImport(wb, run, source);
    expect(again.unmatched).toEqual([]);
    expect(again.matched.find((m) => m.school === 'S4')?.by).toBe('mapping');
    // a repeated import does not remember the same mapping twice
    expect(applyImport(wb, run, { ...source, mapping: { 'name:лесная школа': 'S4' } }).mappingsStored).toBe(0);
    expect(wb.sheet(MAPPING_TAB)?.read()).toHaveLength(2);
  });

  it('lets a later row of «Сопоставление школ» correct an earlier one', () => {
    const wb = workbook();
    const sheet = wb.addSheet(MAPPING_TAB);
    sheet.write('A1', [
      ['Ключ', 'Как в отчёте', 'Код школы'],
      ['name:лесная школа', 'МКОУ «Лесная школа»', 'S3'],
      ['name:лесная школа', 'МКОУ «Лесная школа»', 'S4'],
      ['', 'пустая строка', 'S1'],
    ]);
    expect(readMappings(wb)).toEqual({ 'name:лесная школа': 'S4' });
  });

  it('refuses a mapping to a school that is not in `Школы`, writing nothing', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const counted = countWrites(wb);
    const out = applyImport(counted.wb, run, { ...vprSource, mapping: { 'login:edu700004': 'S9' } });
    expect(out.ok).toBe(false);
    expect(out.errors.map((e) => e.message)).toEqual([
      'Строке «МКОУ «Средняя школа-интернат п. Лесной»» выбрана школа с кодом «S9», которой нет на листе «Школы»: ничего не записано.',
    ]);
    expect(counted.writes()).toBe(0);
  });
});
