// This file is google.script.run for the sidebar in the local preview (bundled to dist/bridge.js and
// loaded before the sidebar's own script): each call becomes POST /rpc/<name> with the JSON array of
// arguments, answered asynchronously to the success or failure handler (with the user object), as
// Apps Script does. Names ending in `_` are not callable. When a call changed the workbook or its
// selection, the page around the sidebar is told to redraw (postMessage to the same origin only).
type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  ok?: Handler;
  fail?: Handler;
  user?: unknown;
}

interface Answer {
  ok: boolean;
  value?: unknown;
  message?: string;
  /** The call wrote to the workbook or selected a cell: the page should redraw. */
  changed?: boolean;
}

const NO_SERVER = 'Нет связи с локальным сервером предпросмотра. Запустите его снова (npm start) и обновите страницу.';

function call(name: string, args: unknown[], h: Handlers): void {
  fetch(`/rpc/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  })
    .then((r) => r.json() as Promise<Answer>)
    .then(
      (a) => {
        if (a.ok) h.ok?.(a.value, h.user);
        else h.fail?.(new Error(a.message ?? ''), h.user);
        if (a.changed) window.parent.postMessage({ type: 'shnor:changed', name }, window.location.origin);
      },
      () => h.fail?.(new Error(NO_SERVER), h.user),
    );
}

function runner(h: Handlers): object {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (f: Handler) => runner({ ...h, ok: f });
        if (name === 'withFailureHandler') return (f: Handler) => runner({ ...h, fail: f });
        if (name === 'withUserObject') return (u: unknown) => runner({ ...h, user: u });
        if (typeof name !== 'string' || name.endsWith('_') || name === 'then') return undefined;
        return (...args: unknown[]) => call(name, args, h);
      },
    },
  );
}

Object.assign(window, { google: { script: { run: runner({}), host: { close: () => undefined } } } });
