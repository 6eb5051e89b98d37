// This file shows problems (from «Проверить», the report or the import) as a list; a problem about a cell
// is a link that selects that cell in the spreadsheet through server.selectCell. A failed selection is
// reported in the given status area, in Russian.
import { server, userMessage } from './client';
import { el } from './dom';
import type { StatusArea } from './status';

export interface ProblemLike {
  message: string;
  sheet: string | null;
  cell: string | null;
  severity?: 'error' | 'warning';
}

/** A link-looking button that opens `sheet` at `cell`; while the server works it is disabled. */
export function cellLink(label: string, sheet: string, cell: string, status: StatusArea): HTMLButtonElement {
  const link = el('button', { type: 'button', class: 'link', title: `${sheet}!${cell}` }, [label]);
  link.addEventListener('click', () => {
    link.disabled = true;
    server
      .selectCell({ sheet, cell })
      .catch((error: unknown) => status.show('error', [userMessage(error)]))
      .finally(() => (link.disabled = false));
  });
  return link;
}

export function problemList(
  problems: readonly ProblemLike[],
  status: StatusArea,
  className = 'problems',
): HTMLUListElement {
  return el(
    'ul',
    { class: className },
    problems.map((p) =>
      el('li', { class: p.severity ?? 'error' }, [
        p.sheet !== null && p.cell !== null ? cellLink(p.message, p.sheet, p.cell, status) : p.message,
      ]),
    ),
  );
}
