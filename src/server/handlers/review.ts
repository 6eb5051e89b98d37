// This file handles the coordinator's decision on a school («принято» / «на доработке» with a comment)
// and selecting a problem's cell from the board.
import type { BoardView } from '../api';
import { app } from '../app';
import { parseArgs } from '../parse';
import { ReviewSchema, SelectCellSchema } from '../schemas';

export function reviewSubmission(input: unknown): BoardView {
  return app.api().reviewSubmission(parseArgs(ReviewSchema, input));
}

export function selectCell(input: unknown): void {
  app.api().selectCell(parseArgs(SelectCellSchema, input));
}
