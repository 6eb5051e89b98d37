// This file keeps READY honest: an action the sidebar shows as «ещё в разработке» must answer
// NOT_IMPLEMENTED, and one shown as ready must not.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/text/errors';
import type { ActionId } from '../../src/server/api';
import { buildReport } from '../../src/server/handlers/build-report';
import { checkSubmissions } from '../../src/server/handlers/check-submissions';
import { generateRoadmaps } from '../../src/server/handlers/generate-roadmaps';
import { previewImport } from '../../src/server/handlers/import';
import { setupMonitoring } from '../../src/server/handlers/setup-monitoring';
import { READY } from '../../src/server/ready';

/** Each action called with valid arguments. */
const CALLS: Record<ActionId, () => unknown> = {
  setupMonitoring: () =>
    setupMonitoring({
      presetId: 'p',
      municipality: 'М',
      year: 2025,
      mode: 'tabs',
      schools: [{ code: 'S1', name: 'Школа 1' }],
    }),
  checkSubmissions: () => checkSubmissions(),
  buildReport: () => buildReport(),
  generateRoadmaps: () => generateRoadmaps({ year: 2025 }),
  importResults: () => previewImport({ source: { sheetName: 'ВПР' } }),
};

function codeOf(call: () => unknown): string | null {
  try {
    call();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'OTHER';
  }
}

describe('READY', () => {
  it.each(Object.keys(CALLS) as ActionId[])('%s answers NOT_IMPLEMENTED exactly when it is not ready', (id) => {
    const code = codeOf(CALLS[id]);
    if (READY[id]) expect(code).not.toBe('NOT_IMPLEMENTED');
    else expect(code).toBe('NOT_IMPLEMENTED');
  });
});
