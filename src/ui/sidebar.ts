// This file is the sidebar's entry point: it mounts the panels, then asks the server which actions are
// built and which presets there are. Nothing here writes HTML from strings.
import { LEAD, STATUS } from '../core/text/ui';
import type { ActionId } from '../server/api';
import { submissionsPanel } from './board-panel';
import { server, userMessage } from './client';
import { el } from './dom';
import { importPanel } from './import-panel';
import type { Panel } from './panel';
import { reportPanel } from './report-panel';
import { roadmapsPanel } from './roadmaps-panel';
import { setupPanel } from './setup-panel';
import { listStatus } from './status';

function start(root: HTMLElement): void {
  const setup = setupPanel();
  const panels: Record<ActionId, Panel> = {
    setupMonitoring: setup,
    checkSubmissions: submissionsPanel(),
    buildReport: reportPanel(),
    generateRoadmaps: roadmapsPanel(),
    importResults: importPanel(),
  };
  const globalList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const global = listStatus(globalList);
  const footer = el('div', { class: 'branding-below' });
  root.replaceChildren(
    el('p', { class: 'lead' }, [LEAD]),
    globalList,
    ...Object.values(panels).map((p) => p.root),
    footer,
  );
  global.show('running', [STATUS.loading]);

  server
    .getStatus()
    .then((status) => {
      global.show('done', []);
      footer.textContent = STATUS.version(status.version);
      for (const id of Object.keys(panels) as ActionId[]) panels[id].setReady(status.ready[id]);
    })
    .catch((error: unknown) => {
      // Without a status we cannot tell what is built: let the user try, the server answers honestly.
      global.show('error', [userMessage(error)]);
      for (const panel of Object.values(panels)) panel.setReady(true);
    });

  server
    .listPresets()
    .then((presets) => setup.setPresets(presets))
    .catch((error: unknown) => {
      setup.setPresets([]);
      setup.status.show('error', [userMessage(error)]);
    });
}

const root = document.getElementById('app');
if (root) start(root);
