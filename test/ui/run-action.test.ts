// This file tests the sidebar's action runner: the button is disabled while the server works and enabled
// again after success and after failure; the status area says «Выполняется…», then the summary or the error.
import { describe, expect, it } from 'vitest';
import { notImplemented } from '../../src/core/text/errors';
import { ServerError } from '../../src/ui/client';
import { runAction } from '../../src/ui/run-action';
import type { StatusArea, StatusKind } from '../../src/ui/status';

function recorder() {
  const shown: { kind: StatusKind; lines: readonly string[] }[] = [];
  const status: StatusArea = { show: (kind, lines) => shown.push({ kind, lines }) };
  return { shown, status };
}

describe('runAction', () => {
  it('disables the button while running and shows the summary after success', async () => {
    const button = { disabled: false };
    const { shown, status } = recorder();
    let disabledDuringCall: boolean | null = null;
    await runAction(
      button,
      status,
      async () => {
        disabledDuringCall = button.disabled;
        return { created: ['Настройки'], updated: [] as string[], warnings: [] as string[] };
      },
      (r) => [`Создано: ${r.created.join(', ')}.`],
    );
    expect(disabledDuringCall).toBe(true);
    expect(button.disabled).toBe(false);
    expect(shown).toEqual([
      { kind: 'running', lines: ['Выполняется…'] },
      { kind: 'done', lines: ['Создано: Настройки.'] },
    ]);
  });

  it('says «Готово.» when the summary is empty', async () => {
    const { shown, status } = recorder();
    await runAction(
      { disabled: false },
      status,
      async () => 0,
      () => [],
    );
    expect(shown.at(-1)).toEqual({ kind: 'done', lines: ['Готово.'] });
  });

  it('re-enables the button and shows the Russian message after a server error', async () => {
    const button = { disabled: false };
    const { shown, status } = recorder();
    await runAction(
      button,
      status,
      () => Promise.reject(new ServerError('NOT_IMPLEMENTED', 'Эта функция ещё в разработке: «Собрать отчёт»')),
      () => ['не должно быть показано'],
    );
    expect(button.disabled).toBe(false);
    expect(shown.at(-1)).toEqual({ kind: 'error', lines: ['Эта функция ещё в разработке: «Собрать отчёт»'] });
  });

  it('maps an error that did not come through the client (a bug in the summary included)', async () => {
    const button = { disabled: false };
    const { shown, status } = recorder();
    await runAction(
      button,
      status,
      async () => 1,
      () => {
        throw notImplemented('«Дорожные карты»');
      },
    );
    expect(button.disabled).toBe(false);
    expect(shown.at(-1)).toEqual({ kind: 'error', lines: ['Эта функция ещё в разработке: «Дорожные карты»'] });
  });
});

describe('runAction with several controls', () => {
  it('disables every control, gives each its previous state back and returns the value', async () => {
    const run = { disabled: false };
    const apply = { disabled: true }; // was disabled before: must stay so
    const { status } = recorder();
    let during: boolean[] = [];
    const outcome = await runAction(
      [run, apply],
      status,
      async () => {
        during = [run.disabled, apply.disabled];
        return 'ok';
      },
      () => [],
    );
    expect(during).toEqual([true, true]);
    expect([run.disabled, apply.disabled]).toEqual([false, true]);
    expect(outcome).toEqual({ ok: true, value: 'ok' });
  });

  it('returns the Russian message on failure and shows the given running lines first', async () => {
    const { shown, status } = recorder();
    const outcome = await runAction(
      [],
      status,
      () => Promise.reject(new ServerError('BUSY', 'С таблицей сейчас работает другая операция.')),
      () => [],
      [],
    );
    expect(shown[0]).toEqual({ kind: 'running', lines: [] });
    expect(outcome).toEqual({ ok: false, message: 'С таблицей сейчас работает другая операция.' });
  });
});
