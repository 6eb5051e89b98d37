// This file gives the app layer what a local action runs with: the clock, the user and the presets.
import type { RunContext } from '../app/check';
import { findPreset } from '../core/presets';
import { localNow, localUser } from './clock';

export function localRun(): RunContext {
  return { now: localNow(), user: localUser(), presets: findPreset };
}
