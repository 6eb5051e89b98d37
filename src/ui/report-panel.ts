// This file is the «Собрать отчёт» panel: while buildReport runs it polls getProgress (every 1.5 s) and
// shows the latest message with a spinner, a moving bar and the time spent; then a summary card (forms
// read, schools flagged, errors, rows added to «Данные», time, spreadsheet calls), errors in the config
// tabs, the first problems as links to their cells, and links to the report tabs. «Экспорт в PDF» makes
// the printable `Свод` + `Справка` and gives its link.
import { TAB } from '../core/text/config';
import { duration, REPORT } from '../core/text/ui';
import { formatInt } from '../core/format';
import type { BuildView } from '../server/api';
import { server } from './client';
import { button, el, field } from './dom';
import { actions, frame, type Panel, primaryButton } from './panel';
import { withProgress } from './poll';
import { cellLink, problemList } from './problems';
import { runAction } from './run-action';
import { listStatus, type StatusArea } from './status';
import { readYear } from './year';

const POLL_MS = 1500;

/** The moving part shown while a long action runs. */
interface ProgressView {
  root: HTMLElement;
  start(): void;
  show(message: string | null): void;
  stop(): void;
}

function progressView(waiting: string): ProgressView {
  const message = el('span', { class: 'progress-message' }, [waiting]);
  const elapsed = el('p', { class: 'hint' });
  const root = el('div', { class: 'progress', hidden: '' }, [
    el('div', { class: 'progress-line' }, [el('span', { class: 'spinner', 'aria-hidden': 'true' }), message]),
    el('div', { class: 'progress-bar', 'aria-hidden': 'true' }, [el('span', {})]),
    elapsed,
  ]);
  let started = 0;
  return {
    root,
    start() {
      started = Date.now();
      message.textContent = waiting;
      elapsed.textContent = REPORT.elapsed(0);
      root.hidden = false;
    },
    show(text) {
      if (text !== null) message.textContent = text;
      elapsed.textContent = REPORT.elapsed(Date.now() - started);
    },
    stop() {
      root.hidden = true;
    },
  };
}

function stat(label: string, value: string): HTMLElement {
  return el('div', { class: 'stat' }, [
    el('span', { class: 'stat-value' }, [value]),
    el('span', { class: 'stat-label' }, [label]),
  ]);
}

/** Problems shown before «Показать все». */
const PROBLEMS_FIRST = 10;

/** Errors before warnings (a stable sort keeps the server's order within each), the first few, then all. */
function problemsBlock(problems: BuildView['problemList'], status: StatusArea): HTMLElement[] {
  const sorted = [...problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'));
  const list = problemList(sorted.slice(0, PROBLEMS_FIRST), status);
  const out: HTMLElement[] = [el('p', { class: 'list-title' }, [REPORT.problemsTitle]), list];
  if (sorted.length > PROBLEMS_FIRST) {
    const more = button(REPORT.showAll(sorted.length), 'link show-all', () => {
      list.replaceWith(problemList(sorted, status));
      more.remove();
    });
    out.push(el('p', {}, [more]));
  }
  out.push(el('p', { class: 'hint' }, [REPORT.fullList]));
  return out;
}

function summaryCard(r: BuildView, status: StatusArea): HTMLElement[] {
  const out: HTMLElement[] = [
    el('div', { class: 'card stats' }, [
      stat(REPORT.read, formatInt(r.schoolsRead)),
      stat(REPORT.flagged, formatInt(r.schoolsFlagged)),
      stat(REPORT.problems, formatInt(r.problems)),
      stat(REPORT.rowsAdded, formatInt(r.rowsAdded)),
      stat(REPORT.time, duration(r.ms)),
      stat(REPORT.calls, formatInt(r.calls)),
    ]),
  ];
  if (r.configErrors.length > 0) {
    out.push(
      el('div', { class: 'card error-box' }, [
        el('p', { class: 'list-title' }, [REPORT.configErrors]),
        el(
          'ul',
          { class: 'items' },
          r.configErrors.map((e) => el('li', {}, [e])),
        ),
      ]),
    );
  }
  if (r.problemList.length > 0) out.push(...problemsBlock(r.problemList, status));
  out.push(
    el('p', { class: 'open-tabs' }, [
      REPORT.open,
      ...[TAB.summary, TAB.dynamics, TAB.note].flatMap((tab, i) => [
        i === 0 ? ' ' : ' · ',
        cellLink(tab, tab, 'A1', status),
      ]),
    ]),
  );
  return out;
}

/** A link to open the exported PDF in a new tab; only a web address becomes a link. */
function pdfLink(url: string): HTMLElement {
  const link = /^https?:\/\//i.test(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [REPORT.pdfOpen])
    : el('span', { class: 'path' }, [url]);
  return el('p', { class: 'pdf' }, [REPORT.pdfDone, ' ', link]);
}

export function reportPanel(): Panel {
  const year = el('input', { name: 'reportYear', type: 'text', inputmode: 'numeric', maxlength: '4' });
  const button = primaryButton('buildReport');
  const pdf = el('button', { type: 'button', class: 'plain', disabled: '' }, [REPORT.pdf]);
  const pdfStatusList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const pdfStatus = listStatus(pdfStatusList);
  const pdfResult = el('div', { class: 'result' }, [pdfStatusList]);
  const progress = progressView(REPORT.waiting);
  const result = el('div', { class: 'result' });
  const parts = frame(
    'buildReport',
    [field(REPORT.year, year, REPORT.yearHint), actions(button, pdf), progress.root],
    false,
    [pdfResult, result],
  );

  button.addEventListener('click', () => {
    const y = readYear(year.value);
    if (!y.ok) {
      parts.status.show('error', [y.message]);
      return;
    }
    const options = y.year === null ? {} : { year: y.year };
    result.replaceChildren();
    progress.start();
    void runAction(
      [button, year],
      parts.status,
      () =>
        withProgress(
          () => server.buildReport(options),
          () => server.getProgress(),
          progress.show,
          { intervalMs: POLL_MS },
        ),
      (r) => [r.text],
      [],
    ).then((outcome) => {
      progress.stop();
      if (outcome.ok) result.replaceChildren(...summaryCard(outcome.value, parts.status));
    });
  });

  pdf.addEventListener('click', () => {
    void runAction(
      [pdf, button],
      pdfStatus,
      () => server.exportPdf(),
      () => [],
      [REPORT.pdfRunning],
    ).then((outcome) => {
      if (outcome.ok) pdfStatusList.replaceChildren(el('li', {}, [pdfLink(outcome.value.url)]));
    });
  });

  return {
    root: parts.root,
    status: parts.status,
    setReady(ready) {
      parts.showNotReady(!ready);
      button.disabled = !ready;
      pdf.disabled = !ready;
    },
  };
}
