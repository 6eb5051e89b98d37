// This file builds the sidebar's panels, one per action of DESIGN.md. A panel is a collapsible section
// with an introduction, its form, one primary button and a status area; until the server says the action
// is built, the button stays disabled and the panel says «ещё в разработке».
import { FORM, PANELS, STATUS, SUMMARY } from '../core/text/ui';
import type { ActionId, PresetSummary } from '../server/api';
import { server } from './client';
import { el } from './dom';
import { runAction } from './run-action';
import { parseSchools } from './schools-text';
import { listStatus, type StatusArea } from './status';

export interface Panel {
  readonly root: HTMLElement;
  readonly status: StatusArea;
  setReady(ready: boolean): void;
}

interface PanelParts {
  root: HTMLDetailsElement;
  button: HTMLButtonElement;
  status: StatusArea;
  setReady(ready: boolean): void;
}

function panel(id: ActionId, fields: readonly Node[], open: boolean): PanelParts {
  const text = PANELS[id];
  const button = el('button', { class: 'action', type: 'button', disabled: '' }, [text.button]);
  const note = el('p', { class: 'note', hidden: '' }, [STATUS.notReady]);
  const statusList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const root = el('details', { class: 'panel', 'data-action': id }, [
    el('summary', {}, [text.title]),
    el('p', { class: 'intro' }, [text.intro]),
    note,
    ...fields,
    el('div', { class: 'block' }, [button]),
    statusList,
  ]);
  root.open = open;
  return {
    root,
    button,
    status: listStatus(statusList),
    setReady(ready) {
      note.hidden = ready;
      button.disabled = !ready;
    },
  };
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f-${control.getAttribute('name') ?? ''}`;
  control.id = id;
  const children: Node[] = [el('label', { for: id }, [label]), control];
  if (hint !== undefined) children.push(el('p', { class: 'hint' }, [hint]));
  return el('div', { class: 'form-group' }, children);
}

/** A four-digit year, or null when the box is empty; undefined when it holds anything else. */
function readYear(input: HTMLInputElement): number | null | undefined {
  const value = input.value.trim();
  if (value === '') return null;
  return /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export function setupPanel(): Panel & { setPresets(presets: readonly PresetSummary[]): void } {
  const preset = el('select', { name: 'preset' }, [el('option', { value: '' }, [FORM.presetsLoading])]);
  const municipality = el('input', { name: 'municipality', type: 'text' });
  const year = el('input', {
    name: 'year',
    type: 'text',
    inputmode: 'numeric',
    value: String(new Date().getFullYear()),
  });
  const radio = (value: 'tabs' | 'files', label: string) =>
    el('label', { class: 'inline' }, [
      el('input', { type: 'radio', name: 'mode', value, ...(value === 'tabs' && { checked: '' }) }),
      label,
    ]);
  const schools = el('textarea', { name: 'schools', rows: '5' });
  const parts = panel(
    'setupMonitoring',
    [
      field(FORM.preset, preset),
      field(FORM.municipality, municipality),
      field(FORM.year, year),
      el('div', { class: 'form-group' }, [
        el('span', { class: 'label' }, [FORM.mode]),
        radio('tabs', FORM.modeTabs),
        radio('files', FORM.modeFiles),
      ]),
      field(FORM.schools, schools, FORM.schoolsHint),
    ],
    true,
  );
  parts.button.addEventListener('click', () => {
    const parsed = parseSchools(schools.value);
    const yearValue = readYear(year);
    const problems = [...(typeof yearValue === 'number' ? [] : [STATUS.badYear]), ...parsed.problems];
    if (problems.length > 0 || typeof yearValue !== 'number') {
      parts.status.show('error', problems);
      return;
    }
    const mode =
      parts.root.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value === 'files' ? 'files' : 'tabs';
    void runAction(
      parts.button,
      parts.status,
      () =>
        server.setupMonitoring({
          presetId: preset.value,
          municipality: municipality.value,
          year: yearValue,
          mode,
          schools: parsed.schools,
        }),
      SUMMARY.setup,
    );
  });
  return {
    ...parts,
    setPresets(presets) {
      preset.replaceChildren(
        ...(presets.length === 0
          ? [el('option', { value: '' }, [STATUS.noPresets])]
          : presets.map((p) => el('option', { value: p.id }, [`${p.title} (${p.years.from}–${p.years.to})`]))),
      );
    },
  };
}

export function submissionsPanel(): Panel {
  const parts = panel('checkSubmissions', [], false);
  parts.button.addEventListener('click', () => {
    void runAction(
      parts.button,
      parts.status,
      () => server.checkSubmissions(),
      SUMMARY.board,
    );
  });
  return parts;
}

export function reportPanel(): Panel {
  const parts = panel('buildReport', [], false);
  parts.button.addEventListener('click', () => {
    void runAction(parts.button, parts.status, () => server.buildReport(), SUMMARY.report);
  });
  return parts;
}

export function roadmapsPanel(): Panel {
  const parts = panel('generateRoadmaps', [], false);
  parts.button.addEventListener('click', () => {
    void runAction(parts.button, parts.status, () => server.generateRoadmaps(), SUMMARY.roadmaps);
  });
  return parts;
}

export function importPanel(): Panel & { setSheets(names: readonly string[]): void } {
  const sheet = el('select', { name: 'sheet' });
  const year = el('input', { name: 'importYear', type: 'text', inputmode: 'numeric' });
  const parts = panel('importResults', [field(FORM.sheet, sheet), field(FORM.yearOptional, year)], false);
  parts.button.addEventListener('click', () => {
    const yearValue = readYear(year);
    if (yearValue === undefined) {
      parts.status.show('error', [STATUS.badYear]);
      return;
    }
    void runAction(
      parts.button,
      parts.status,
      () => server.importResults({ sheetName: sheet.value, ...(yearValue !== null && { year: yearValue }) }),
      SUMMARY.import,
    );
  });
  return {
    ...parts,
    setSheets(names) {
      sheet.replaceChildren(...names.map((name) => el('option', { value: name }, [name])));
    },
  };
}
