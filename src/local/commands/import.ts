// This file is `shnor-monitor import <file> --into <workbook.xlsx>`: not wired yet — it says so plainly
// and exits non-zero, after checking its arguments, until the importer is connected to the app layer.
import type { CommandArgs } from '../args';
import { LocalError } from '../errors';
import type { Io } from '../io';
import { CLI } from '../text';

export async function importCommand(_args: CommandArgs<'import'>, _io: Io): Promise<number> {
  throw new LocalError(CLI.notImplemented(CLI.importFeature));
}
