// This file handles «Экспорт в PDF»: `Свод` and `Справка` as one PDF in the add-on's Drive folder.
import { app } from '../app';

export function exportPdf(): { url: string } {
  return app.api().exportPdf();
}
