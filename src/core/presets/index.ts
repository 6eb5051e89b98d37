// This file is the preset registry: the five seed programs, validated once, looked up by id.
import { Program, type ProgramInput } from '../program';
import { bavly2021 } from './bavly-2021';
import { bogotol2022 } from './bogotol-2022';
import { krasnyKholm2020 } from './krasny-kholm-2020';
import { strezhevoy2023 } from './strezhevoy-2023';
import { tula2022 } from './tula-2022';

const INPUTS: ProgramInput[] = [tula2022, strezhevoy2023, bavly2021, krasnyKholm2020, bogotol2022];

let parsed: Program[] | null = null;

/** All presets, parsed with the Program schema (throws at first use if a preset is invalid: a test guards it). */
export function presets(): Program[] {
  return (parsed ??= INPUTS.map((p) => Program.parse(p)));
}

export function findPreset(id: string): Program | undefined {
  return presets().find((p) => p.id === id);
}

export interface PresetSummary {
  id: string;
  title: string;
  municipality: string;
  years: { from: number; to: number };
  indicators: number;
  rules: number;
  measures: number;
}

export function presetSummaries(): PresetSummary[] {
  return presets().map((p) => ({
    id: p.id,
    title: p.title,
    municipality: p.municipality,
    years: { ...p.years },
    indicators: p.indicators.length,
    rules: p.rules.length,
    measures: p.measures.length,
  }));
}
