// This file handles «Импорт результатов» in two steps, so nothing is overwritten silently: the preview
// reads a pasted ФИС ОКО or regional table and shows matches and conflicts; apply writes to `Данные`.
import type { Api } from '../api';
import { app } from '../app';

export function listImportSheets(): string[] {
  return app.api().listImportSheets();
}

export function previewImport(input: Parameters<Api['previewImport']>[0]): ReturnType<Api['previewImport']> {
  return app.api().previewImport(input);
}

export function applyImport(input: Parameters<Api['applyImport']>[0]): ReturnType<Api['applyImport']> {
  return app.api().applyImport(input);
}
