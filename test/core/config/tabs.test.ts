// Tests the config tabs: what setup writes, and that a methodologist's edits come back into the program
// (or as errors naming `Tab!A1`).
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/config/cells';
import { indicatorsTab, readIndicatorsTab } from '../../../src/core/config/indicators-tab';
import { readRulesTab, rulesTab } from '../../../src/core/config/rules-tab';
import { readSchoolsTab, schoolsTab } from '../../../src/core/config/schools-tab';
import { readSettingsTab, settingsTab, type Settings } from '../../../src/core/config/settings-tab';
import { fieldsTab } from '../../../src/core/config/fields-tab';
import { buildTemplateLayout } from '../../../src/core/template/layout';
import { School } from '../../../src/core/schools';
import { smallProgram } from '../template/fixture';

const program = smallProgram();
const grid = (t: { columns: { header: string }[]; rows: Cell[][] }): Cell[][] => [
  t.columns.map((c) => c.header),
  ...t.rows.map((r) => [...r]),
];

describe('Показатели', () => {
  const tab = indicatorsTab(program, 2024);

  it('writes one row per indicator with baseline and a target column per program year', () => {
    // 9 fixed columns + «Цель 2023..2025» + source, periodicity, basis = 15
    expect(tab.columns.map((c) => c.header).slice(8, 12)).toEqual([
      'Базовое значение',
      'Цель 2023',
      'Цель 2024',
      'Цель 2025',
    ]);
    expect(tab.rows[0]?.slice(0, 3)).toEqual(['1', 'Кадры', 'Доля педагогов, прошедших ПК']);
    expect(tab.rows[0]?.slice(7, 12)).toEqual(['не менее', 40, 50, 60, null]);
    expect(tab.rows[0]?.[14]).toBe('test L1; test L2');
  });

  it('reads an edited target and comparison into the program', () => {
    const g = grid(tab);
    (g[1] as Cell[])[11] = 70; // L2: Цель 2025
    (g[1] as Cell[])[9] = '55,5'; // J2: Цель 2023 typed with a comma
    (g[1] as Cell[])[7] = 'не более';
    const { program: p, errors } = readIndicatorsTab(program, g, 2024);
    expect(errors).toEqual([]);
    const ind = p.indicators[0]!;
    expect(ind.comparison).toBe('lte');
    expect(ind.targets).toEqual([
      { year: 2023, value: 55.5, source: 'изменено в таблице' },
      { year: 2024, value: 60, source: null },
      { year: 2025, value: 70, source: 'изменено в таблице' },
    ]);
    expect(program.indicators[0]?.targets).toHaveLength(2); // input not mutated
  });

  it('names the cell of a bad target and keeps the old value', () => {
    const g = grid(tab);
    (g[1] as Cell[])[9] = 'пятьдесят'; // J2
    (g[1] as Cell[])[10] = 140; // K2: over 100 %
    const { program: p, errors } = readIndicatorsTab(program, g, 2024);
    expect(errors.map((e) => e.message)).toEqual([
      'Показатели!J2: цель должна быть числом от 0 до 100',
      'Показатели!K2: цель должна быть числом от 0 до 100',
    ]);
    expect(p.indicators[0]?.targets.map((t) => t.value)).toEqual([50, 60]);
  });

  it('reports an unknown indicator code', () => {
    const g = grid(tab);
    g.push(['9.9', '', 'Новый', '%']);
    expect(readIndicatorsTab(program, g, 2024).errors[0]?.cell).toBe('Показатели!A3');
  });
});

