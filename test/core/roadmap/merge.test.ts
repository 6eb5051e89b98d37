// Tests the merge of a new generation into a roadmap people have worked in, through the tab's grid
// as a user leaves it: edited cells kept, untouched ones refreshed, user rows kept in place, rows no
// longer triggered marked (not deleted) and unmarked when they come back, deleted suggestions not
// re-added, new measures placed after their catalogue neighbour, control dates following the deadline.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/config/cells';
import { RM } from '../../../src/core/text/roadmap';
import { ROADMAP_COL, ROADMAP_ROWS } from '../../../src/core/roadmap/tab';
import { cellAt, fromGrid, merge, proposal, rowOf, setCell, toGrid, userRow } from './helpers';

const ids = (grid: Cell[][]) =>
  grid.slice(ROADMAP_ROWS.first - 1).map((r) => r[ROADMAP_COL.id - 1] || `user:${String(r[ROADMAP_COL.text - 1])}`);

describe('mergeRoadmap', () => {
  const first = [proposal('m1'), proposal('m2'), proposal('m3'), proposal('m4')];

  function workedIn(): Cell[][] {
    const grid = toGrid(merge([], first, []));
    setCell(grid, 'm1', 'text', 'Мероприятие m1, уточнено школой');
    setCell(grid, 'm2', 'status', 'выполнено');
    setCell(grid, 'm2', 'link', 'https://example.org/prikaz.pdf');
    setCell(grid, 'm2', 'comment', 'Приказ от 12.03');
    setCell(grid, 'm4', 'curator', 'на доработке');
    grid.splice(rowOf(grid, 'm3'), 1); // the school deletes a suggestion
    grid.splice(
      rowOf(grid, 'm1') + 1,
      0,
      userRow({ text: 'Своё мероприятие', deadline: 'Апрель 2023', status: 'в работе' }),
    );
    return grid;
  }

  it('numbers a new tab and remembers what it suggested', () => {
    const m = merge([], first, []);
    expect(m.rows.map((r) => r.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(m.suggested).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(m.added).toEqual(['m1', 'm2', 'm3', 'm4']);
    const grid = toGrid(m);
    expect(grid.slice(ROADMAP_ROWS.first - 1).map((r) => r[ROADMAP_COL.n - 1])).toEqual([1, 2, 3, 4]);
    expect(grid[ROADMAP_ROWS.hint - 1]?.[ROADMAP_COL.stamp - 1]).toBe('Предложено: m1, m2, m3, m4');
    // «Май 2023» → 31.05.2023
    expect(cellAt(grid, 'm1', 'control')).toBe('2023-05-31');
  });

  it('keeps edits, user rows and deletions; refreshes untouched cells; marks and adds', () => {
    const before = fromGrid(workedIn());
    const second = [
      proposal('m1', { text: 'Новый текст каталога', direction: 'Новая причина' }),
      proposal('m2', { direction: 'Другая причина' }),
      proposal('m3'),
      proposal('m5'),
    ];
    const m = merge(before.rows, second, before.suggested);
    const grid = toGrid(m);
    // m1: the school's text stays, the untouched direction follows the catalogue
    expect(cellAt(grid, 'm1', 'text')).toBe('Мероприятие m1, уточнено школой');
    expect(cellAt(grid, 'm1', 'direction')).toBe('Новая причина');
    // m2: status, link and comment stay
    expect([cellAt(grid, 'm2', 'status'), cellAt(grid, 'm2', 'link'), cellAt(grid, 'm2', 'comment')]).toEqual([
      'выполнено',
      'https://example.org/prikaz.pdf',
      'Приказ от 12.03',
    ]);
    expect(cellAt(grid, 'm2', 'direction')).toBe('Другая причина');
    // m3 was deleted by the school: not back; m4 no longer triggered: kept, marked, curator mark kept;
    // m5 is new: after m2, its catalogue neighbour; the user's row stays after m1
    expect(ids(grid)).toEqual(['m1', 'user:Своё мероприятие', 'm2', 'm5', 'm4']);
    expect(cellAt(grid, 'm4', 'relevance')).toBe(RM.retiredCause);
    expect(cellAt(grid, 'm4', 'curator')).toBe('на доработке');
    expect(m.added).toEqual(['m5']);
    expect(m.retired).toEqual(['m4']);
    expect(m.suggested).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    // the user's row keeps its cells and gets a control date from its own deadline: «Апрель 2023» → 30.04.2023
    const own = grid[rowOf(grid, 'm1') + 1] as Cell[];
    expect([
      own[ROADMAP_COL.text - 1],
      own[ROADMAP_COL.status - 1],
      own[ROADMAP_COL.control - 1],
      own[ROADMAP_COL.id - 1],
    ]).toEqual(['Своё мероприятие', 'в работе', '2023-04-30', '']);
  });

  it('unmarks a row whose reason comes back, and marks one not planned this year', () => {
    const g1 = toGrid(merge([], first, []));
    const r1 = fromGrid(g1);
    const g2 = toGrid(merge(r1.rows, [proposal('m1'), proposal('m2')], r1.suggested));
    expect(cellAt(g2, 'm3', 'relevance')).toBe(RM.retiredCause);
    const r2 = fromGrid(g2);
    const g3 = toGrid(
      merge(r2.rows, [proposal('m1'), proposal('m2'), proposal('m3'), proposal('m4', {}, false)], r2.suggested),
    );
    expect(cellAt(g3, 'm3', 'relevance')).toBe('');
    expect(cellAt(g3, 'm4', 'relevance')).toBe(RM.retiredNotPlanned(2023));
  });

  it('keeps a relevance mark the user typed', () => {
    const g = toGrid(merge([], first, []));
    setCell(g, 'm2', 'relevance', 'не актуально: сделано в прошлом году');
    const r = fromGrid(g);
    expect(cellAt(toGrid(merge(r.rows, first, r.suggested)), 'm2', 'relevance')).toBe(
      'не актуально: сделано в прошлом году',
    );
  });

  it('recomputes the control date from an edited deadline, and keeps a date the user typed', () => {
    const g = toGrid(merge([], first, []));
    setCell(g, 'm1', 'deadline', 'Октябрь 2023');
    setCell(g, 'm2', 'control', '15.06.2023'); // typed as text: read as that date
    const r = fromGrid(g);
    const m = merge(r.rows, first, r.suggested);
    const g2 = toGrid(m);
    // the school's deadline stays and dates the row: «Октябрь 2023» → 31.10.2023
    expect([cellAt(g2, 'm1', 'deadline'), cellAt(g2, 'm1', 'control')]).toEqual(['Октябрь 2023', '2023-10-31']);
    expect(cellAt(g2, 'm2', 'control')).toBe('2023-06-15');
    expect(m.rows.find((x) => x.id === 'm2')?.controlNote).toMatch(/^Дата изменена вручную/);
  });

  it('flags an unreadable deadline instead of guessing, and takes the date the methodologist gives', () => {
    const g = toGrid(merge([], [proposal('m1', { deadline: '' })], []));
    expect(cellAt(g, 'm1', 'control')).toBe(RM.unparsed);
    setCell(g, 'm1', 'control', '2023-09-01');
    const r = fromGrid(g);
    expect(cellAt(toGrid(merge(r.rows, [proposal('m1', { deadline: '' })], r.suggested)), 'm1', 'control')).toBe(
      '2023-09-01',
    );
  });

  it('treats a copied row (a second row with the same id) as the user’s own', () => {
    const g = toGrid(merge([], first, []));
    const copy = [...(g[rowOf(g, 'm1')] as Cell[])];
    copy[ROADMAP_COL.text - 1] = 'Копия';
    g.push(copy);
    const r = fromGrid(g);
    const m = merge(r.rows, first, r.suggested);
    expect(m.rows.map((x) => x.id)).toEqual(['m1', 'm2', 'm3', 'm4', null]);
    expect(m.rows[4]?.cells.text).toBe('Копия');
  });

  it('does not change a tab it generated when nothing changed', () => {
    const r = fromGrid(workedIn());
    const once = toGrid(merge(r.rows, first, r.suggested));
    const again = fromGrid(once);
    expect(toGrid(merge(again.rows, first, again.suggested))).toEqual(once);
  });

  it('does not mutate the rows it is given', () => {
    const r = fromGrid(workedIn());
    const copy = structuredClone(r.rows);
    merge(r.rows, [proposal('m1', { text: 'x' })], r.suggested);
    expect(r.rows).toEqual(copy);
  });
});
