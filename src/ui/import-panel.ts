// This file is the «Импорт результатов» panel: choose the tab holding the pasted report (listImportSheets,
// reloadable after pasting into a new tab) and optionally the year; «Проверить файл» previews without
// writing; «Импортировать» applies exactly what was previewed with the user's mapping and choices. Any
// change of tab or year after the preview makes it stale: «Импортировать» waits for a new check.
import { IMPORT } from '../core/text/ui';
import { server } from './client';
import { button, el, field } from './dom';
import { applyRequest, chosenMapping, type ImportPreview, type PreviewOptions } from './import-choices';
import { previewView, type ChoiceMaps } from './import-preview';
import { actions, frame, type Panel, primaryButton } from './panel';
import { problemList } from './problems';
import { runAction } from './run-action';
import { readYear } from './year';

export function importPanel(): Panel {
  const sheet = el('select', { name: 'sheet' }, [el('option', { value: '' }, [IMPORT.sheetsLoading])]);
  const reload = button(IMPORT.reloadSheets, 'plain small', () => void loadSheets());
  const noSheets = el('p', { class: 'hint', hidden: '' }, [IMPORT.noSheetsHint]);
  const year = el('input', { name: 'importYear', type: 'text', inputmode: 'numeric', maxlength: '4' });
  const check = primaryButton('importResults');
  const apply = el('button', { type: 'button', class: 'create', disabled: '' }, [IMPORT.apply]);
  const preview = el('div', { class: 'preview' });
  const result = el('div', { class: 'result' });
  const sheetGroup = field(IMPORT.sheet, sheet);
  sheetGroup.append(el('div', { class: 'actions tight' }, [reload]), noSheets);
  const parts = frame(
    'importResults',
    [sheetGroup, field(IMPORT.year, year, IMPORT.yearHint), actions(check, apply)],
    false,
    [preview, result],
  );

  let ready = false;
  let previewed: { options: PreviewOptions; preview: ImportPreview } | null = null;
  let choices: ChoiceMaps = { mapping: new Map(), resolutions: new Map() };

  const loadSheets = async () => {
    const outcome = await runAction(
      [reload, sheet],
      parts.status,
      () => server.listImportSheets(),
      () => [],
    );
    if (!outcome.ok) return;
    parts.status.show('done', []);
    const chosen = sheet.value;
    const names = outcome.value;
    sheet.replaceChildren(
      ...(names.length === 0
        ? [el('option', { value: '' }, [IMPORT.noSheets])]
        : names.map((name) => el('option', { value: name }, [name]))),
    );
    if (names.includes(chosen)) sheet.value = chosen;
    noSheets.hidden = names.length > 0;
    check.disabled = !ready || names.length === 0;
  };

  const becameStale = () => {
    if (previewed === null) return;
    previewed = null;
    apply.disabled = true;
    preview.replaceChildren();
    parts.status.show('done', [IMPORT.stale]);
  };
  sheet.addEventListener('change', becameStale);
  year.addEventListener('input', becameStale);

  check.addEventListener('click', () => {
    const y = readYear(year.value);
    if (!y.ok) {
      parts.status.show('error', [y.message]);
      return;
    }
    // a re-check of the same file keeps the schools mapped so far, so their conflicts show before import
    const carried = chosenMapping(previewed?.options ?? null, choices);
    const options: PreviewOptions = {
      source: { sheetName: sheet.value },
      ...(y.year !== null && { year: y.year }),
      ...(previewed !== null && Object.keys(carried).length > 0 && { mapping: carried }),
    };
    previewed = null;
    apply.disabled = true;
    preview.replaceChildren();
    result.replaceChildren();
    void runAction(
      [check, reload, sheet, year],
      parts.status,
      () => server.previewImport(options),
      () => [],
    ).then((outcome) => {
      if (!outcome.ok) return;
      parts.status.show('done', []);
      choices = { mapping: new Map(), resolutions: new Map() };
      preview.replaceChildren(...previewView(outcome.value, choices, parts.status));
      if (outcome.value.ok) previewed = { options, preview: outcome.value };
      apply.disabled = !outcome.value.ok;
    });
  });

  apply.addEventListener('click', () => {
    if (previewed === null) return;
    const request = applyRequest(previewed.options, previewed.preview, choices);
    void runAction(
      [check, apply, reload, sheet, year],
      parts.status,
      () => server.applyImport(request),
      (r) => [r.text],
    ).then((outcome) => {
      if (!outcome.ok) return;
      const r = outcome.value;
      result.replaceChildren(
        ...(r.warnings.length === 0
          ? []
          : [
              el('p', { class: 'list-title warning' }, [`${IMPORT.warnings} (${r.warnings.length})`]),
              problemList(
                r.warnings.map((m) => ({ ...m, severity: 'warning' as const })),
                parts.status,
              ),
            ]),
        ...(r.errors.length === 0
          ? []
          : [
              el('p', { class: 'list-title error' }, [`${IMPORT.errors} (${r.errors.length})`]),
              problemList(r.errors, parts.status),
            ]),
      );
      if (r.ok) {
        // Done: the preview is history now; a second click would import the same file again.
        previewed = null;
        preview.replaceChildren();
        apply.disabled = true;
      } else {
        parts.status.show('error', [r.text]);
      }
    });
  });

  return {
    root: parts.root,
    status: parts.status,
    setReady(isReady) {
      ready = isReady;
      parts.showNotReady(!isReady);
      check.disabled = !isReady;
      reload.disabled = !isReady;
      if (isReady) void loadSheets();
      else sheet.replaceChildren();
    },
  };
}
