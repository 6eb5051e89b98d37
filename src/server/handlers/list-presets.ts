// This file lists the program presets for «Новый мониторинг»: id, title, municipality, years and counts.
import { presetSummaries } from '../../core/presets';
import type { PresetSummary } from '../api';

export function listPresets(): PresetSummary[] {
  return presetSummaries();
}
