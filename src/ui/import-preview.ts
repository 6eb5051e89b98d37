// This file draws the preview of «Импорт результатов»: what the file is (report, year, blocks), how many
// values are new, rows left unmatched each with a <select> of schools (similar names first), conflicts
// with stored values side by side with a choice each, and warnings or errors as links to their cells.
// The user's choices are written into the given maps as they are made.
import { REPORT_LABELS } from '../core/text/import';
import { displayValue, IMPORT } from '../core/text/ui';
import { button, el } from './dom';
import {
  groupUnmatched,
  schoolChoices,
  type ImportPreview,
  type Resolution,
  type UnmatchedGroup,
} from './import-choices';
import { actions } from './panel';
import { problemList } from './problems';
import type { StatusArea } from './status';

export interface ChoiceMaps {
  mapping: Map<string, string>;
  resolutions: Map<string, Resolution>;
}

/** «ФИС ОКО «…»: ВПР математика 5 кл., 2025 год» under a heading that already names the report. */
function blockTitle(title: string, report: string): string {
  return title.startsWith(`${report}: `) ? title.slice(report.length + 2) : title;
}

function heading(p: ImportPreview): HTMLElement[] {
  const report = p.reportType === null ? IMPORT.several : REPORT_LABELS[p.reportType];
  return [
    el('p', { class: 'card-title' }, [IMPORT.heading(report, p.year)]),
    ...(p.fileName === null ? [] : [el('p', { class: 'muted' }, [IMPORT.source(p.fileName)])]),
    el(
      'ul',
      { class: 'items' },
      p.blocks.map((b) => el('li', {}, [IMPORT.block(blockTitle(b.title, report), b.schoolRows, b.matched)])),
    ),
    el('p', {}, [IMPORT.matched(p.matched.length)]),
    el('p', {}, [IMPORT.counts(p.newRows, p.unchangedRows)]),
    ...(p.alreadyImported ? [el('p', { class: 'note' }, [IMPORT.alreadyImported])] : []),
  ];
}

function unmatchedRow(group: UnmatchedGroup, p: ImportPreview, choices: ChoiceMaps, index: number): HTMLElement {
  const { similar, others } = schoolChoices(group, p.schools);
  const option = (s: { code: string; name: string }) =>
    el('option', { value: s.code }, [IMPORT.schoolOption(s.code, s.name)]);
  const select = el('select', { name: `map-${index}`, id: `f-map-${index}`, 'data-key': group.key }, [
    el('option', { value: '' }, [IMPORT.skip]),
    ...(similar.length === 0 ? [] : [el('optgroup', { label: IMPORT.similar }, similar.map(option))]),
    el('optgroup', { label: IMPORT.allSchools }, others.map(option)),
  ]);
  select.value = choices.mapping.get(group.key) ?? '';
  select.addEventListener('change', () => {
    if (select.value === '') choices.mapping.delete(group.key);
    else choices.mapping.set(group.key, select.value);
  });
  const where = IMPORT.unmatchedWhere(group.lines, group.login, group.parent);
  return el('div', { class: 'map-row' }, [
    el('label', { class: 'map-name', for: `f-map-${index}` }, [group.name]),
    el('p', { class: 'hint' }, [where]),
    select,
  ]);
}

function conflictRows(p: ImportPreview, choices: ChoiceMaps): HTMLElement[] {
  const radios: { key: string; value: Resolution; input: HTMLInputElement }[] = [];
  const rows = p.conflicts.map((c, i) => {
    const option = (value: Resolution, text: string) => {
      const input = el('input', { type: 'radio', name: `conflict-${i}`, value });
      input.checked = choices.resolutions.get(c.key) === value;
      input.addEventListener('change', () => choices.resolutions.set(c.key, value));
      radios.push({ key: c.key, value, input });
      return el('label', { class: `choice ${value}` }, [input, el('span', {}, [text])]);
    };
    return el('div', { class: 'conflict', 'data-key': c.key }, [
      el('p', { class: 'conflict-title' }, [IMPORT.conflictTitle(c.school, c.schoolName, c.label)]),
      el('div', { class: 'choices' }, [
        option('existing', IMPORT.inTable(displayValue(c.existing), c.existingSource)),
        option('imported', IMPORT.inFile(displayValue(c.imported))),
      ]),
    ]);
  });
  const everywhere = (value: Resolution) => () => {
    for (const r of radios) {
      r.input.checked = r.value === value;
      if (r.input.checked) choices.resolutions.set(r.key, value);
    }
  };
  return [
    el('p', { class: 'list-title' }, [IMPORT.conflicts(p.conflicts.length)]),
    el('p', { class: 'hint' }, [IMPORT.conflictsHint]),
    actions(
      button(IMPORT.allImported, 'plain small', everywhere('imported')),
      button(IMPORT.allExisting, 'plain small', everywhere('existing')),
    ),
    ...rows,
  ];
}

export function previewView(p: ImportPreview, choices: ChoiceMaps, status: StatusArea): HTMLElement[] {
  const messages = (title: string, list: ImportPreview['warnings'], severity: 'error' | 'warning') =>
    list.length === 0
      ? []
      : [
          el('p', { class: `list-title ${severity}` }, [`${title} (${list.length})`]),
          problemList(
            list.map((m) => ({ ...m, severity })),
            status,
          ),
        ];
  if (!p.ok) return [el('p', { class: 'note error' }, [IMPORT.refused]), ...messages(IMPORT.errors, p.errors, 'error')];
  const groups = groupUnmatched(p.unmatched);
  return [
    el('div', { class: 'card' }, heading(p)),
    ...(groups.length === 0
      ? []
      : [
          el('p', { class: 'list-title' }, [IMPORT.unmatched(groups.length)]),
          el('p', { class: 'hint' }, [IMPORT.unmatchedHint]),
          ...groups.map((g, i) => unmatchedRow(g, p, choices, i)),
        ]),
    ...(p.conflicts.length === 0 ? [] : conflictRows(p, choices)),
    ...messages(IMPORT.warnings, p.warnings, 'warning'),
    ...messages(IMPORT.errors, p.errors, 'error'),
  ];
}
