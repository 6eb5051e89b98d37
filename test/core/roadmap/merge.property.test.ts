// Property tests of the roadmap merge over random catalogues, random user work between two
// generations (cell edits, deleted rows, added rows) and a random second generation, all through the
// tab's grid: nothing a person typed is lost, deleted suggestions stay deleted, new measures appear
// once, rows no longer proposed are marked and kept, and a further generation changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/config/cells';
import { RM } from '../../../src/core/text/roadmap';
import { ROADMAP_COL, ROADMAP_ROWS, type RoadmapColumn } from '../../../src/core/roadmap/tab';
import { fromGrid, merge, proposal, toGrid, userRow } from './helpers';

const IDS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const WORDS = [
  'план',
  'приказ',
  'семинар',
  'Май 2023',
  'Ежегодно',
  'выполнено',
  'https://x.ru/a',
  '15.03.2023',
  'итог',
];
const EDITABLE: RoadmapColumn[] = [
  'direction',
  'text',
  'deadline',
  'control',
  'responsible',
  'result',
  'indicator',
  'document',
  'link',
  'status',
  'curator',
  'comment',
];
const DEADLINES = ['Май 2023', 'Ежегодно', '', 'По графику проведения РМО', 'Январь 2022 г.'];

const catalogue = fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: IDS.length }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        text: fc.constantFrom('А', 'Б', 'В'),
        deadline: fc.constantFrom(...DEADLINES),
        active: fc.boolean(),
      }),
    ),
  ),
);
const toProposals = (c: { id: string; text: string; deadline: string; active: boolean }[]) =>
  // keep the catalogue order fixed (m1 < m2 < …) whatever subset is drawn
  [...c]
    .sort((a, b) => IDS.indexOf(a.id) - IDS.indexOf(b.id))
    .map((x) => proposal(x.id, { text: `${x.id} ${x.text}`, deadline: x.deadline }, x.active));

type Action =
  | { kind: 'edit'; row: number; column: RoadmapColumn; value: string }
  | { kind: 'delete'; row: number }
  | { kind: 'add'; row: number; text: string; comment: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    row: fc.nat(20),
    column: fc.constantFrom(...EDITABLE),
    value: fc.constantFrom(...WORDS),
  }),
  fc.record({ kind: fc.constant('delete' as const), row: fc.nat(20) }),
  fc.record({
    kind: fc.constant('add' as const),
    row: fc.nat(20),
    text: fc.constantFrom(...WORDS),
    comment: fc.constantFrom(...WORDS),
  }),
);

interface Work {
  grid: Cell[][];
  /** Cells the user set: row key → column → value. Row key: id, or the added row's own text+comment. */
  edits: Map<string, Map<RoadmapColumn, string>>;
  deleted: Set<string>;
  added: { text: string; comment: string }[];
}

function work(grid: Cell[][], actions: Action[]): Work {
  const g = grid.map((r) => [...r]);
  const edits = new Map<string, Map<RoadmapColumn, string>>();
  const deleted = new Set<string>();
  const added: Work['added'] = [];
  const first = ROADMAP_ROWS.first - 1;
  for (const a of actions) {
    const n = g.length - first;
    if (a.kind === 'add') {
      const text = `${a.text} #${added.length}`;
      added.push({ text, comment: a.comment });
      g.splice(first + (n === 0 ? 0 : a.row % (n + 1)), 0, userRow({ text, comment: a.comment }));
      continue;
    }
    if (n === 0) continue;
    const row = g[first + (a.row % n)] as Cell[];
    const id = String(row[ROADMAP_COL.id - 1] ?? '');
    if (id === '') continue; // only generated rows are edited or deleted here; user rows are checked whole
    if (a.kind === 'delete') {
      g.splice(first + (a.row % n), 1);
      deleted.add(id);
      edits.delete(id);
    } else {
      row[ROADMAP_COL[a.column] - 1] = a.value;
      const byCol = edits.get(id) ?? new Map<RoadmapColumn, string>();
      // a cell set back to exactly what the generator wrote is, by design, untouched
      if (a.value === generated(grid, id, a.column)) byCol.delete(a.column);
      else byCol.set(a.column, a.value);
      edits.set(id, byCol);
    }
  }
  return { grid: g, edits, deleted, added };
}

function generated(grid: Cell[][], id: string, column: RoadmapColumn): string {
  const row = grid.find((r) => r[ROADMAP_COL.id - 1] === id);
  return String(row?.[ROADMAP_COL[column] - 1] ?? '');
}

/** What a read cell holds: a typed «15.03.2023» in the control column is read as the ISO date. */
const asRead = (column: RoadmapColumn, value: string) =>
  column === 'control' && value === '15.03.2023' ? '2023-03-15' : value;

describe('mergeRoadmap (properties)', () => {
  it('keeps every edit and user row, never re-adds a deleted suggestion, adds new ones once, marks the rest, and is stable', () => {
    fc.assert(
      fc.property(catalogue, catalogue, fc.array(action, { maxLength: 12 }), (c1, c2, actions) => {
        const p1 = toProposals(c1);
        const p2 = toProposals(c2);
        const first = merge([], p1, []);
        const w = work(toGrid(first), actions);
        const before = fromGrid(w.grid);
        const second = merge(before.rows, p2, before.suggested);
        const rows = second.rows;

        // no row is lost: every row the user left is still there, plus the new ones
        expect(rows.length).toBe(before.rows.length + second.added.length);
        // every cell the user set is as the user set it
        for (const [id, byCol] of w.edits) {
          const row = rows.find((r) => r.id === id);
          expect(row).toBeDefined();
          for (const [column, value] of byCol)
            expect(row?.cells[column as keyof typeof row.cells]).toBe(asRead(column, value));
        }
        // user rows keep every cell they were given (an empty control date gets filled), in their order
        const ownBefore = before.rows.filter((r) => r.id === null);
        expect(ownBefore.map((r) => r.cells.text).sort()).toEqual(w.added.map((a) => a.text).sort());
        const own = rows.filter((r) => r.id === null);
        expect(own.map((r) => ({ ...r.cells, control: '' }))).toEqual(
          ownBefore.map((r) => ({ ...r.cells, control: '' })),
        );
        // deleted suggestions do not come back; new active proposals come exactly once
        for (const id of w.deleted) expect(rows.some((r) => r.id === id)).toBe(false);
        const remembered = new Set(first.suggested);
        for (const p of p2) {
          const count = rows.filter((r) => r.id === p.id).length;
          if (p.active && !remembered.has(p.id)) expect(count).toBe(1);
          if (!w.deleted.has(p.id) && remembered.has(p.id)) expect(count).toBe(1);
        }
        // a generated row nobody touched whose measure is no longer proposed is marked, not deleted
        const proposed = new Map(p2.map((p) => [p.id, p]));
        for (const r of rows) {
          if (r.id === null || w.edits.get(r.id)?.has('relevance')) continue;
          const p = proposed.get(r.id);
          const want = p === undefined ? RM.retiredCause : p.active ? '' : RM.retiredNotPlanned(2023);
          expect(r.cells.relevance).toBe(want);
        }
        // the tab remembers everything it ever suggested
        expect(new Set(second.suggested)).toEqual(
          new Set([...first.suggested, ...p2.filter((p) => p.active).map((p) => p.id)]),
        );
        // generating again with the same catalogue changes nothing
        const grid = toGrid(second);
        const again = fromGrid(grid);
        expect(toGrid(merge(again.rows, p2, again.suggested))).toEqual(grid);
      }),
      { seed: 20230601, numRuns: 300 },
    );
  });
});
