// This file is the sidebar's typed RPC client: `server.name(args)` calls the server function `name` through
// google.script.run and returns a Promise. The mapped type has no index signature, so a misspelled name
// does not compile; every failure rejects with a ServerError carrying a code and a Russian message.
import { describeError, type ErrorCode } from '../core/text/errors';
import type { ServerApi } from '../server/api';

/** The part of google.script.run the client uses; server functions are looked up by name. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRun;
} & { readonly [name: string]: unknown };

export type Promisified<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

export class ServerError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
  }
}

/** The Russian message for anything a call may reject with. */
export function userMessage(error: unknown): string {
  return error instanceof ServerError ? error.message : describeError(error).message;
}

function toServerError(error: unknown): ServerError {
  const { code, message } = describeError(error);
  return new ServerError(code, message);
}

/** A client over the runner `run()` returns; called per request, so a test can install it late. */
export function createClient<T extends object>(run: () => ScriptRun): Promisified<T> {
  const handler: ProxyHandler<object> = {
    get(_target, name) {
      // `then` must stay undefined, or `await server` would treat the client as a Promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) =>
        new Promise<unknown>((resolve, reject) => {
          try {
            const runner = run()
              .withSuccessHandler(resolve)
              .withFailureHandler((error) => reject(toServerError(error)));
            const fn = runner[name];
            if (typeof fn !== 'function') throw new Error(`Server function ${name} is not available`);
            fn.apply(runner, args);
          } catch (error) {
            reject(toServerError(error));
          }
        });
    },
  };
  return new Proxy({}, handler) as Promisified<T>;
}

declare const google: { script: { run: ScriptRun } };

export const server: Promisified<ServerApi> = createClient<ServerApi>(() => google.script.run);
