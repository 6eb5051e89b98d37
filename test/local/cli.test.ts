// This file runs the built CLI (dist/cli.cjs from src/local/build.mjs) the way users do: the demo, a
// report whose --json output must agree cell by cell with the «Свод» tab it wrote, check, roadmaps,
// init from a CSV; and the refusals: missing file, not an xlsx, not a monitoring workbook, unknown
// preset, a bad CSV line, a malformed command line — each with a Russian message and non-zero status.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValue, ReportResult, RuleVerdict } from '../../src/core/engine/types';
import type { ReportJson } from '../../src/local/commands/report';
import { createXlsxWorkbook, openXlsxWorkbook, saveXlsxWorkbook } from '../../src/sheets/xlsx';
import type { CellValue } from '../../src/sheets/port';
import { buildLocalOnce } from './built';
import { VPR_TAB, vprGrid } from '../app/import-fixtures';

const run = promisify(execFile);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

let cli: string;
let dir: string;

async function shnor(...args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  cli = path.join(buildLocalOnce(), 'cli.cjs');
  dir = mkdtempSync(path.join(tmpdir(), 'shnor-cli-'));
  const demo = await shnor('demo', '--out', '.');
  expect(demo.code, demo.stderr).toBe(0);
});

const DEMO_FILE = 'демо-мониторинг.xlsx';

