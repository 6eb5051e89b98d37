// This file runs one sidebar action: disables its controls, says «Выполняется…», awaits the server, then
// shows the result's summary or the Russian error, and gives the controls back their previous state
// whichever way it ended. The caller gets the outcome to render anything richer than lines.
import { STATUS } from '../core/text/ui';
import { userMessage } from './client';
import type { StatusArea } from './status';

export interface Control {
  disabled: boolean;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export async function runAction<T>(
  controls: Control | readonly Control[],
  status: StatusArea,
  call: () => Promise<T>,
  summarize: (result: T) => readonly string[],
  running: readonly string[] = [STATUS.running],
): Promise<Outcome<T>> {
  const all = Array.isArray(controls) ? (controls as readonly Control[]) : [controls as Control];
  const before = all.map((c) => c.disabled);
  for (const c of all) c.disabled = true;
  status.show('running', running);
  try {
    const value = await call();
    const lines = summarize(value);
    status.show('done', lines.length > 0 ? lines : [STATUS.done]);
    return { ok: true, value };
  } catch (error) {
    const message = userMessage(error);
    status.show('error', [message]);
    return { ok: false, message };
  } finally {
    all.forEach((c, i) => (c.disabled = before[i] ?? false));
  }
}
