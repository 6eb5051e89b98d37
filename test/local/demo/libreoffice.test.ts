// This file opens the demo workbook — every tab of the product in one file — in a real consumer:
// headless LibreOffice converts it to a non-empty PDF. LibreOffice must be installed (Debian:
// apt-get install --no-install-recommends libreoffice-calc); without it this test fails on purpose.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../../src/local/demo/build';
import { DEMO_TEXT } from '../../../src/local/text';
import { saveXlsxWorkbook } from '../../../src/sheets/xlsx';

const dir = mkdtempSync(path.join(tmpdir(), 'shnor-demo-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo workbook in LibreOffice', () => {
  it('converts to a non-empty PDF', async () => {
    const xlsx = path.join(dir, DEMO_TEXT.fileName);
    await saveXlsxWorkbook(buildDemo().workbook, xlsx);
    const r = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(
      r.error,
      'LibreOffice не запустился: apt-get install --no-install-recommends libreoffice-calc',
    ).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // every tab prints at least one page: 29 tabs (7 config and store, 13 templates, 3 reports, 6 roadmaps)
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(29);
  }, 240_000);
});
