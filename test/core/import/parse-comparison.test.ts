// Tests «Сравнение отметок с отметками по журналу»: the 2024 horizontal layout with the full header
// texts («Отметке» in Подтвердили), the note §7.2 rows (% over the compared pupils, not over «всего»),
// a 31-character sheet name, and the older vertical layout.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/import/parse-report';
import type { ImportedBlock, ParseResult } from '../../../src/core/import/types';
import { comparisonReport, topBlock } from './fixtures';

function block(r: ParseResult): ImportedBlock {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const b = r.blocks[0];
  if (b === undefined) throw new Error('no block');
  return b;
}

// Note §7.2: the region row's counts 11011 + 17951 + 624 = 29586 < 29589 «всего»; the municipality and
// ОО rows' groups sum to their totals (2817: 1151 + 1596 + 70; 93: 52 + 37 + 4).
const report = comparisonReport([
  ['Чеченская Республика', 29589, 37.22, 11011, 60.67, 17951, 2.11, 624],
  ['Энский муниципальный район(reg99_m001)', 2817, 40.86, 1151, 56.66, 1596, 2.48, 70],
  ['МБОУ «СОШ №1»(edu990001)', 93, 55.91, 52, 39.78, 37, 4.3, 4],
]);

describe('parse «Сравнение…» (horizontal)', () => {
  it('takes the counts as given and checks the % over the compared pupils without warnings', () => {
    // 1151/2817 = 40.859 → 40.86; 1596/2817 = 56.656 → 56.66; 70/2817 = 2.485 → 2.48 (2.4849)
    // 52/93 = 55.914 → 55.91; 37/93 = 39.785 → 39.78 (39.7849); 4/93 = 4.301 → 4.3
    const b = block(parseReport(report, { sheetName: 'МА 4 Сравнение отметок с отметк' }));
    expect([b.reportType, b.year, b.subject, b.grade]).toEqual(['vpr-comparison', 2024, 'math', 4]);
    expect(b.warnings).toEqual([]);
    expect(b.rows.map((r) => r.kind)).toEqual(['region', 'municipality', 'school']);
    expect(b.rows[0]?.values).toEqual({
      'vpr.math.4.n': 29589,
      'vpr.math.4.lowered': 11011,
      'vpr.math.4.confirmed': 17951,
      'vpr.math.4.raised': 624,
    });
  });

  it('warns, naming the row, when a % does not match its count', () => {
    // 30 of 85 compared = 35.29 %, the file says 36.29
    const b = block(parseReport(comparisonReport([['МБОУ «СОШ №1»(edu990001)', 86, 36.29, 30, 62.35, 53, 2.35, 2]])));
    expect(b.warnings.map((w) => w.message)).toEqual([
      'Строка «МБОУ «СОШ №1»(edu990001)»: «Понизили» 36,29 % не совпадает с 30 из 85 сравнённых участников.',
    ]);
  });

  it('refuses a header missing a group column', () => {
    const grid = comparisonReport([['МБОУ «СОШ №1»(edu990001)', 86, 35.29, 30, 62.35, 53, 2.35]]);
    (grid[7] as unknown[]).pop();
    const r = parseReport(grid);
    expect(r.ok ? '' : r.errors[0]?.message).toContain('«Повысили … Кол-во участников»');
  });
});

describe('parse «Сравнение…» (older vertical layout)', () => {
  const vertical = [
    ...topBlock(
      'Сравнение отметок с отметками по журналу',
      'ВПР 2021 Математика 5 класс',
      'Математика',
      20,
      '19.03.2021',
    ),
    ['Группы участников', 'Кол-во участников', '%'],
    ['Энский муниципальный район(reg99_m001)'],
    ['Понизили (Отметка < Отметка по журналу) %', 200, 23.53],
    ['Подтвердили (Отметка = Отметка по журналу) %', 600, 70.59],
    ['Повысили (Отметка > Отметка по журналу) %', 50, 5.88],
    ['Всего', 850, 100],
    ['МБОУ «СОШ №1»'],
    ['Понизили (Отметка < Отметка по журналу)', 30, 35.29],
    ['Подтвердили (Отметка = Отметка по журналу)', 53, 62.35],
    ['Повысили (Отметка > Отметка по журналу)', 2, 2.35],
    ['Всего', 85, 100],
  ];

  it('reads one row per group block, without «.n» (its «Всего» counts compared pupils only)', () => {
    const b = block(parseReport(vertical));
    expect(b.rows).toEqual([
      {
        kind: 'municipality',
        name: 'Энский муниципальный район',
        login: 'reg99_m001',
        line: 9,
        values: { 'vpr.math.5.lowered': 200, 'vpr.math.5.confirmed': 600, 'vpr.math.5.raised': 50 },
      },
      {
        kind: 'school',
        name: 'МБОУ «СОШ №1»',
        parent: 'Энский муниципальный район',
        line: 14,
        values: { 'vpr.math.5.lowered': 30, 'vpr.math.5.confirmed': 53, 'vpr.math.5.raised': 2 },
      },
    ]);
    expect(b.warnings).toEqual([]);
  });

  it('refuses a file cut inside the last group', () => {
    const r = parseReport(vertical.slice(0, -2));
    expect(r.ok ? '' : r.errors[0]?.message).toContain('файл обрезан');
  });
});
