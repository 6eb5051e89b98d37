// This file handles «Дорожные карты»: creates or merges the roadmap tabs, keeping people's edits.
import { RoadmapOptions } from '../../app/roadmaps';
import type { RoadmapResult } from '../api';
import { app } from '../app';
import { parseArgs } from '../parse';

export function generateRoadmaps(input?: unknown): RoadmapResult {
  return app.api().generateRoadmaps(parseArgs(RoadmapOptions, input ?? {}));
}
