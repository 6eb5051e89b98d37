// This file handles «Создать файлы школ» (file mode): a spreadsheet per school, shared with its email.
import type { SchoolFilesOutcome } from '../../app/school-files';
import { app } from '../app';

export function createSchoolFiles(): SchoolFilesOutcome {
  return app.api().createSchoolFiles();
}
