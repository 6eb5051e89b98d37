// Tests «Индивидуальные результаты»: pupil rows aggregated into counts per school (marks and the
// comparison with the journal), pupil codes never leaving the parser, and a cut file refused.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/import/parse-report';
import type { ImportedBlock, ParseResult } from '../../../src/core/import/types';
import { individualReport, type Pupil } from './fixtures';

function block(r: ParseResult): ImportedBlock {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const b = r.blocks[0];
  if (b === undefined) throw new Error('no block');
  return b;
}

const s1 = (code: string, mark: Pupil['mark'], journal: Pupil['journal']): Pupil => ({
  login: 'edu990001',
  school: 'МБОУ «СОШ №1»(edu990001)',
  code,
  mark,
  journal,
});
const s2 = (code: string, mark: Pupil['mark'], journal: Pupil['journal']): Pupil => ({
  login: 'edu990002',
  school: 'МБОУ «СОШ №2»(edu990002)',
  code,
  mark,
  journal,
});

const grid = individualReport([
  {
    caption: 'МБОУ «СОШ №1»(edu990001) | Кол-во участников: 6',
    pupils: [
      s1('10001', 3, 4),
      s1('10002', 2, 3),
      s1('10003', 5, 5),
      s1('10004', 4, 4),
      s1('10005', 4, 3),
      s1('10006', 3, 'нет отметки'),
    ],
  },
  {
    caption: 'МБОУ «СОШ №2»(edu990002) | Кол-во участников: 3',
    pupils: [s2('20001', 2, 2), s2('20002', '2', 4), s2('20003', 5, 4)],
  },
]);

describe('parse «Индивидуальные результаты»', () => {
  it('aggregates pupils into counts per school', () => {
    const b = block(parseReport(grid));
    expect([b.reportType, b.year, b.subject, b.grade]).toEqual(['vpr-individual', 2026, 'rus', 4]);
    // СОШ №1: marks 3,2,5,4,4,3 → «2» 1, «3» 2, «4» 2, «5» 1; n 6.
    // journal: 3<4 lowered, 2<3 lowered, 5=5 confirmed, 4=4 confirmed, 4>3 raised, 3 vs «нет отметки» not compared
    expect(b.rows[0]).toEqual({
      kind: 'school',
      name: 'МБОУ «СОШ №1»',
      login: 'edu990001',
      parent: 'Энский муниципальный район',
      line: 10,
      values: {
        'vpr.rus.4.n': 6,
        'vpr.rus.4.m2': 1,
        'vpr.rus.4.m3': 2,
        'vpr.rus.4.m4': 2,
        'vpr.rus.4.m5': 1,
        'vpr.rus.4.lowered': 2,
        'vpr.rus.4.confirmed': 2,
        'vpr.rus.4.raised': 1,
      },
    });
    // СОШ №2: marks 2,2,5 → «2» 2, «5» 1; 2=2 confirmed, 2<4 lowered, 5>4 raised
    expect(b.rows[1]?.values).toEqual({
      'vpr.rus.4.n': 3,
      'vpr.rus.4.m2': 2,
      'vpr.rus.4.m3': 0,
      'vpr.rus.4.m4': 0,
      'vpr.rus.4.m5': 1,
      'vpr.rus.4.lowered': 1,
      'vpr.rus.4.confirmed': 1,
      'vpr.rus.4.raised': 1,
    });
  });

  it('lets no pupil code out of the parser', () => {
    const text = JSON.stringify(parseReport(grid));
    for (const code of ['10001', '10006', '20003']) expect(text).not.toContain(code);
  });

  it('refuses a file with fewer pupil rows than its caption states', () => {
    const cut = grid.slice(0, -1);
    const r = parseReport(cut);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Школа «МБОУ «СОШ №2»»: указано участников 3, а строк участников в файле 2 — файл обрезан.',
    ]);
  });

  it('refuses a mark outside 2..5, naming the cell', () => {
    const bad = individualReport([
      { caption: 'МБОУ «СОШ №1»(edu990001) | Кол-во участников: 1', pupils: [s1('1', 6, 4)] },
    ]);
    const r = parseReport(bad);
    // row 10 (after the caption in row 9), column L («Отметка»)
    expect(r.ok ? null : r.errors[0]).toEqual({
      message: 'Ячейка L10: отметка «6» — ожидалась отметка от 2 до 5.',
      cell: 'L10',
    });
  });
});
