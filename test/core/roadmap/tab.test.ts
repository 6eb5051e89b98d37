// Tests reading a roadmap tab back as people leave it: rows inserted above the header, moved columns,
// a column the add-on does not know, values outside the dropdowns (problems name the cell), typed
// dates, a lost memory cell, and that rendering then reading gives the same rows.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/config/cells';
import { decodeStamp, encodeStamp } from '../../../src/core/roadmap/row';
import { readRoadmapTab, ROADMAP_COL, ROADMAP_ROWS } from '../../../src/core/roadmap/tab';
import { RM } from '../../../src/core/text/roadmap';
import { fromGrid, merge, proposal, setCell, TAB_NAME, toGrid } from './helpers';

const generated = () => merge([], [proposal('m1'), proposal('m2')], []);

describe('readRoadmapTab', () => {
  it('reads back what it rendered', () => {
    const m = generated();
    const back = fromGrid(toGrid(m));
    expect(back.rows).toEqual(m.rows.map(({ id, cells, stamp }) => ({ id, cells, stamp })));
    expect(back.suggested).toEqual(['m1', 'm2']);
    expect(back.problems).toEqual([]);
  });

  it('finds the header below inserted rows and columns by name', () => {
    const grid = toGrid(generated());
    grid.splice(0, 0, [null], ['Заметка методиста']);
    // and one between the memory cell (row 3, now 5) and the header (now row 6)
    grid.splice(ROADMAP_ROWS.header + 1, 0, ['Ещё заметка']);
    // swap «Статус» and «Комментарий» (header and data)
    for (const r of grid) {
      const a = ROADMAP_COL.status - 1;
      const b = ROADMAP_COL.comment - 1;
      [r[a], r[b]] = [r[b] ?? null, r[a] ?? null];
    }
    const read = readRoadmapTab(TAB_NAME, grid);
    expect(read.ok && read.rows.map((r) => [r.id, r.cells.status, r.sheetRow])).toEqual([
      ['m1', 'не начато', ROADMAP_ROWS.first + 3],
      ['m2', 'не начато', ROADMAP_ROWS.first + 4],
    ]);
    expect(read.ok && read.suggested).toEqual(['m1', 'm2']);
  });

  it('leaves alone a tab with a column it does not know that holds data', () => {
    const grid = toGrid(generated());
    grid[ROADMAP_ROWS.header - 1]?.push('Исполнитель');
    grid[ROADMAP_ROWS.first - 1]?.push('Иванова');
    const read = readRoadmapTab(TAB_NAME, grid);
    // the 17th column is Q; the header is in row 4
    expect(read).toEqual({ ok: false, problem: RM.extraColumn("'ДК 01'!Q4", 'Исполнитель') });
  });

  it('refuses a sheet that is not a roadmap', () => {
    expect(readRoadmapTab('ДК 02', [['Школа'], ['что-то']])).toEqual({ ok: false, problem: RM.notRoadmap('ДК 02') });
  });

  it('names the cell of a status, a curator mark or a date outside the lists', () => {
    const grid = toGrid(generated());
    setCell(grid, 'm1', 'status', 'частично');
    setCell(grid, 'm2', 'curator', 'ок');
    setCell(grid, 'm2', 'control', 'до конца года');
    const { problems } = fromGrid(grid);
    // m1 is in row 5, m2 in row 6; status is column K, curator L, control E
    expect(problems).toEqual([
      RM.badStatus("'ДК 01'!K5", 'частично'),
      RM.badCurator("'ДК 01'!L6", 'ок'),
      RM.badControl("'ДК 01'!E6", 'до конца года'),
    ]);
  });

  it('reads a typed dd.mm.yyyy date as the date, and an impossible one as text', () => {
    const grid = toGrid(generated());
    setCell(grid, 'm1', 'control', '01.09.2023');
    setCell(grid, 'm2', 'control', '31.02.2023');
    const { rows, problems } = fromGrid(grid);
    expect(rows.map((r) => r.cells.control)).toEqual(['2023-09-01', '31.02.2023']);
    expect(problems).toHaveLength(1);
  });

  it('reads a lost memory cell as nothing suggested, and a garbled stamp as no stamp', () => {
    const grid = toGrid(generated());
    (grid[ROADMAP_ROWS.hint - 1] as Cell[])[ROADMAP_COL.stamp - 1] = null;
    setCell(grid, 'm1', 'stamp', 'что-то');
    const back = fromGrid(grid);
    expect(back.suggested).toEqual([]);
    expect(back.rows[0]?.stamp).toEqual({});
  });

  it('skips empty rows', () => {
    const grid = toGrid(generated());
    grid.splice(ROADMAP_ROWS.first, 0, new Array<Cell>(16).fill(null));
    expect(fromGrid(grid).rows.map((r) => r.id)).toEqual(['m1', 'm2']);
  });
});

describe('stamps', () => {
  it('round-trip, with empty slots for cells never written', () => {
    const s = { text: '0123abcd', control: 'ffffffff' };
    expect(decodeStamp(encodeStamp(s))).toEqual(s);
    // 9 slots: direction, text, deadline, responsible, result, indicator, document, control, relevance;
    // text (2nd) and control (8th) filled: '' . text . 5 × '' . control . '' → 6 dots between the two hashes
    expect(encodeStamp(s)).toBe('.0123abcd......ffffffff.');
  });
});
