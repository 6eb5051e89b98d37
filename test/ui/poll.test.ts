// This file tests progress polling around a long call, with the google.script.run double as the server and
// fake timers: one poll at once, then one every 1.5 s after each answer (never overlapping); the progress
// left by the previous run is not shown; polling stops after success and after failure, and an answer
// that arrives after the end is not shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuildView, Progress, ServerApi } from '../../src/server/api';
import { createClient, ServerError } from '../../src/ui/client';
import { withProgress, type Timers } from '../../src/ui/poll';
import { BUILD } from './fixtures';
import { createScriptRunDouble } from './script-run-double';

const timers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const OLD: Progress = { message: 'Записываю «Свод», «Динамику» и «Справку»…', at: '09:59:58' };
const READING: Progress = { message: 'Читаю формы школ (7)…', at: '10:05:01' };

/** A server whose buildReport answers after `ms` (or fails), with progress from `progress(n)` on the n-th poll. */
function fakeServer(ms: number, progress: (n: number) => Progress | null, fail = false) {
  let polls = 0;
  let finish: (() => void) | null = null;
  const double = createScriptRunDouble({
    getProgress: () => {
      polls += 1;
      return progress(polls);
    },
    buildReport: () => {
      if (fail) throw new Error('Exceeded maximum execution time');
      return BUILD;
    },
  });
  const server = createClient<ServerApi>(() => double.run);
  // The double answers on the next task; the build itself is held for `ms` of fake time.
  const build = () =>
    new Promise<BuildView>((resolve, reject) => {
      finish = () => void server.buildReport().then(resolve, reject);
      setTimeout(() => finish?.(), ms);
    });
  return { server, build, polls: () => polls, double };
}

describe('withProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls at once and then every 1.5 s, hides the previous run’s message, stops after success', async () => {
    const f = fakeServer(5000, (n) => (n === 1 ? OLD : n === 2 ? OLD : READING));
    const shown: (string | null)[] = [];
    const done = withProgress(
      f.build,
      () => f.server.getProgress(),
      (m) => shown.push(m),
      { intervalMs: 1500, timers },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(f.polls()).toBe(1);
    // The double answers 1 ms later (its own task), and the next poll is 1500 ms after the answer.
    await vi.advanceTimersByTimeAsync(1600);
    expect(f.polls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1600);
    expect(f.polls()).toBe(3);
    // Polls at about 0, 1501, 3002, 4503 ms; the build ends at about 5001 ms.
    await vi.advanceTimersByTimeAsync(2000);
    await expect(done).resolves.toEqual(BUILD);
    expect(f.polls()).toBe(4);
    // 1st answer is the baseline (OLD), the 2nd is still OLD → nothing to show; then READING twice.
    expect(shown).toEqual([null, null, 'Читаю формы школ (7)…', 'Читаю формы школ (7)…']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(f.polls()).toBe(4);
  });

  it('shows a message equal to the old one once a fresh one was seen', async () => {
    const f = fakeServer(4000, (n) => (n === 1 ? null : n === 2 ? READING : { ...READING }));
    const shown: (string | null)[] = [];
    const done = withProgress(
      f.build,
      () => f.server.getProgress(),
      (m) => shown.push(m),
      { intervalMs: 1500, timers },
    );
    await vi.advanceTimersByTimeAsync(4100);
    await done;
    // Baseline null: anything after it is fresh.
    expect(shown).toEqual([null, 'Читаю формы школ (7)…', 'Читаю формы школ (7)…']);
  });

  it('stops polling after a failure and passes the Russian error on', async () => {
    const f = fakeServer(2000, () => READING, true);
    const done = withProgress(
      f.build,
      () => f.server.getProgress(),
      () => undefined,
      { intervalMs: 1500, timers },
    );
    const failed = expect(done).rejects.toSatisfy((e) => e instanceof ServerError && e.code === 'TIMEOUT');
    await vi.advanceTimersByTimeAsync(2100);
    await failed;
    const polls = f.polls();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(f.polls()).toBe(polls);
  });

  it('does not overlap polls while an answer is slow, and ignores an answer that comes after the end', async () => {
    let polls = 0;
    const answers: ((p: Progress) => void)[] = [];
    const poll = () => {
      polls += 1;
      return new Promise<Progress>((resolve) => answers.push(resolve));
    };
    const shown: (string | null)[] = [];
    let end: (v: string) => void = () => undefined;
    const done = withProgress(
      () => new Promise<string>((r) => (end = r)),
      poll,
      (m) => shown.push(m),
      { intervalMs: 1500, timers },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(polls).toBe(1); // the first answer never came: no second poll
    answers[0]?.(OLD);
    await vi.advanceTimersByTimeAsync(1500);
    expect(polls).toBe(2);
    end('готово');
    await expect(done).resolves.toBe('готово');
    answers[1]?.(READING);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(shown).toEqual([null]);
    expect(polls).toBe(2);
  });

  it('keeps polling through a failed poll', async () => {
    let polls = 0;
    const poll = () => {
      polls += 1;
      return polls === 2 ? Promise.reject(new Error('NetworkError')) : Promise.resolve(READING);
    };
    const done = withProgress(
      () => new Promise((r) => setTimeout(r, 4000)),
      poll,
      () => undefined,
      { intervalMs: 1500, timers },
    );
    await vi.advanceTimersByTimeAsync(4100);
    await done;
    expect(polls).toBe(3); // 0, 1500 (fails), 3000
  });
});
