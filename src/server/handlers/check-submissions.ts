// This file handles «Сдача данных»: per school status, filled share and problems with their cells.
import type { BoardView } from '../api';
import { app } from '../app';

export function checkSubmissions(): BoardView {
  return app.api().checkSubmissions();
}
