// This file says which sidebar actions are built. The sidebar shows «ещё в разработке» for the others, and
// test/server/ready.test.ts checks that every action marked false really answers NOT_IMPLEMENTED.
import type { ActionId } from './api';

export const READY: Readonly<Record<ActionId, boolean>> = {
  setupMonitoring: true,
  checkSubmissions: true,
  buildReport: true,
  generateRoadmaps: true,
  importResults: true,
};
