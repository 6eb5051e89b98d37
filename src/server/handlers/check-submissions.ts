// This file handles «Сдача данных»: per school status, filled share and problems. Not built yet.
import { notImplemented } from '../../core/text/errors';
import { PANELS } from '../../core/text/ui';
import type { SubmissionStatus } from '../api';

export function checkSubmissions(): SubmissionStatus[] {
  throw notImplemented(`«${PANELS.checkSubmissions.title}»`);
}
