// Tests the issue's «done when»: on a workbook set up with strezhevoy-2023, a coordinator imports the
// municipality's ВПР «Статистика по отметкам» (pasted into a tab) and the regional ЕГЭ table (a file of
// several sheets) in two actions, and the report computes the ВПР/ЕГЭ indicators and the ШНОР rule
// from `Данные`. Expected numbers are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { createApi, type Env } from '../../src/app/api';
import { applyImport, isoNow, previewImport } from '../../src/app/import';
import { loadContext } from '../../src/app/context';
import { computeFromStore } from '../../src/app/report';
import { foldData, readDataTab } from '../../src/core/store/data';
import type { Workbook } from '../../src/sheets/port';
import { egeFile, pasteTab, run, VPR_TAB, vprGrid, workbook } from './import-fixtures';

function imported(): Workbook {
  const wb = workbook();
  pasteTab(wb, VPR_TAB, vprGrid());
  const vpr = applyImport(wb, run, {
    source: { sheetName: VPR_TAB },
    year: 2023,
    mapping: { 'login:edu700004': 'S4' },
  });
  expect(vpr.ok).toBe(true);
  const ege = applyImport(wb, run, { source: egeFile(), year: 2023 });
  expect(ege.ok).toBe(true);
  return wb;
}

const report = (wb: Workbook, year: number) => computeFromStore(wb, loadContext(wb, run.presets), year).result;