describe('demo and report', () => {
  it('writes the demo workbook and says where, with progress on stderr', async () => {
    const r = await shnor('demo', '--out', 'again');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`Создан файл ${path.join('again', DEMO_FILE)}`);
    expect(r.stderr).toContain('Заполняю формы школ (13)…');
  });

  it('report --json prints exactly what the «Свод» tab it saved shows', async () => {
    const r = await shnor('report', DEMO_FILE, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as ReportJson;
    const wb = await openXlsxWorkbook(path.join(dir, DEMO_FILE));
    const grid = wb.sheet('Свод')?.read() ?? [];
    const codes = grid[0] ?? [];
    const column = (code: string) => codes.indexOf(code);
    const result: ReportResult = json.result;

    // Row 4 is the municipality, then one row per school in registry order (column A: school code).
    const municipal = grid[3] ?? [];
    const schoolRows = grid.slice(4, 4 + result.schools.length);
    expect(schoolRows.map((row) => row[0])).toEqual(result.schools.map((s) => s.code));
    expect(result.schools).toHaveLength(13);

    let compared = 0;
    for (const meta of result.indicators) {
      const c = column(meta.code);
      expect(c, meta.code).toBeGreaterThan(0);
      expect(agrees(municipal[c] ?? null, result.municipal.indicators[meta.code], true), `МО ${meta.code}`).toBe(true);
      result.schools.forEach((s, i) => {
        const v = s.indicators[meta.code];
        expect(
          agrees(schoolRows[i]?.[c] ?? null, v, v?.inScope ?? true),
          `${s.code} ${meta.code}: ${String(schoolRows[i]?.[c])}`,
        ).toBe(true);
        compared += 1;
      });
    }
    for (const meta of result.rules) {
      const c = column(`rule.${meta.code}`);
      expect(c, meta.code).toBeGreaterThan(0);
      result.schools.forEach((s, i) => {
        expect(verdictAgrees(schoolRows[i]?.[c] ?? null, s.rules[meta.code]), `${s.code} ${meta.code}`).toBe(true);
        compared += 1;
      });
    }
    // 17 indicators and 14 rules of bogotol-2022 for 13 schools
    expect(compared).toBe((17 + 14) * 13);
    // flags with explanations and the problems with their cells travel too
    const sh02 = result.schools.find((s) => s.code === 'Ш02');
    expect(sh02?.rules['Н3']?.explanation).toMatch(/\S/);
    expect(json.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual([
      "'Школа Ш09'!D24",
      "'Школа Ш09'!E12",
    ]);
    expect(json.summary.schoolsRead).toBe(13);
  });

  it('report without --json says what it did', async () => {
    const r = await shnor('report', DEMO_FILE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Прочитано форм: 13 из 13');
    expect(r.stdout).toContain("'Школа Ш09'!D24");
    expect(r.stdout).toContain(`Сохранено: ${DEMO_FILE}`);
  });

  it('check lists statuses and the cells to fix', async () => {
    const r = await shnor('check', DEMO_FILE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ш10 ООШ с. Заречное: не начато, заполнено 0 %');
    expect(r.stdout).toContain('Ш08 ООШ д. Сосновка: заполняется, заполнено 50 %');
    expect(r.stdout).toContain('«пятеро» — не число');
  });

  it('roadmaps merges into the existing tabs, keeping them', async () => {
    const r = await shnor('roadmaps', DEMO_FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Созданы дорожные карты: нет.');
    expect(r.stdout).toContain('ДК Ш02');
  });
});

/** A Свод cell against the computed indicator value: number, «нет данных», «Да»/«Нет» or «—» out of scope. */
function agrees(cell: CellValue, v: IndicatorValue | undefined, inScope: boolean): boolean {
  if (!inScope) return cell === '—';
  if (!v) return cell === 'нет данных';
  if (typeof cell === 'number') return v.value !== null && Math.abs(cell - v.value) < 1e-9;
  if (cell === 'нет данных') return v.value === null && (v.meets === undefined || v.meets === null) && v.bool === null;
  // yes/no indicators show «да»/«нет» (rule columns «Да»/«Нет»)
  if (typeof cell === 'string' && /^(да|нет)$/i.test(cell))
    return (v.meets ?? v.bool) === (cell.toLowerCase() === 'да');
  return false;
}

function verdictAgrees(cell: CellValue, v: RuleVerdict | undefined): boolean {
  if (!v || v.status === 'outOfScope') return cell === '—';
  if (v.flagged === null) return cell === 'нет данных';
  return cell === (v.flagged ? 'Да' : 'Нет');
}

describe('init', () => {
  it('creates a monitoring workbook from a CSV list that report can then run on', async () => {
    writeFileSync(path.join(dir, 'schools.csv'), 'код;название;категория\nА1;СОШ № 1;ШНОР\nА2;ООШ д. Лесная;\n');
    const r = await shnor(
      'init',
      '--preset',
      'strezhevoy-2023',
      '--schools',
      'schools.csv',
      '--year',
      '2024',
      '--out',
      'new.xlsx',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Создан файл new.xlsx');
    const wb = await openXlsxWorkbook(path.join(dir, 'new.xlsx'));
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(['Настройки', 'Школы', 'Школа А1', 'Школа А2']));
    expect(
      wb
        .sheet('Школы')
        ?.read()
        .slice(1)
        .map((row) => [row[0], row[3]]),
    ).toEqual([
      ['А1', 'ШНОР'],
      ['А2', 'другая'],
    ]);
    const report = await shnor('report', 'new.xlsx');
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('Прочитано форм: 2 из 2');
  });

  it('refuses a bad CSV naming each line, and an unknown preset listing the known ones', async () => {
    writeFileSync(path.join(dir, 'bad.csv'), 'код;название;категория\nА1;СОШ;ШНР\n;Без кода;\n');
    const r = await shnor(
      'init',
      '--preset',
      'bogotol-2022',
      '--schools',
      'bad.csv',
      '--year',
      '2024',
      '--out',
      'x.xlsx',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Файл школ bad.csv, строка 2: категория: допустимо');
    expect(r.stderr).toContain('Файл школ bad.csv, строка 3: код школы');
    const p = await shnor(
      'init',
      '--preset',
      'moscow-2030',
      '--schools',
      'bad.csv',
      '--year',
      '2024',
      '--out',
      'x.xlsx',
    );
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('Программа «moscow-2030» не найдена. Есть: «tula-2022»');
  });
});

describe('refusals', () => {
  it('a missing file, a file that is not an xlsx, and an xlsx that is not a monitoring workbook', async () => {
    const missing = await shnor('report', 'нет-такого.xlsx');
    expect([missing.code, missing.stderr.trim().split('\n').pop()]).toEqual([1, 'Файл нет-такого.xlsx не найден.']);
    writeFileSync(path.join(dir, 'fake.xlsx'), 'код;название\n');
    const fake = await shnor('check', 'fake.xlsx');
    expect([fake.code, fake.stderr.trim().split('\n').pop()]).toEqual([
      1,
      'Файл fake.xlsx — не книга Excel (.xlsx). Сохраните его в формате .xlsx и повторите.',
    ]);
    const other = createXlsxWorkbook();
    other.addSheet('Лист1').write('A1', [['просто таблица']]);
    await saveXlsxWorkbook(other, path.join(dir, 'other.xlsx'));
    const notOurs = await shnor('report', 'other.xlsx', '--json');
    expect(notOurs.code).toBe(1);
    expect(notOurs.stdout).toBe('');
    expect(notOurs.stderr).toContain('Файл other.xlsx — не книга мониторинга: нет листа «Настройки»');
  });

  it('a malformed command line exits with 2', async () => {
    const bad = await shnor('report', DEMO_FILE, '--year', 'прошлый');
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'Команда report: --year: год — четыре цифры, например 2024. Справка: shnor-monitor help',
    ]);
    const unknown = await shnor('publish');
    expect(unknown.code).toBe(2);
    const prefer = await shnor('import', 'vpr.xlsx', '--into', DEMO_FILE, '--prefer', 'mine');
    expect(prefer.code).toBe(2);
  });
});

describe('import', () => {
  it('previews, refuses nothing silently, maps the unmatched school and writes the counts into Данные', async () => {
    writeFileSync(
      path.join(dir, 'str.csv'),
      'код;название;категория\nS1;СОШ № 1;ШНОР\nS2;СОШ № 2;другая\nS3;СОШ № 3;другая\nS4;Школа-интернат;другая\n',
    );
    const init = await shnor(
      'init',
      '--preset',
      'strezhevoy-2023',
      '--schools',
      'str.csv',
      '--year',
      '2024',
      '--out',
      'str.xlsx',
    );
    expect(init.code, init.stderr).toBe(0);
    const book = createXlsxWorkbook();
    book.addSheet(VPR_TAB).write('A1', vprGrid());
    await saveXlsxWorkbook(book, path.join(dir, 'vpr.xlsx'));

    // S1..S3 match by name; the file calls S4 differently, so it is listed with the key to map it by
    const dry = await shnor('import', 'vpr.xlsx', '--into', 'str.xlsx', '--year', '2023', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Школ сопоставлено: 3.');
    const key = /--map "([^=]+)=КОД"/.exec(dry.stdout)?.[1];
    expect(key).toBeDefined();
    const untouched = await openXlsxWorkbook(path.join(dir, 'str.xlsx'));
    expect(untouched.sheet('Данные')!.read().length).toBe(1); // header only: a dry run writes nothing

    const done = await shnor('import', 'vpr.xlsx', '--into', 'str.xlsx', '--year', '2023', '--map', `${key}=S4`);
    expect(done.code, done.stderr).toBe(0);
    const data = (await openXlsxWorkbook(path.join(dir, 'str.xlsx'))).sheet('Данные')!.read().slice(1);
    const value = (school: string, field: string) => data.find((r) => r[1] === school && r[2] === field)?.[3];
    // S1: N 27, «2» = round(33.33 × 27 / 100) = round(8.999) = 9; S4 (mapped): N 8, «2» = 12.5 % of 8 = 1
    expect([value('S1', 'vpr.math.5.n'), value('S1', 'vpr.math.5.m2'), value('S4', 'vpr.math.5.m2')]).toEqual([
      27, 9, 1,
    ]);

    const again = await shnor('import', 'vpr.xlsx', '--into', 'str.xlsx', '--year', '2023');
    expect(again.stdout).toContain('уже импортирован');
  });

  it('pdf puts Свод and Справка into one PDF next to the workbook', async () => {
    const r = await shnor('pdf', DEMO_FILE, '--out', 'pdf');
    expect(r.code, r.stderr).toBe(0);
    const file = decodeURI(/PDF готов: file:\/\/(\S+)/.exec(r.stdout)?.[1] ?? '');
    expect(file.endsWith('.pdf')).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('help lists every command', async () => {
    const r = await shnor('help');
    expect(r.code).toBe(0);
    for (const c of ['demo', 'init', 'check', 'report', 'roadmaps', 'import', 'pdf', 'preview'])
      expect(r.stdout).toContain(`  ${c} `);
  });
});
