// This file handles the coordinator's decision on a school («принято» / «на доработке» with a comment)
// and selecting a problem's cell from the board.
import type { Api, BoardView } from '../api';
import { app } from '../app';

export function reviewSubmission(input: Parameters<Api['reviewSubmission']>[0]): BoardView {
  return app.api().reviewSubmission(input);
}

export function selectCell(input: Parameters<Api['selectCell']>[0]): void {
  app.api().selectCell(input);
}
