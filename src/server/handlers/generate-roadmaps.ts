// This file handles «Дорожные карты»: creates or merges the roadmap tabs, keeping people's edits.
import type { Api, RoadmapResult } from '../api';
import { app } from '../app';

export function generateRoadmaps(input?: Parameters<Api['generateRoadmaps']>[0]): RoadmapResult {
  return app.api().generateRoadmaps(input);
}
