// This file runs one sidebar action: disables its button, says «Выполняется…», awaits the server, then
// shows the result's summary or the Russian error, and re-enables the button whichever way it ended.
import { STATUS } from '../core/text/ui';
import { userMessage } from './client';
import type { StatusArea } from './status';

export interface Control {
  disabled: boolean;
}

export async function runAction<T>(
  control: Control,
  status: StatusArea,
  call: () => Promise<T>,
  summarize: (result: T) => readonly string[],
): Promise<void> {
  control.disabled = true;
  status.show('running', [STATUS.running]);
  try {
    const lines = summarize(await call());
    status.show('done', lines.length > 0 ? lines : [STATUS.done]);
  } catch (error) {
    status.show('error', [userMessage(error)]);
  } finally {
    control.disabled = false;
  }
}
