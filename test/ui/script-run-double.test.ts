// This file checks the google.script.run double itself on the behaviours the client tests rely on.
import { describe, expect, it } from 'vitest';
import { createScriptRunDouble } from './script-run-double';

describe('the google.script.run double', () => {
  it('does not expose names ending in `_` or names the server lacks', () => {
    const { run } = createScriptRunDouble({ helper_: () => 1, open: () => 2 });
    expect(run['helper_']).toBeUndefined();
    expect(run['missing']).toBeUndefined();
    expect(typeof run['open']).toBe('function');
  });

  it('throws at the call on a Date argument, before the server sees it', () => {
    const double = createScriptRunDouble({ save: () => null });
    const save = double.run['save'] as (...args: unknown[]) => void;
    expect(() => save({ at: new Date(0) })).toThrow('Failed due to illegal value in property: 0');
    expect(double.calls).toEqual([]);
  });

  it('delivers a result holding a Date as null, and passes the user object', async () => {
    const { run } = createScriptRunDouble({ when: () => ({ at: new Date(0) }) });
    const got = await new Promise<unknown[]>((resolve) => {
      const call = run.withSuccessHandler((value, user) => resolve([value, user])) as unknown as {
        withUserObject(u: unknown): Record<string, (...a: unknown[]) => void>;
      };
      call.withUserObject('row 3')['when']?.();
    });
    expect(got).toEqual([null, 'row 3']);
  });

  it('records a failure with no failure handler instead of losing it', async () => {
    const double = createScriptRunDouble({
      fail: () => {
        throw new Error('boom');
      },
    });
    (double.run['fail'] as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(double.unhandled.map((e) => e.message)).toEqual(['boom']);
  });

  it('gives each with…Handler call its own runner', () => {
    const { run } = createScriptRunDouble({});
    expect(run.withSuccessHandler(() => undefined)).not.toBe(run);
  });
});
