// This file is a faithful double of google.script.run for sidebar tests. Like the real one it is
// asynchronous (the server answers on a later task), each with…Handler / withUserObject returns a new
// runner, arguments and results cross a JSON boundary (deep copies), an argument holding a Date or a
// function throws at the call, a result holding a Date arrives as null (a known Apps Script quirk),
// names ending in `_` or not on the server do not exist, and a failure reaches the failure handler as
// an Error carrying only the message.
import type { ScriptRun } from '../../src/ui/client';

export type ServerFunctions = Readonly<Record<string, (...args: never[]) => unknown>>;

export interface ScriptRunDouble {
  readonly run: ScriptRun;
  /** Every call the server received, with its (copied) arguments. */
  readonly calls: { name: string; args: unknown[] }[];
  /** Failures that found no failure handler (the real one logs them to the browser console). */
  readonly unhandled: Error[];
}

interface Handlers {
  success?: (value: unknown, userObject?: unknown) => void;
  failure?: (error: unknown, userObject?: unknown) => void;
  userObject?: unknown;
}

/** Legal values: primitives, null, arrays and plain objects of them. */
function isLegal(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isLegal);
  if (typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(isLegal);
}

function copy(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createScriptRunDouble(server: ServerFunctions): ScriptRunDouble {
  const calls: { name: string; args: unknown[] }[] = [];
  const unhandled: Error[] = [];

  const runner = (handlers: Handlers): ScriptRun => {
    const base = {
      withSuccessHandler: (success: Handlers['success']) => runner({ ...handlers, success }),
      withFailureHandler: (failure: Handlers['failure']) => runner({ ...handlers, failure }),
      withUserObject: (userObject: unknown) => runner({ ...handlers, userObject }),
    };
    return new Proxy(base, {
      get(target, name) {
        if (typeof name !== 'string') return undefined;
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name as keyof typeof base];
        const fn = name.endsWith('_') || !Object.prototype.hasOwnProperty.call(server, name) ? undefined : server[name];
        if (fn === undefined) return undefined;
        return (...args: unknown[]) => {
          args.forEach((arg, i) => {
            if (!isLegal(arg)) throw new Error(`Failed due to illegal value in property: ${i}`);
          });
          const copied = args.map(copy);
          calls.push({ name, args: copied });
          setTimeout(() => {
            let result: unknown;
            try {
              result = (fn as (...a: unknown[]) => unknown)(...copied);
            } catch (error) {
              const failure = new Error(messageOf(error));
              if (handlers.failure) handlers.failure(failure, handlers.userObject);
              else unhandled.push(failure);
              return;
            }
            handlers.success?.(isLegal(result) ? copy(result) : null, handlers.userObject);
          }, 0);
        };
      },
    }) as unknown as ScriptRun;
  };

  return { run: runner({}), calls, unhandled };
}
