// This file only exposes: it lists the public server functions. The build wraps it in an IIFE (global
// ShnorApp) and generates one top-level `function name(…)` stub per export, so exactly these names are
// visible to menus, triggers and google.script.run. Wiring lives in app.ts, work in handlers/.
import { app } from './app';
import { getStatus as statusOf } from './handlers/get-status';

export { onOpen } from './handlers/on-open';
export { onInstall } from './handlers/on-install';
export { showSidebar } from './handlers/show-sidebar';
export { menuBuildReport, menuCheckSubmissions, menuGenerateRoadmaps } from './handlers/menu-actions';
export { listPresets } from './handlers/list-presets';
export { setupMonitoring } from './handlers/setup-monitoring';
export { checkSubmissions } from './handlers/check-submissions';
export { buildReport } from './handlers/build-report';
export { generateRoadmaps } from './handlers/generate-roadmaps';
export { listImportSheets, previewImport, applyImport } from './handlers/import';
export { reviewSubmission, selectCell } from './handlers/review';
export { getProgress } from './handlers/get-progress';
export { createSchoolFiles } from './handlers/school-files';
export { exportPdf } from './handlers/export-pdf';

export const getStatus = () => statusOf(app);
