// This file tests the sidebar's typed RPC client against the google.script.run double: results and
// arguments cross as copies, every failure becomes a ServerError with a code and a Russian message,
// and the type admits exactly the ServerApi names.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AppError, notImplemented } from '../../src/core/text/errors';
import type { BuildView, ServerApi, Status } from '../../src/server/api';
import { createClient, type Promisified, ServerError, userMessage } from '../../src/ui/client';
import { createScriptRunDouble, type ServerFunctions } from './script-run-double';

function clientFor(functions: ServerFunctions) {
  const double = createScriptRunDouble(functions);
  return { server: createClient<ServerApi>(() => double.run), double };
}

async function rejection(promise: Promise<unknown>): Promise<ServerError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(error instanceof ServerError)) throw new Error(`expected a ServerError, got ${String(error)}`);
  return error;
}

const STATUS: Status = {
  version: '0.1.0',
  sheetNames: ['Настройки', 'Школы'],
  ready: {
    setupMonitoring: true,
    checkSubmissions: false,
    buildReport: false,
    generateRoadmaps: false,
    importResults: false,
  },
};

describe('createClient', () => {
  it('resolves with a copy of what the server returned', async () => {
    const returned = structuredClone(STATUS);
    const { server } = clientFor({ getStatus: () => returned });
    const status = await server.getStatus();
    expect(status).toEqual(STATUS);
    expect(status).not.toBe(returned);
  });

  it('sends a copy of the arguments', async () => {
    const options = { year: 2025 };
    let received: unknown = null;
    const summary: BuildView = {
      text: 'Прочитано форм: 3 из 3.',
      schoolsRead: 3,
      schoolsFlagged: 1,
      problems: 0,
      rowsAdded: 5,
      calls: 12,
      ms: 800,
      problemList: [],
      configErrors: [],
    };
    const { server, double } = clientFor({
      buildReport: (o: unknown) => {
        received = o;
        return summary;
      },
    });
    await expect(server.buildReport(options)).resolves.toEqual(summary);
    expect(received).toEqual({ year: 2025 });
    expect(received).not.toBe(options);
    expect(double.calls).toEqual([{ name: 'buildReport', args: [{ year: 2025 }] }]);
  });

  it('answers asynchronously, never within the call', () => {
    const { server } = clientFor({ listPresets: () => [] });
    let settled = false;
    void server.listPresets().then(() => (settled = true));
    expect(settled).toBe(false);
  });

  it('keeps concurrent calls apart', async () => {
    const { server } = clientFor({ listPresets: () => [], getStatus: () => STATUS });
    const [presets, status] = await Promise.all([server.listPresets(), server.getStatus()]);
    expect(presets).toEqual([]);
    expect(status.version).toBe('0.1.0');
  });

  it('turns our AppError into its code and Russian message, without the transport tag', async () => {
    const { server } = clientFor({
      buildReport: () => {
        throw notImplemented('«Собрать отчёт»');
      },
    });
    const error = await rejection(server.buildReport());
    expect(error.code).toBe('NOT_IMPLEMENTED');
    expect(error.message).toBe('Эта функция ещё в разработке: «Собрать отчёт»');
    expect(userMessage(error)).toBe('Эта функция ещё в разработке: «Собрать отчёт»');
  });

  it('keeps the detail of an INVALID_INPUT error', async () => {
    const { server } = clientFor({
      previewImport: () => {
        throw new AppError('INVALID_INPUT', 'лист: не заполнено');
      },
    });
    const error = await rejection(server.previewImport({ source: { sheetName: '' } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Проверьте введённые данные: лист: не заполнено.');
  });

  it('explains the multi-account «Authorization is required» failure in Russian', async () => {
    const { server } = clientFor({
      getStatus: () => {
        throw new Error('Authorization is required to perform that action.');
      },
    });
    const error = await rejection(server.getStatus());
    expect(error.code).toBe('AUTH_REQUIRED');
    expect(error.message).toContain('несколько аккаунтов Google');
    expect(error.message).toContain('выйдите из всех аккаунтов');
    expect(error.message).toContain('режиме инкогнито');
  });

  it('rejects, instead of hanging, when an argument cannot cross the transport', async () => {
    const { server, double } = clientFor({ buildReport: () => null });
    const bad = { year: new Date(2025, 0, 1) } as unknown as { year: number };
    const error = await rejection(server.buildReport(bad));
    expect(error.code).toBe('UNKNOWN');
    expect(error.message).toBe('Непредвиденная ошибка: Failed due to illegal value in property: 0.');
    expect(double.calls).toEqual([]);
  });

  it('rejects a name the server does not expose (private `_` names included)', async () => {
    const { server } = clientFor({ secret_: () => 'hidden' });
    const loose = server as unknown as Record<string, () => Promise<unknown>>;
    const error = await rejection(loose.secret_?.() ?? Promise.resolve());
    expect(error.code).toBe('UNKNOWN');
  });

  it('reports a failure whose thrown value is not an Error', async () => {
    const { server } = clientFor({
      listPresets: () => {
        throw 'Exceeded maximum execution time';
      },
    });
    const error = await rejection(server.listPresets());
    expect(error.code).toBe('TIMEOUT');
  });

  it('is not mistaken for a Promise', () => {
    const { server } = clientFor({});
    expect((server as { then?: unknown }).then).toBeUndefined();
  });
});

describe('Promisified<ServerApi>', () => {
  it('has exactly the ServerApi names and no index signature', () => {
    expectTypeOf<keyof Promisified<ServerApi>>().toEqualTypeOf<keyof ServerApi>();
    expectTypeOf<string extends keyof Promisified<ServerApi> ? true : false>().toEqualTypeOf<false>();
  });

  it('keeps argument types and wraps results in Promises', () => {
    expectTypeOf<Promisified<ServerApi>['getStatus']>().toEqualTypeOf<() => Promise<Status>>();
    expectTypeOf<Parameters<Promisified<ServerApi>['applyImport']>>().toEqualTypeOf<
      Parameters<ServerApi['applyImport']>
    >();
  });
});
