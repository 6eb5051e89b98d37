// This file is the frame every sidebar panel shares: a collapsible section with its title, introduction,
// the «ещё в разработке» note, the panel's own content and a status area. A panel decides what «ready»
// enables; until the server says the action is built, its controls stay disabled and the note shows.
import { PANELS, STATUS } from '../core/text/ui';
import type { ActionId } from '../server/api';
import { el } from './dom';
import { listStatus, type StatusArea } from './status';

export interface Panel {
  readonly root: HTMLElement;
  readonly status: StatusArea;
  setReady(ready: boolean): void;
}

export interface Frame {
  root: HTMLDetailsElement;
  status: StatusArea;
  /** Shows or hides the «ещё в разработке» note. */
  showNotReady(notReady: boolean): void;
}

/** The frame around `content`; the status area follows it (under the buttons), then `after` (results). */
export function frame(id: ActionId, content: readonly Node[], open: boolean, after: readonly Node[] = []): Frame {
  const text = PANELS[id];
  const note = el('p', { class: 'note', hidden: '' }, [STATUS.notReady]);
  const statusList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const root = el('details', { class: 'panel', 'data-action': id }, [
    el('summary', {}, [text.title]),
    el('p', { class: 'intro' }, [text.intro]),
    note,
    ...content,
    statusList,
    ...after,
  ]);
  root.open = open;
  return {
    root,
    status: listStatus(statusList),
    showNotReady(notReady) {
      note.hidden = !notReady;
    },
  };
}

/** A row of buttons. */
export function actions(...buttons: HTMLButtonElement[]): HTMLElement {
  return el('div', { class: 'actions' }, buttons);
}

/** The panel's main button, disabled until the panel is ready. */
export function primaryButton(id: ActionId): HTMLButtonElement {
  return el('button', { type: 'button', class: 'action', disabled: '' }, [PANELS[id].button]);
}
