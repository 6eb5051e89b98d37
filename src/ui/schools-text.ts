// This file reads the «Школы» box of «Новый мониторинг»: one school a line, «код; название; категория;
// эл. почта; кластер», separated by «;» or by tabs (a range pasted from a sheet). Only code and name are
// required; the server validates every value.
import { STATUS } from '../core/text/ui';
import type { SchoolInput } from '../server/api';

export interface ParsedSchools {
  schools: SchoolInput[];
  problems: string[];
}

export function parseSchools(text: string): ParsedSchools {
  const schools: SchoolInput[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const [code = '', name = '', category = '', email = '', cluster = ''] = line
      .split(line.includes('\t') ? '\t' : ';')
      .map((part) => part.trim());
    if (code === '' || name === '') {
      problems.push(STATUS.schoolLine(index + 1, line.trim()));
      return;
    }
    schools.push({
      code,
      name,
      ...(category !== '' && { category }),
      ...(email !== '' && { email }),
      ...(cluster !== '' && { cluster }),
    });
  });
  if (schools.length === 0 && problems.length === 0) problems.push(STATUS.noSchools);
  return { schools, problems };
}
