// This file builds local mode once per test worker into its own temporary directory (the add-on,
// dist/cli.cjs, preview.js, bridge.js), so tests run what users run and parallel workers never race.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let built: string | null = null;

/** The output directory of this worker's one build. */
export function buildLocalOnce(): string {
  if (built) return built;
  const outdir = mkdtempSync(path.join(tmpdir(), 'shnor-local-'));
  execFileSync(process.execPath, [path.join(ROOT, 'src/local/build.mjs'), '--outdir', outdir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  built = outdir;
  return outdir;
}
