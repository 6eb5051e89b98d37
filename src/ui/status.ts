// This file is a panel's status area: one state (running, done, error) and its lines of text.
import { setLines } from './dom';

export type StatusKind = 'running' | 'done' | 'error';

export interface StatusArea {
  show(kind: StatusKind, lines: readonly string[]): void;
}

/** A StatusArea over a <ul>; the kind becomes its class for the styles in sidebar.css. */
export function listStatus(list: HTMLUListElement): StatusArea {
  return {
    show(kind, lines) {
      list.className = `status ${kind}`;
      setLines(list, lines);
    },
  };
}
