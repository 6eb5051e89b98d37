// This file is the «Новый мониторинг» panel: a preset picker with what the preset holds, the municipality
// (pre-filled from the preset), the reporting year, the school list with a live count and every bad line
// named before sending, the collection mode, coordinators' addresses, and the result as lists of what was
// created, updated and warned about. In file mode a second button creates the schools' files. The form
// is kept as a draft until the setup succeeds.
import { SETUP } from '../core/text/ui';
import type { PresetSummary, SetupResult } from '../server/api';
import { server } from './client';
import { draftStore, type DraftStorage } from './draft';
import { el, field, titledList } from './dom';
import { actions, frame, type Panel, primaryButton } from './panel';
import { runAction } from './run-action';
import { parseSchools } from './schools-text';
import { listStatus } from './status';
import { nextMunicipality, setupRequest, yearNote, type Mode, type SetupFormValues } from './setup-form';

export interface SetupPanel extends Panel {
  setPresets(presets: readonly PresetSummary[]): void;
}

function browserStorage(): DraftStorage | null {
  return typeof window.localStorage === 'undefined' ? null : window.localStorage;
}

function schoolsCountLine(text: string): { count: string; problems: string[] } {
  const parsed = parseSchools(text);
  if (text.trim() === '') return { count: '', problems: [] };
  const parts = [SETUP.schoolsCount(parsed.schools.length)];
  if (parsed.badLines > 0) parts.push(SETUP.lineErrors(parsed.badLines));
  if (parsed.headerSkipped) parts.push(SETUP.schoolsHeaderSkipped);
  return { count: parts.join(' · '), problems: parsed.badLines > 0 ? parsed.problems : [] };
}