describe('Правила', () => {
  const tab = rulesTab(program);

  it('writes one row per editable parameter', () => {
    expect(tab.rows.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ['low', 'threshold', '≥', 30, '%'],
      ['shnsu', 'minCount', '≥', 1, 'шт.'],
      ['shnsu', 'С1', '>', 30, '%'],
      ['shnsu', 'С8', '', 'Нет', 'да/нет'],
    ]);
    expect(tab.rows[1]?.[7]).toBe('по умолчанию (в программе числа нет)');
  });

  it('applies an edited threshold and operator, marking the source as edited', () => {
    const g = grid(tab);
    (g[1] as Cell[])[4] = 'более';
    (g[1] as Cell[])[5] = 25;
    (g[4] as Cell[])[5] = 'Да';
    const { program: p, errors } = readRulesTab(program, g);
    expect(errors).toEqual([]);
    const k = p.rules[0]!.kind;
    expect(k.type === 'assessmentThreshold' && k.threshold).toEqual({
      op: 'gt',
      value: 25,
      source: 'изменено в таблице',
    });
    const c = p.rules[1]!.kind;
    expect(c.type === 'criteriaCount' && c.criteria[1]?.condition.equals).toBe(true);
    const orig = program.rules[0]!.kind;
    expect(orig.type === 'assessmentThreshold' && orig.threshold.value).toBe(30);
  });

  it('keeps the unchanged parameters with their seed source', () => {
    const { program: p } = readRulesTab(program, grid(tab));
    expect(p.rules).toEqual(program.rules);
  });

  it('names the cell of a bad operator or count', () => {
    const g = grid(tab);
    (g[1] as Cell[])[4] = 'около';
    (g[2] as Cell[])[5] = 1.5;
    expect(readRulesTab(program, g).errors.map((e) => e.message)).toEqual([
      'Правила!E2: оператор должен быть одним из: ≥, >, ≤, <, = (или «не менее», «более», «не более», «менее»)',
      'Правила!F3: должно быть целым числом от 1',
    ]);
  });
});

describe('Настройки', () => {
  const s: Settings = {
    municipality: 'Тестовый район',
    presetId: 'test-program',
    year: 2024,
    mode: 'tabs',
    includeSchoolsWithProblems: true,
    maxRiskDirections: 3,
    coordinators: ['uo@example.org'],
    deadline: '2024-06-15',
  };

  it('round-trips through the tab', () => {
    const g = grid(settingsTab(s));
    expect(g[8]?.[1]).toBe('15.06.2024');
    expect(readSettingsTab(g)).toEqual({ settings: s, errors: [] });
  });

  it('names the cells of bad values', () => {
    const g = grid(settingsTab(s));
    (g[3] as Cell[])[1] = 'две тысячи'; // B4: year
    (g[4] as Cell[])[1] = 'почта'; // B5: mode
    expect(readSettingsTab(g).errors.map((e) => e.message)).toEqual([
      'Настройки!B4: нужно целое число',
      'Настройки!B5: нужно «листы» или «файлы»',
    ]);
  });
});

describe('Школы', () => {
  const schools = [
    School.parse({ code: '01', name: 'СОШ № 1', category: 'ШНОР', email: 'sch1@example.org', logins: ['edu123'] }),
    School.parse({ code: '02', name: 'ООШ № 2' }),
  ];

  it('round-trips the registry', () => {
    const g = grid(schoolsTab(schools.map((school) => ({ school, source: `Школа ${school.code}` }))));
    const { rows, errors } = readSchoolsTab(g);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.school)).toEqual(schools);
    expect(rows.map((r) => r.source)).toEqual(['Школа 01', 'Школа 02']);
  });

  it('names the cells of a duplicate code, a bad email and a bad category', () => {
    const g = grid(schoolsTab(schools.map((school) => ({ school, source: '' }))));
    g.push(['01', 'Дубль', '', 'ШНОР', '', '', '', '', '', '', '']);
    (g[2] as Cell[])[6] = 'не-почта';
    (g[2] as Cell[])[3] = 'ШНОРР';
    const { rows, errors } = readSchoolsTab(g);
    expect(errors.map((e) => e.cell).sort()).toEqual(['Школы!A4', 'Школы!D3', 'Школы!G3']);
    expect(rows.map((r) => r.school.code)).toEqual(['01']);
  });
});

describe('Поля', () => {
  it('lists every field with its template address', () => {
    const layout = buildTemplateLayout(program, { schoolName: 'x', schoolCode: '01', year: 2024 });
    const rows = fieldsTab(layout).rows;
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r[0] === 'vpr.math.5.m2')?.slice(1)).toEqual([
      'Результаты оценочных процедур',
      'ВПР математика 5 кл.: «2»',
      'целое ≥ 0',
      0,
      null,
      'Нет',
      'E9',
    ]);
    expect(rows.find((r) => r[0] === 'items.mentoring_link')?.[7]).toBe('E28');
  });
});
