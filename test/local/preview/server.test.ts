// This file checks the preview server over HTTP, in process, on a free loopback port: the page and the
// sidebar with its bridge, the function table of google.script.run (refusing `_` names, unknown names,
// foreign hosts and origins, non-JSON bodies), saving the .xlsx after a call that wrote, cell edits
// typed as Sheets types them, and falling back to a free port when the asked one is taken.
import { request } from 'node:http';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../../src/local/demo/build';
import { localFunctions } from '../../../src/local/preview/functions';
import { startPreview, typedValue, type Preview } from '../../../src/local/preview/server';
import type { SheetView } from '../../../src/local/preview/render';
import { openXlsxWorkbook, saveXlsxWorkbook } from '../../../src/sheets/xlsx';

const ASSETS = {
  sidebarHtml:
    '<!doctype html><html><head><meta charset="utf-8"></head><body><script>/*sidebar*/</script></body></html>',
  clientJs: '/*client*/',
  bridgeJs: '/*bridge*/',
};

let preview: Preview;
let file: string;

beforeAll(async () => {
  const { workbook } = buildDemo();
  file = path.join(mkdtempSync(path.join(tmpdir(), 'shnor-preview-')), 'demo.xlsx');
  await saveXlsxWorkbook(workbook, file);
  const functions = localFunctions(workbook, { now: () => '2024-06-21 09:30', user: () => 'тест' });
  preview = await startPreview({
    file,
    workbook,
    assets: ASSETS,
    functions: functions.table,
    wrote: functions.wrote,
    port: 0,
  });
});

afterAll(async () => {
  await preview?.close();
});

interface Reply {
  status: number;
  type: string;
  body: string;
}

function http(
  method: string,
  pathname: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: preview.port, method, path: pathname, headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const rpc = (name: string, args: unknown[] = []) =>
  http('POST', `/rpc/${encodeURIComponent(name)}`, {
    body: JSON.stringify(args),
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${preview.port}` },
  });

describe('pages', () => {
  it('serves the page with the sidebar in an iframe, on loopback', async () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    const page = await http('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<iframe id="sidebar" src="/sidebar"');
    expect(page.body).toContain('<script src="/preview.js"></script>');
  });

  it('loads the bridge before the sidebar’s own script', async () => {
    const sidebar = await http('GET', '/sidebar');
    expect(sidebar.body.indexOf('<script src="/bridge.js"></script>')).toBeLessThan(
      sidebar.body.indexOf('/*sidebar*/'),
    );
    expect((await http('GET', '/bridge.js')).body).toBe('/*bridge*/');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await http('GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('renders a tab with its conditional colours', async () => {
    const r = await http('GET', `/api/sheet?name=${encodeURIComponent('Свод')}`);
    const view = JSON.parse(r.body) as SheetView;
    expect(view.name).toBe('Свод');
    expect(view.cells.flat().some((c) => c?.bg === '#f4c7c3')).toBe(true);
    expect((await http('GET', `/api/sheet?name=${encodeURIComponent('Нет такого')}`)).status).toBe(404);
  });
});

describe('google.script.run over HTTP', () => {
  it('answers the sidebar’s first call with the tabs of the workbook', async () => {
    const r = await rpc('getStatus');
    const answer = JSON.parse(r.body) as { ok: boolean; value: { sheetNames: string[] } };
    expect(answer.ok).toBe(true);
    expect(answer.value.sheetNames).toContain('Свод');
  });

  it('refuses private names, unknown names, non-JSON bodies, foreign origins and other content types', async () => {
    expect(JSON.parse((await rpc('getStatus_')).body)).toEqual({
      ok: false,
      message: 'Функция «getStatus_» недоступна панели.',
      changed: false,
    });
    expect((await rpc('constructor')).status).toBe(404);
    expect((await rpc('toString')).status).toBe(404);
    const notArray = await http('POST', '/rpc/getStatus', {
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notArray.status).toBe(400);
    const foreign = await http('POST', '/rpc/getStatus', {
      body: '[]',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const form = await http('POST', '/rpc/getStatus', { body: '[]', headers: { 'Content-Type': 'text/plain' } });
    expect(form.status).toBe(403);
  });

  it('passes a server error as its message, code tag included, for the sidebar’s client to read', async () => {
    const r = await rpc('reviewSubmission', [{ school: 'Ш99', decision: 'принято', comment: '' }]);
    const answer = JSON.parse(r.body) as { ok: boolean; message: string };
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('«Ш99»');
    expect(answer.message).toMatch(/\[INVALID_INPUT\]$/);
  });

  it('saves the file after a call that wrote, so the file holds what the sidebar did', async () => {
    const before = statSync(file).mtimeMs;
    const r = await rpc('buildReport', [{}]);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { schoolsRead: 13 }, changed: true });
    expect(statSync(file).mtimeMs).toBeGreaterThan(before);
    const saved = await openXlsxWorkbook(file);
    const log = saved.sheet('Журнал')?.read() ?? [];
    expect(log.some((row) => row.includes('2024-06-21 09:30') && row.includes('тест'))).toBe(true);
  });
});

describe('what tells the page to redraw', () => {
  it('a call that only reads does not; selecting a cell does', async () => {
    expect(JSON.parse((await rpc('listPresets')).body)).toMatchObject({ ok: true, changed: false });
    const select = () => rpc('selectCell', [{ sheet: 'Школа Ш09', cell: 'D24' }]);
    expect(JSON.parse((await select()).body)).toEqual({ ok: true, value: null, changed: true });
    const book = JSON.parse((await http('GET', '/api/book')).body) as { active: unknown };
    expect(book.active).toEqual({ sheet: 'Школа Ш09', range: 'D24' });
    expect(JSON.parse((await select()).body)).toMatchObject({ changed: false });
  });
});

describe('cell edits', () => {
  it('types like Google Sheets in Russian: numbers with a dot or a comma, text, empty clears', () => {
    expect(typedValue('12')).toBe(12);
    expect(typedValue('12,5')).toBe(12.5);
    expect(typedValue(' 7.25 ')).toBe(7.25);
    expect(typedValue('пятеро')).toBe('пятеро');
    expect(typedValue('Да')).toBe('Да');
    expect(typedValue('  ')).toBeNull();
  });

  it('writes a cell and saves the file', async () => {
    const body = JSON.stringify({ sheet: 'Школа Ш01', cell: 'D20', text: '615' });
    const r = await http('POST', '/api/cell', { body, headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(r.body)).toEqual({ ok: true });
    expect((await openXlsxWorkbook(file)).sheet('Школа Ш01')?.read('D20')).toEqual([[615]]);
    const bad = await http('POST', '/api/cell', {
      body: JSON.stringify({ sheet: 'Школа Ш01', cell: 'D20:E21', text: '1' }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('port', () => {
  it('falls back to a free port when the asked one is taken', async () => {
    const functions = localFunctions(buildDemo().workbook);
    const second = await startPreview({
      file,
      workbook: buildDemo().workbook,
      assets: ASSETS,
      functions: functions.table,
      wrote: functions.wrote,
      port: preview.port,
    });
    try {
      expect(second.fellBack).toBe(true);
      expect(second.port).not.toBe(preview.port);
    } finally {
      await second.close();
    }
  });
});
