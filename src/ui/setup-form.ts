// This file is the logic of «Новый мониторинг» without the DOM: it turns what the user typed into the
// options setupMonitoring takes, or into the list of every problem (each line of the school list named);
// it also says which municipality to pre-fill when the user picks another preset.
import { SETUP } from '../core/text/ui';
import type { PresetSummary, SetupOptions } from '../server/api';
import { EMAIL, parseSchools } from './schools-text';
import { readYear } from './year';

export type Mode = 'tabs' | 'files';

export interface SetupFormValues {
  presetId: string;
  municipality: string;
  year: string;
  mode: Mode;
  schools: string;
  coordinators: string;
}

export type SetupRequest = { ok: true; options: SetupOptions } | { ok: false; problems: string[] };

/** Addresses separated by commas, semicolons, spaces or new lines; each bad one is named. */
export function parseCoordinators(text: string): { emails: string[]; problems: string[] } {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const emails = [...new Set(parts.filter((p) => EMAIL.test(p)))];
  const problems = parts.filter((p) => !EMAIL.test(p)).map(SETUP.badCoordinator);
  return { emails, problems };
}

export function setupRequest(values: SetupFormValues): SetupRequest {
  const problems: string[] = [];
  if (values.presetId === '') problems.push(SETUP.noPreset);
  const municipality = values.municipality.trim();
  if (municipality === '') problems.push(SETUP.noMunicipality);
  const year = readYear(values.year);
  if (!year.ok) problems.push(year.message);
  else if (year.year === null) problems.push(SETUP.badYearRequired);
  const schools = parseSchools(values.schools);
  problems.push(...schools.problems);
  const coordinators = parseCoordinators(values.coordinators);
  problems.push(...coordinators.problems);
  if (problems.length > 0 || !year.ok || year.year === null) return { ok: false, problems };
  return {
    ok: true,
    options: {
      presetId: values.presetId,
      municipality,
      year: year.year,
      mode: values.mode,
      schools: schools.schools,
      ...(coordinators.emails.length > 0 && { coordinators: coordinators.emails }),
    },
  };
}

/**
 * The municipality box after the user picks `next`: the preset's municipality, unless the user typed
 * their own (the box holds something other than the previous preset's municipality).
 */
export function nextMunicipality(
  current: string,
  previous: PresetSummary | undefined,
  next: PresetSummary | undefined,
): string {
  const typedByUser = current.trim() !== '' && current.trim() !== (previous?.municipality ?? '');
  if (typedByUser || next === undefined) return current;
  return next.municipality;
}

/** A note when the reporting year is outside the preset's years, else null. */
export function yearNote(yearText: string, preset: PresetSummary | undefined): string | null {
  const year = readYear(yearText);
  if (preset === undefined || !year.ok || year.year === null) return null;
  const { from, to } = preset.years;
  return year.year < from || year.year > to ? SETUP.yearOutside(from, to) : null;
}
