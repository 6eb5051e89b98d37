// This file runs a long server call while polling its progress: every `intervalMs` after the previous
// answer (never overlapping), it asks `poll()` and hands the message to `show`; whichever way the call
// ends, polling stops and no late answer is shown. The progress store outlives a run, so the value
// found at the start is taken for the previous run's and ignored until it changes.
import type { Progress } from '../server/api';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (handle) => window.clearTimeout(handle as number),
};

export interface PollOptions {
  intervalMs: number;
  timers?: Timers;
}

const same = (a: Progress, b: Progress) => a.message === b.message && a.at === b.at;

/** `show` gets the fresh message, or null while there is none yet; it is called on every tick. */
export async function withProgress<T>(
  call: () => Promise<T>,
  poll: () => Promise<Progress | null>,
  show: (message: string | null) => void,
  { intervalMs, timers = browserTimers }: PollOptions,
): Promise<T> {
  let stopped = false;
  let handle: unknown = null;
  // undefined: the first answer has not come yet.
  let stale: Progress | null | undefined;
  let fresh = false;

  const schedule = () => {
    if (!stopped) handle = timers.set(tick, intervalMs);
  };
  const tick = () => {
    handle = null;
    poll().then(
      (progress) => {
        if (stopped) return;
        if (stale === undefined) stale = progress;
        else if (progress !== null && (fresh || stale === null || !same(progress, stale))) fresh = true;
        show(fresh && progress !== null ? progress.message : null);
        schedule();
      },
      () => schedule(),
    );
  };

  tick();
  try {
    return await call();
  } finally {
    stopped = true;
    if (handle !== null) timers.clear(handle);
  }
}
