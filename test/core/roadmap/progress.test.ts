// Tests the progress of a roadmap on a day: done over rows in the plan, overdue rows, rows out of the
// plan and rows without a date, with every count worked out by hand.
import { describe, expect, it } from 'vitest';
import { roadmapProgress } from '../../../src/core/roadmap/progress';
import { emptyCells, type RoadmapRow } from '../../../src/core/roadmap/row';
import { RM } from '../../../src/core/text/roadmap';

function row(text: string, status: string, control: string, relevance = ''): RoadmapRow {
  return { id: null, cells: { ...emptyCells(), text, status, control, relevance }, stamp: {} };
}

const ROWS = [
  row('A', 'выполнено', '2023-03-31'), // done
  row('B', 'в работе', '2023-02-28'), // overdue on 20.06.2023
  row('C', 'не начато', '2023-12-31'), // due later
  row('D', 'не выполнено', '2023-06-19'), // overdue: the day before
  row('E', 'выполнено', '2023-01-31'), // done, its date passed: not overdue
  row('F', 'не начато', '2023-01-31', RM.retiredCause), // out of the plan: not counted at all
  row('G', '', RM.unparsed), // in the plan, no date: never overdue
  row('', '', '2023-01-01'), // no measure text (a comment line): not a measure
  row('H', 'в работе', '2023-06-20'), // due today: not overdue yet
  row('I', 'не начато', '2023-05-31', 'Не актуально (решение методиста)'), // typed by hand: out of the plan
];

describe('roadmapProgress', () => {
  it('counts done and overdue over the rows in the plan', () => {
    // in the plan: A B C D E G H = 7; done: A, E = 2; overdue on 2023-06-20: B (28.02), D (19.06) = 2
    expect(roadmapProgress(ROWS, '2023-06-20')).toEqual({ done: 2, total: 7, overdue: 2 });
  });

  it('moves overdue with the day', () => {
    // on 2024-01-01 every dated row not done is overdue: B, C, D, H = 4
    expect(roadmapProgress(ROWS, '2024-01-01')).toEqual({ done: 2, total: 7, overdue: 4 });
    // on 2023-01-01 nothing is due yet
    expect(roadmapProgress(ROWS, '2023-01-01').overdue).toBe(0);
  });

  it('reaches seed 000’s «не менее 95 %» only at 19 of 20', () => {
    // 19/20 = 95 % meets the criterion; 18/20 = 90 % does not (the comparison is the report’s; here the counts)
    const plan = (done: number) =>
      Array.from({ length: 20 }, (_, i) => row(`M${i}`, i < done ? 'выполнено' : 'в работе', '2023-12-31'));
    const p = roadmapProgress(plan(19), '2023-06-20');
    expect([p.done, p.total]).toEqual([19, 20]);
    expect(p.done * 100 >= 95 * p.total).toBe(true);
    const q = roadmapProgress(plan(18), '2023-06-20');
    expect(q.done * 100 >= 95 * q.total).toBe(false);
  });

  it('gives zero of zero for an empty plan', () => {
    expect(roadmapProgress([], '2023-06-20')).toEqual({ done: 0, total: 0, overdue: 0 });
  });
});
