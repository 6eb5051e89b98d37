// This file handles «Импорт результатов» in two steps, so nothing is overwritten silently: the preview
// reads a pasted ФИС ОКО or regional table and shows matches and conflicts; apply writes to `Данные`.
import { ApplyInput, PreviewInput } from '../../app/import';
import type { Api } from '../api';
import { app } from '../app';
import { parseArgs } from '../parse';

export function listImportSheets(): string[] {
  return app.api().listImportSheets();
}

export function previewImport(input: unknown): ReturnType<Api['previewImport']> {
  return app.api().previewImport(parseArgs(PreviewInput, input));
}

export function applyImport(input: unknown): ReturnType<Api['applyImport']> {
  return app.api().applyImport(parseArgs(ApplyInput, input));
}
