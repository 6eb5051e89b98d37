// This file is `shnor-monitor import <file> --into <workbook.xlsx> [--year YYYY] [--map …] [--prefer …]
// [--dry-run]`: the two-step import of the sidebar on files. It previews first (report type, year, matched
// and unmatched schools, conflicts with values already in `Данные`), stops on errors with nothing written,
// then applies with the mappings and the conflict choice given on the command line and saves.
import { applyImport, previewImport, type ImportPreview } from '../../app/import';
import type { CommandArgs } from '../args';
import { LocalError } from '../errors';
import { openMonitoringFile, saveWorkbookFile } from '../files';
import type { Io } from '../io';
import { readTable } from '../read-table';
import { localRun } from '../run';
import { CLI } from '../text';

/** «name:сош 5=S05; login:edu123=S02» → { 'name:сош 5': 'S05', 'login:edu123': 'S02' }. */
export function parseMapping(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(';')) {
    if (part.trim() === '') continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0 || eq === part.length - 1) throw new LocalError(CLI.badMapping(part.trim()));
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export async function importCommand(args: CommandArgs<'import'>, io: Io): Promise<number> {
  const mapping = parseMapping(args.map);
  io.err(CLI.progressOpen(args.file));
  const table = await readTable(args.file);
  if (!table.ok) throw new LocalError(table.message);
  const workbook = await openMonitoringFile(args.into);
  const source = { fileName: table.fileName, tables: table.tables };
  const year = args.year === undefined ? {} : { year: args.year };
  const run = localRun();
  const preview = previewImport(workbook, run, { source, ...year });
  for (const line of describePreview(preview)) io.out(line);
  if (!preview.ok) return 1;
  if (args.dryRun) return 0;
  const resolutions = args.prefer
    ? Object.fromEntries(preview.conflicts.map((c) => [c.key, args.prefer as 'imported' | 'existing']))
    : {};
  const outcome = applyImport(workbook, run, { source, ...year, mapping, resolutions });
  for (const w of outcome.warnings) io.out(CLI.warning(w.message));
  for (const e of outcome.errors) io.out(CLI.problem(e.message));
  if (!outcome.ok) return 1;
  io.err(CLI.progressSave(args.into));
  await saveWorkbookFile(workbook, args.into);
  io.out(outcome.text);
  io.out(CLI.saved(args.into));
  return 0;
}

function describePreview(p: ImportPreview): string[] {
  return [
    ...p.errors.map((e) => CLI.problem(e.message)),
    ...(p.ok
      ? [
          CLI.importFound(
            p.blocks.map((b) => b.title),
            p.year,
            p.matched.length,
            p.newRows,
            p.unchangedRows,
          ),
        ]
      : []),
    ...(p.alreadyImported ? [CLI.importAlready] : []),
    ...p.unmatched.map((u) => CLI.importUnmatched(u.name, u.key, u.candidates)),
    ...p.conflicts.map((c) =>
      CLI.importConflict(c.schoolName, c.label, String(c.existing), c.existingSource, String(c.imported)),
    ),
    ...p.warnings.map((w) => CLI.warning(w.message)),
  ];
}
