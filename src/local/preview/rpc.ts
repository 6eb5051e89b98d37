// This file answers POST /rpc/<name>: what google.script.run would do with a call from the sidebar. The
// body is the JSON array of arguments; names ending in `_` (private in Apps Script) and names not in the
// table are refused; a thrown error travels as its message (an AppError keeps its « [CODE]» tag, which
// the sidebar's client reads), exactly what the failure handler gets from Apps Script.
import { PREVIEW } from '../text';

export type RpcFunction = (...args: unknown[]) => unknown;
export type RpcTable = Readonly<Record<string, RpcFunction>>;

export type RpcAnswer = { status: number; body: { ok: true; value: unknown } | { ok: false; message: string } };

export function callRpc(table: RpcTable, name: string, body: string): RpcAnswer {
  const fn = !name.endsWith('_') && Object.hasOwn(table, name) ? table[name] : undefined;
  if (typeof fn !== 'function') return { status: 404, body: { ok: false, message: PREVIEW.unknownFunction(name) } };
  let args: unknown;
  try {
    args = JSON.parse(body === '' ? '[]' : body);
  } catch {
    return { status: 400, body: { ok: false, message: PREVIEW.badJson } };
  }
  if (!Array.isArray(args)) return { status: 400, body: { ok: false, message: PREVIEW.badJson } };
  try {
    // JSON round trip: the sidebar gets plain data only, as from google.script.run.
    const value: unknown = fn(...args);
    return {
      status: 200,
      body: { ok: true, value: value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown) },
    };
  } catch (e) {
    return { status: 200, body: { ok: false, message: e instanceof Error ? e.message : String(e) } };
  }
}
