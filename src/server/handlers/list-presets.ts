// This file lists the program presets for «Новый мониторинг». Not built yet: the presets are being written.
import { notImplemented } from '../../core/text/errors';
import { FEATURES } from '../../core/text/ui';
import type { PresetSummary } from '../api';

export function listPresets(): PresetSummary[] {
  throw notImplemented(FEATURES.presets);
}
