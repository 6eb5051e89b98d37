// This file is the local preview server (Node's http, loopback only): the page, the real sidebar with a
// google.script.run bridge, the rendering of the workbook tabs, cell edits, and POST /rpc/<name> that
// runs the same application API as Apps Script over the .xlsx workbook, saving the file after every
// call that wrote and telling the page whether to redraw. Requests are handled one at a time, like Apps Script's lock. It refuses foreign
// Host and Origin headers (DNS rebinding, other sites posting) and JSON bodies it cannot read.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseA1 } from '../../core/a1';
import type { CellValue } from '../../sheets/port';
import type { XlsxWorkbook } from '../../sheets/xlsx';
import { saveWorkbookFile } from '../files';
import { PREVIEW } from '../text';
import { dateSerial } from './formula';
import { pageHtml } from './page';
import { renderSheet } from './render';
import { callRpc, type RpcTable } from './rpc';

export interface PreviewAssets {
  /** dist/sidebar.html */
  sidebarHtml: string;
  /** The bundled page script (client.ts). */
  clientJs: string;
  /** The bundled google.script.run bridge (bridge.ts). */
  bridgeJs: string;
}

export interface PreviewOptions {
  file: string;
  workbook: XlsxWorkbook;
  assets: PreviewAssets;
  /** The sidebar's server functions over `workbook`; `wrote()` tells whether the last call wrote. */
  functions: RpcTable;
  wrote: () => boolean;
  /** Port to try first; 0 = any free port. When taken, a free port is used. */
  port: number;
  /** Today for conditional formats with TODAY(), as a date serial; default: the real today. */
  today?: () => number;
}

export interface Preview {
  url: string;
  port: number;
  /** The port asked for was taken. */
  fellBack: boolean;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY = 1_000_000;

function realToday(): number {
  const d = new Date();
  return dateSerial(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** What a typed entry becomes: a number when it reads as one (dot or comma decimal as Sheets in ru), else text; empty clears. */
export function typedValue(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^-?\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'));
  return text;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { workbook, file, assets } = options;
  const today = options.today ?? realToday;
  let version = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const save = async () => {
    version += 1;
    if (workbook.sheetNames().length > 0) await saveWorkbookFile(workbook, file);
  };
  let origin = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host && req.headers.host !== `localhost:${new URL(origin).port}`)
      return send(res, 403, 'text/plain', PREVIEW.forbidden);
    if (req.method === 'GET') {
      switch (url.pathname) {
        case '/':
          return send(res, 200, 'text/html', pageHtml(file));
        case '/sidebar':
          return send(res, 200, 'text/html', withBridge(assets.sidebarHtml));
        case '/preview.js':
          return send(res, 200, 'text/javascript', assets.clientJs);
        case '/bridge.js':
          return send(res, 200, 'text/javascript', assets.bridgeJs);
        case '/favicon.ico':
          return send(res, 204, 'text/plain', '');
        case '/api/book':
          return json(res, 200, await serial(async () => bookView(workbook, version)));
        case '/api/sheet': {
          const view = await serial(async () => renderSheet(workbook, url.searchParams.get('name') ?? '', today()));
          return view
            ? json(res, 200, view)
            : json(res, 404, { message: PREVIEW.noSheet(url.searchParams.get('name') ?? '') });
        }
      }
      return send(res, 404, 'text/plain', PREVIEW.notFound);
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain', PREVIEW.notFound);
    const from = req.headers.origin;
    if ((from !== undefined && from !== origin) || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return send(res, 403, 'text/plain', PREVIEW.forbidden);
    }
    const body = await readBody(req);
    if (body === null) return json(res, 413, { ok: false, message: PREVIEW.tooLarge });
    if (url.pathname.startsWith('/rpc/')) {
      const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      const answer = await serial(async () => {
        const selected = activeKey(workbook);
        const out = callRpc(options.functions, name, body);
        const wrote = out.status === 200 && options.wrote();
        if (wrote) await save();
        // `changed` tells the page to redraw: the call wrote, or it selected another cell.
        return { status: out.status, body: { ...out.body, changed: wrote || activeKey(workbook) !== selected } };
      });
      return json(res, answer.status, answer.body);
    }
    if (url.pathname === '/api/cell') {
      const answer = await serial(async () => writeCell(workbook, body, save));
      return json(res, answer.status, answer.body);
    }
    return send(res, 404, 'text/plain', PREVIEW.notFound);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) =>
      json(res, 500, { ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
  });
  const { port, fellBack } = await listen(server, options.port);
  origin = `http://${HOST}:${port}`;
  return {
    url: `${origin}/`,
    port,
    fellBack,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Listens on `port` (0: any), or on a free port when `port` is taken. */
async function listen(server: Server, port: number): Promise<{ port: number; fellBack: boolean }> {
  const attempt = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (e: Error) => {
        server.off('listening', onListening);
        reject(e);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, HOST);
    });
  try {
    return { port: await attempt(port), fellBack: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw e;
    return { port: await attempt(0), fellBack: true };
  }
}

/** The sidebar with the bridge loaded first, so google.script.run exists before the sidebar's own script. */
function withBridge(html: string): string {
  return html.replace(/<head>/i, '<head>\n<script src="/bridge.js"></script>');
}

function activeKey(workbook: XlsxWorkbook): string {
  const active = workbook.data().active;
  return active ? `${active.sheet.name}!${active.range ?? ''}` : '';
}

function bookView(workbook: XlsxWorkbook, version: number) {
  const active = workbook.data().active;
  return {
    sheets: workbook.sheetNames(),
    active: active ? { sheet: active.sheet.name, range: active.range } : null,
    version,
  };
}

async function writeCell(
  workbook: XlsxWorkbook,
  body: string,
  save: () => Promise<void>,
): Promise<{ status: number; body: unknown }> {
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return { status: 400, body: { ok: false, message: PREVIEW.badCell } };
  }
  const { sheet: name, cell, text } = (input ?? {}) as { sheet?: unknown; cell?: unknown; text?: unknown };
  if (typeof name !== 'string' || typeof cell !== 'string' || typeof text !== 'string')
    return { status: 400, body: { ok: false, message: PREVIEW.badCell } };
  const sheet = workbook.sheet(name);
  if (!sheet) return { status: 404, body: { ok: false, message: PREVIEW.noSheet(name) } };
  try {
    const r = parseA1(cell);
    if (r.rows !== 1 || r.cols !== 1) throw new Error(PREVIEW.badCell);
    sheet.write(cell, [[typedValue(text)]]);
  } catch (e) {
    return { status: 400, body: { ok: false, message: e instanceof Error ? e.message : PREVIEW.badCell } };
  }
  await save();
  return { status: 200, body: { ok: true } };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json', JSON.stringify(body));
}
