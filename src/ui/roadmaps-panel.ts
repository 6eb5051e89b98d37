// This file is the «Дорожные карты» panel: an optional year, one button, then the tabs created and the
// tabs added to (each a link that opens the tab) and any warnings.
import { ROADMAPS } from '../core/text/ui';
import type { RoadmapResult } from '../server/api';
import { server } from './client';
import { el, field, titledList } from './dom';
import { actions, frame, type Panel, primaryButton } from './panel';
import { cellLink } from './problems';
import { runAction } from './run-action';
import type { StatusArea } from './status';
import { readYear } from './year';

function tabLinks(title: string, tabs: readonly string[], status: StatusArea): HTMLElement[] {
  if (tabs.length === 0) return [];
  return [
    el('p', { class: 'list-title' }, [`${title} (${tabs.length})`]),
    el(
      'ul',
      { class: 'items' },
      tabs.map((tab) => el('li', {}, [cellLink(tab, tab, 'A1', status)])),
    ),
  ];
}

function resultView(r: RoadmapResult, status: StatusArea): HTMLElement[] {
  return [
    ...tabLinks(ROADMAPS.created, r.created, status),
    ...tabLinks(ROADMAPS.merged, r.merged, status),
    ...titledList(ROADMAPS.warnings, r.warnings, 'warn'),
  ];
}

export function roadmapsPanel(): Panel {
  const year = el('input', { name: 'roadmapYear', type: 'text', inputmode: 'numeric', maxlength: '4' });
  const button = primaryButton('generateRoadmaps');
  const result = el('div', { class: 'result' });
  const parts = frame('generateRoadmaps', [field(ROADMAPS.year, year, ROADMAPS.yearHint), actions(button)], false, [
    result,
  ]);

  button.addEventListener('click', () => {
    const y = readYear(year.value);
    if (!y.ok) {
      parts.status.show('error', [y.message]);
      return;
    }
    result.replaceChildren();
    void runAction(
      [button, year],
      parts.status,
      () => server.generateRoadmaps(y.year === null ? {} : { year: y.year }),
      (r) => [ROADMAPS.done(r.created.length, r.merged.length)],
    ).then((outcome) => {
      if (outcome.ok) result.replaceChildren(...resultView(outcome.value, parts.status));
    });
  });

  return {
    root: parts.root,
    status: parts.status,
    setReady(ready) {
      parts.showNotReady(!ready);
      button.disabled = !ready;
    },
  };
}
