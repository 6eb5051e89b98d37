#!/usr/bin/env node
// This file is the `shnor-monitor` command: it runs the bundled CLI, dist/cli.cjs (built by
// src/local/build.mjs, which `npm start`, `npm run cli` and `npm run demo` run when needed).
'use strict';

(async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
  if (!fs.existsSync(cli)) {
    process.stderr.write(
      'ШНОР-Монитор: нет dist/cli.cjs. Соберите проект: node src/local/build.mjs (или npm run cli -- help).\n',
    );
    process.exitCode = 1;
    return;
  }
  const { main } = (await import(pathToFileURL(cli).href)).default;
  process.exitCode = await main(process.argv.slice(2));
})();