describe('a coordinator imports ВПР and ЕГЭ in two actions', () => {
  it('previews the ВПР tab without writing: blocks, matches, the row left to map', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const before = wb.sheet('Данные')?.read();
    const p = previewImport(wb, run, { source: { sheetName: VPR_TAB }, year: 2023 });
    expect(p.ok).toBe(true);
    expect(p.reportType).toBe('vpr-marks');
    expect(p.blocks.map((b) => [b.title, b.schoolRows, b.matched])).toEqual([
      ['ФИС ОКО «Статистика по отметкам»: ВПР математика 5 кл., 2023 год', 4, 3],
    ]);
    // S1 by its edu login; S2 (only sch… on file) and S3 (no login) by name
    expect(p.matched.map((m) => [m.line, m.school, m.by])).toEqual([
      [12, 'S1', 'login'],
      [13, 'S2', 'name'],
      [14, 'S3', 'name'],
    ]);
    expect(p.unmatched).toEqual([
      {
        sheet: VPR_TAB,
        line: 15,
        name: 'МКОУ «Средняя школа-интернат п. Лесной»',
        login: 'edu700004',
        parent: 'Городской округ Стрежевой',
        key: 'login:edu700004',
        candidates: ['S4'],
      },
    ]);
    // 3 matched schools × (n, «2», «3», «4», «5») = 15 values, nothing stored yet
    expect([p.newRows, p.unchangedRows, p.conflicts.length, p.alreadyImported]).toEqual([15, 0, 0, false]);
    expect(p.schools.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(wb.sheet('Данные')?.read()).toEqual(before);
  });

  it('writes each action as one version per school with provenance', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const vpr = applyImport(wb, run, {
      source: { sheetName: VPR_TAB },
      year: 2023,
      mapping: { 'login:edu700004': 'S4' },
    });
    // 4 schools × 5 values
    expect([vpr.rowsImported, vpr.schoolsWritten, vpr.matched, vpr.unmatched]).toEqual([20, 4, 4, 0]);
    const ege = applyImport(wb, run, { source: egeFile(), year: 2023 });
    // S1–S3 × 3 subjects × (n, below, mean); Томский район's «СОШ № 1» is not ours
    expect([ege.rowsImported, ege.schoolsWritten, ege.matched, ege.unmatched]).toEqual([27, 3, 3, 0]);
    expect(ege.warnings.map((w) => w.message)).toEqual([
      'Лист «2022» пропущен: он назван другим годом, а импорт выбран за 2023 год.',
      expect.stringContaining('Лист «Пояснения» пропущен: Отчёт не распознан'),
      'Строк школ других муниципалитетов: 1 — они не относятся к мониторингу и пропущены.',
    ]);
    const rows = readDataTab(wb.sheet('Данные')?.read() ?? []).rows;
    const s1 = rows.filter((r) => r.school === 'S1');
    // the ВПР import is version 1 of (2023, S1), the ЕГЭ import version 2
    expect(s1.find((r) => r.field === 'vpr.math.5.m2')).toMatchObject({
      year: 2023,
      value: 9,
      version: 1,
      collectedAt: run.now,
    });
    expect(s1.find((r) => r.field === 'ege.rus.11.below')).toMatchObject({ value: 7, version: 2 });
    expect(s1.find((r) => r.field === 'ege.rus.11.below')?.source).toMatch(
      /^ЕГЭ: результаты по школам; файл «Томская область ЕГЭ\.xlsx»; импорт 2024-06-10T12:00:00\+07:00; #[0-9a-f]{16}$/,
    );
    expect(s1.find((r) => r.field === 'vpr.math.5.n')?.source).toContain(`файл «${VPR_TAB}»`);
    // a school row counts once however many subjects its line carries
    const log = wb.sheet('Журнал')?.read() ?? [];
    expect(log.slice(-2).map((r) => [r[2], r[7]])).toEqual([
      [
        'Импорт результатов',
        'ФИС ОКО «Статистика по отметкам», 2023 год: записано значений 20 (школ 4); сопоставлено строк школ 4, не сопоставлено 0.',
      ],
      [
        'Импорт результатов',
        'ЕГЭ: результаты по школам, 2023 год: записано значений 27 (школ 3); сопоставлено строк школ 3, не сопоставлено 0.',
      ],
    ]);
  });

  it('computes the ВПР and ЕГЭ indicators of 2023 from the imported values', () => {
    const r = report(imported(), 2023);
    const ind = (school: string, code: string) => {
      const v = r.schools.find((s) => s.code === school)?.indicators[code];
      return [v?.num, v?.den];
    };
    // 2.1.3 «2» on ВПР / participants: S1 9/27, S2 4/40, S3 10/25, S4 1/8
    expect(['S1', 'S2', 'S3', 'S4'].map((s) => ind(s, '2.1.3'))).toEqual([
      [9, 27],
      [4, 40],
      [10, 25],
      [1, 8],
    ]);
    // 2.1.1 below the minimum on ЕГЭ (русский + базовая + профиль) / participants:
    // S1 (7+3+4)/(20+12+8) = 14/40, S2 (2+1+2)/(25+15+10) = 5/50, S3 (2+0+2)/(15+8+7) = 4/30
    expect(['S1', 'S2', 'S3'].map((s) => ind(s, '2.1.1'))).toEqual([
      [14, 40],
      [5, 50],
      [4, 30],
    ]);
    // municipality, pooled: ВПР 24/100 = 24,0 %; ЕГЭ (14+5+4)/(40+50+30) = 23/120 = 19,2 %
    expect(r.municipal.indicators['2.1.3']).toMatchObject({ num: 24, den: 100, display: '24,0 %' });
    expect(r.municipal.indicators['2.1.1']).toMatchObject({ num: 23, den: 120, display: '19,2 %' });
  });

  it('flags low results in 2023 and ШНОР in 2024 from them (seed 001 L76, L80)', () => {
    const wb = imported();
    const y2023 = report(wb, 2023);
    const rule = (school: string, code: string) => y2023.schools.find((s) => s.code === school)?.rules[code]?.flagged;
    // low.vpr «2» ≥ 30 %: S1 9/27 = 33,3 % yes; S2 4/40 = 10 % no; S3 10/25 = 40 % yes; S4 1/8 = 12,5 % no
    expect(['S1', 'S2', 'S3', 'S4'].map((s) => rule(s, 'low.vpr'))).toEqual([true, false, true, false]);
    // low.gia below ≥ 30 % on any ЕГЭ subject: S1 русский 7/20 = 35 % yes; S2 at most 2/10 = 20 %;
    // S3 профиль 2/7 = 28,6 % < 30 % no
    expect(['S1', 'S2', 'S3'].map((s) => rule(s, 'low.gia'))).toEqual([true, false, false]);
    // ШНОР of 2024 looks at 2023: S1 is low in ВПР математика, ЕГЭ русский and ЕГЭ профиль — 3 ≥ 2;
    // S2 has data and no low procedure; S3 has one, and 2022 (needed for «each of two years») is empty
    const y2024 = report(wb, 2024);
    const shnor = (school: string) => y2024.schools.find((s) => s.code === school)?.flags.shnor;
    expect(['S1', 'S2', 'S3'].map(shnor)).toEqual(['yes', 'no', 'noData']);
    const details = y2024.schools.find((s) => s.code === 'S1')?.rules['shnor']?.details;
    expect(details?.type === 'multiYear' ? details.lowPrev.map((h) => h.key).sort() : null).toEqual([
      'ege.mathp',
      'ege.rus',
      'vpr.math',
    ]);
  });

  it('keeps the program’s values as a fold of versions: the ЕГЭ import does not touch ВПР values', () => {
    const data = foldData(readDataTab(imported().sheet('Данные')?.read() ?? []).rows);
    expect(data['S1']?.[2023]).toMatchObject({
      'vpr.math.5.n': 27,
      'vpr.math.5.m2': 9,
      'vpr.math.5.m5': 2,
      'ege.rus.11.n': 20,
      'ege.mathp.11.below': 4,
      'ege.mathb.11.mean': 3.6,
    });
  });
});

describe('the import through the application API', () => {
  const env = (wb: Workbook, saved: { n: number }): Env => ({
    workbook: () => wb,
    now: () => run.now,
    user: () => run.user,
    sparkline: false,
    afterWrite: () => void (saved.n += 1),
  });

  it('offers the tabs a report may be pasted into, not the monitoring’s own', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    expect(createApi(env(wb, { n: 0 })).listImportSheets()).toEqual([VPR_TAB]);
  });

  it('saves (local mode) after an apply that wrote, never after a preview or a refusal', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    const saved = { n: 0 };
    const api = createApi(env(wb, saved));
    expect(api.previewImport({ source: { sheetName: VPR_TAB }, year: 2023 }).ok).toBe(true);
    expect(api.applyImport({ source: { sheetName: VPR_TAB } }).ok).toBe(false); // 2023 report, year 2024
    expect(saved.n).toBe(0);
    expect(api.applyImport({ source: { sheetName: VPR_TAB }, year: 2023 }).rowsImported).toBe(15);
    expect(saved.n).toBe(1);
  });

  it('stamps the provenance with the current time and its offset when the run gives none', () => {
    const at = new Date(Date.UTC(2026, 4, 2, 7, 0, 0));
    const iso = isoNow(at);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    // whatever the runtime's zone, it denotes the same instant
    expect(new Date(iso).getTime()).toBe(at.getTime());
  });
});
