// This file answers the sidebar's polling during a long action with the latest progress message.
import type { Progress } from '../api';
import { app } from '../app';

export function getProgress(): Progress | null {
  return app.progress();
}