export function setupPanel(storage: () => DraftStorage | null = browserStorage): SetupPanel {
  const drafts = draftStore(storage);
  let presets: readonly PresetSummary[] = [];
  let shown: PresetSummary | undefined;

  const preset = el('select', { name: 'preset' }, [el('option', { value: '' }, [SETUP.presetsLoading])]);
  const card = el('div', { class: 'card preset', hidden: '' });
  const municipality = el('input', { name: 'municipality', type: 'text', autocomplete: 'off' });
  const year = el('input', { name: 'year', type: 'text', inputmode: 'numeric', maxlength: '4' });
  year.value = String(new Date().getFullYear());
  const yearHint = el('p', { class: 'hint warn', hidden: '' });
  const radio = (value: Mode, label: string) =>
    el('label', { class: 'inline' }, [
      el('input', { type: 'radio', name: 'mode', value, ...(value === 'tabs' && { checked: '' }) }),
      label,
    ]);
  const filesNote = el('p', { class: 'note', hidden: '' }, [SETUP.modeFilesNote]);
  const schools = el('textarea', { name: 'schools', rows: '6', spellcheck: 'false', wrap: 'off' });
  const schoolsCount = el('p', { class: 'count', 'aria-live': 'polite' });
  const lineProblems = el('ul', { class: 'line-problems' });
  const coordinators = el('textarea', { name: 'coordinators', rows: '2', spellcheck: 'false' });
  const button = primaryButton('setupMonitoring');
  const result = el('div', { class: 'result' });
  const filesButton = el('button', { type: 'button', class: 'plain', disabled: '' }, [SETUP.createFiles]);
  const filesStatusList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const filesStatus = listStatus(filesStatusList);
  const filesResult = el('div', { class: 'result' });
  const filesBlock = el('div', { class: 'files-block', hidden: '' }, [
    actions(filesButton),
    filesStatusList,
    filesResult,
  ]);

  const modeGroup = el('div', { class: 'form-group', role: 'radiogroup' }, [
    el('span', { class: 'label' }, [SETUP.mode]),
    radio('tabs', SETUP.modeTabs),
    radio('files', SETUP.modeFiles),
    filesNote,
  ]);
  const yearGroup = field(SETUP.year, year);
  yearGroup.append(yearHint);
  const schoolsGroup = field(SETUP.schools, schools, SETUP.schoolsHint);
  schoolsGroup.append(schoolsCount, lineProblems);

  const parts = frame(
    'setupMonitoring',
    [
      field(SETUP.preset, preset),
      card,
      field(SETUP.municipality, municipality, SETUP.municipalityHint),
      yearGroup,
      schoolsGroup,
      modeGroup,
      field(SETUP.coordinators, coordinators, SETUP.coordinatorsHint),
      actions(button),
    ],
    true,
    [result, filesBlock],
  );

  const mode = (): Mode =>
    parts.root.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value === 'files' ? 'files' : 'tabs';
  const values = (): SetupFormValues => ({
    presetId: preset.value,
    municipality: municipality.value,
    year: year.value,
    mode: mode(),
    schools: schools.value,
    coordinators: coordinators.value,
  });

  const showPreset = () => {
    const next = presets.find((p) => p.id === preset.value);
    municipality.value = nextMunicipality(municipality.value, shown, next);
    shown = next;
    card.hidden = next === undefined;
    if (next !== undefined) {
      card.replaceChildren(
        el('p', { class: 'card-title' }, [next.title]),
        el('p', {}, [SETUP.presetMunicipality(next.municipality)]),
        el('p', {}, [SETUP.presetYears(next.years.from, next.years.to)]),
        el('p', { class: 'muted' }, [SETUP.presetCounts(next.indicators, next.rules, next.measures)]),
      );
    }
  };
  const showYearNote = () => {
    const note = yearNote(year.value, shown);
    yearHint.hidden = note === null;
    yearHint.textContent = note ?? '';
  };
  const showSchools = () => {
    const { count, problems } = schoolsCountLine(schools.value);
    schoolsCount.textContent = count;
    lineProblems.replaceChildren(...problems.map((p) => el('li', {}, [p])));
  };
  const showMode = () => {
    filesNote.hidden = mode() !== 'files';
    filesBlock.hidden = mode() !== 'files';
  };
  const restore = (draft: SetupFormValues) => {
    municipality.value = draft.municipality;
    year.value = draft.year;
    schools.value = draft.schools;
    coordinators.value = draft.coordinators;
    const chosen = parts.root.querySelector<HTMLInputElement>(`input[name="mode"][value="${draft.mode}"]`);
    if (chosen) chosen.checked = true;
  };

  const draft = drafts.load();
  if (draft !== null) restore(draft);
  showSchools();
  showMode();

  preset.addEventListener('change', () => {
    showPreset();
    showYearNote();
  });
  year.addEventListener('input', showYearNote);
  schools.addEventListener('input', showSchools);
  parts.root.addEventListener('change', showMode);
  parts.root.addEventListener('input', () => drafts.save(values()));
  parts.root.addEventListener('change', () => drafts.save(values()));

  button.addEventListener('click', () => {
    const request = setupRequest(values());
    if (!request.ok) {
      parts.status.show('error', request.problems);
      return;
    }
    result.replaceChildren();
    void runAction(button, parts.status, () => server.setupMonitoring(request.options), summary).then((outcome) => {
      if (!outcome.ok) return;
      result.replaceChildren(...resultLists(outcome.value));
      drafts.clear();
    });
  });

  filesButton.addEventListener('click', () => {
    filesResult.replaceChildren();
    void runAction(
      filesButton,
      filesStatus,
      () => server.createSchoolFiles(),
      (r) => [SETUP.filesDone(r.created.length, r.shared.length)],
      [SETUP.creatingFiles],
    ).then((outcome) => {
      if (!outcome.ok) return;
      filesResult.replaceChildren(
        ...titledList(SETUP.filesCreated, outcome.value.created),
        ...titledList(SETUP.filesShared, outcome.value.shared),
        ...titledList(SETUP.warnings, outcome.value.warnings, 'warn'),
      );
    });
  });

  return {
    root: parts.root,
    status: parts.status,
    setReady(ready) {
      parts.showNotReady(!ready);
      button.disabled = !ready;
      filesButton.disabled = !ready;
    },
    setPresets(list) {
      presets = list;
      const wanted = draft?.presetId ?? '';
      preset.replaceChildren(
        ...(list.length === 0
          ? [el('option', { value: '' }, [SETUP.noPresets])]
          : list.map((p) => el('option', { value: p.id, title: p.title }, [SETUP.presetOption(p)]))),
      );
      if (list.some((p) => p.id === wanted)) preset.value = wanted;
      showPreset();
      showYearNote();
    },
  };
}

function summary(r: SetupResult): string[] {
  if (r.created.length === 0 && r.updated.length === 0) return [SETUP.nothingChanged];
  return [SETUP.done(r.created.length, r.updated.length)];
}

function resultLists(r: SetupResult): HTMLElement[] {
  return [
    ...titledList(SETUP.created, r.created),
    ...titledList(SETUP.updated, r.updated),
    ...titledList(SETUP.warnings, r.warnings, 'warn'),
  ];
}
