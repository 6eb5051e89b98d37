// This file makes the provenance of imported values: the import key (a hash of the block's content, so
// re-importing the same file — under any file name — is recognised) and the `source` text stored in
// `Данные` that carries it: «<report>; файл «…»; импорт <time>; #<key>».
import { z } from 'zod';
import { importText, REPORT_LABELS } from '../text/import';
import { sha256Hex } from './sha256';
import { REPORT_TYPES, type ImportedBlock } from './types';

export const Provenance = z.object({
  fileName: z.string().min(1),
  reportType: z.enum(REPORT_TYPES),
  /** ISO date-time of the import. */
  importedAt: z.iso.datetime({ offset: true }),
});
export type Provenance = z.infer<typeof Provenance>;

/** 16 hex digits of SHA-256 over the block's content (not its line numbers or warnings). */
export function importKey(block: ImportedBlock): string {
  const content = [
    block.reportType,
    block.year,
    block.procedure,
    block.subject,
    block.grade,
    block.rows.map((r) => [
      r.kind,
      r.name,
      r.login ?? null,
      r.code ?? null,
      r.parent ?? null,
      Object.entries(r.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
  ];
  return sha256Hex(JSON.stringify(content)).slice(0, 16);
}

export function sourceText(p: Provenance, key: string): string {
  return importText.source(REPORT_LABELS[p.reportType], p.fileName, p.importedAt, key);
}

/** The import key a `source` text carries, or null for values typed by schools. */
export function keyOfSource(source: string): string | null {
  return /#([0-9a-f]{16})$/.exec(source)?.[1] ?? null;
}
