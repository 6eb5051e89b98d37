// This file handles «Дорожные карты»: validates the options, then (not built yet) creates or merges the
// roadmap tabs.
import { notImplemented } from '../../core/text/errors';
import { PANELS } from '../../core/text/ui';
import type { RoadmapResult } from '../api';
import { parseArgs } from '../parse';
import { BuildOptionsSchema } from '../schemas';

export function generateRoadmaps(input?: unknown): RoadmapResult {
  parseArgs(BuildOptionsSchema, input);
  throw notImplemented(`«${PANELS.generateRoadmaps.title}»`);
}
