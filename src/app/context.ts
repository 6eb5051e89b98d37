// This file loads what every action needs from the config tabs: settings, the school registry and
// the program (its preset with the methodologist's edits from `Показатели` and `Правила`). Config
// errors are collected with their cells; only a missing or unreadable `Настройки` stops the action.
import { readIndicatorsTab } from '../core/config/indicators-tab';
import { readRulesTab } from '../core/config/rules-tab';
import { readSchoolsTab, type SchoolRow } from '../core/config/schools-tab';
import { readSettingsTab, type Settings } from '../core/config/settings-tab';
import type { CellError } from '../core/config/cells';
import type { Program } from '../core/program';
import { TAB } from '../core/text/config';
import { AppError } from '../core/text/errors';
import { A } from '../core/text/app';
import type { Workbook } from '../sheets/port';

export interface MonitoringContext {
  settings: Settings;
  program: Program;
  schools: SchoolRow[];
  configErrors: CellError[];
}

export type PresetLookup = (id: string) => Program | undefined;

export function loadContext(wb: Workbook, presets: PresetLookup): MonitoringContext {
  const settingsSheet = wb.sheet(TAB.settings);
  if (!settingsSheet) throw new AppError('INVALID_INPUT', A.notSetUp);
  const { settings, errors } = readSettingsTab(settingsSheet.read());
  if (!settings) throw new AppError('INVALID_INPUT', A.badSettings(errors.map((e) => e.message)));
  const preset = presets(settings.presetId);
  if (!preset) throw new AppError('INVALID_INPUT', A.unknownPreset(settings.presetId));
  const configErrors: CellError[] = [];
  let program = preset;
  const ind = wb.sheet(TAB.indicators);
  if (ind) {
    const r = readIndicatorsTab(program, ind.read(), settings.year);
    program = r.program;
    configErrors.push(...r.errors);
  }
  const rules = wb.sheet(TAB.rules);
  if (rules) {
    const r = readRulesTab(program, rules.read());
    program = r.program;
    configErrors.push(...r.errors);
  }
  program = {
    ...program,
    defaults: {
      ...program.defaults,
      maxRiskDirections: settings.maxRiskDirections,
      includeSchoolsWithProblems: settings.includeSchoolsWithProblems,
    },
  };
  const schoolsSheet = wb.sheet(TAB.schools);
  if (!schoolsSheet) throw new AppError('INVALID_INPUT', A.notSetUp);
  const registry = readSchoolsTab(schoolsSheet.read());
  configErrors.push(...registry.errors);
  return { settings, program, schools: registry.rows, configErrors };
}
