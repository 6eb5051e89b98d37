// This file is the CLI's entry (bundled to dist/cli.cjs; bin/shnor-monitor.cjs calls main): it parses
// the command line, runs the command and turns every failure into a Russian message on stderr and a
// non-zero exit status — 1 for bad input (missing file, not an xlsx, not a monitoring workbook,
// unknown preset, bad CSV line), 2 for a malformed command line.
import path from 'node:path';
import { describeError } from '../core/text/errors';
import { parseArgv } from './args';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { previewCommand } from './commands/preview';
import { reportCommand } from './commands/report';
import { roadmapsCommand } from './commands/roadmaps';
import { pdfCommand } from './commands/pdf';
import { LocalError } from './errors';
import { processIo, type Io } from './io';
import { CLI } from './text';

export interface MainOptions {
  /** Where sidebar.html, preview.js and bridge.js are (the bundle's own directory by default). */
  assetsDir?: string;
}

/** The bundle's directory when running as dist/cli.cjs; dist/ under the working directory otherwise. */
function defaultAssetsDir(): string {
  return typeof __dirname === 'string' ? __dirname : path.resolve('dist');
}

export async function main(argv: readonly string[], io: Io = processIo, options: MainOptions = {}): Promise<number> {
  try {
    const parsed = parseArgv(argv);
    switch (parsed.command) {
      case 'help':
        io.out(CLI.help);
        return 0;
      case 'demo':
        return await demoCommand(parsed.args, io);
      case 'init':
        return await initCommand(parsed.args, io);
      case 'check':
        return await checkCommand(parsed.args, io);
      case 'report':
        return await reportCommand(parsed.args, io);
      case 'roadmaps':
        return await roadmapsCommand(parsed.args, io);
      case 'import':
        return await importCommand(parsed.args, io);
      case 'pdf':
        return await pdfCommand(parsed.args, io);
      case 'preview':
        return await previewCommand(parsed.args, io, options.assetsDir ?? defaultAssetsDir());
    }
  } catch (e) {
    if (e instanceof LocalError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(CLI.failed(describeError(e).message));
    return 1;
  }
}

// `node dist/cli.cjs …` (the npm scripts) runs it directly; bin/shnor-monitor.cjs calls main itself.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
