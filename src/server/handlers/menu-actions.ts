// This file holds the menu items that run an action directly (no form needed) and report by toast.
import { SUMMARY } from '../../core/text/ui';
import { runFromMenu } from '../menu-run';
import { buildReport } from './build-report';
import { checkSubmissions } from './check-submissions';
import { generateRoadmaps } from './generate-roadmaps';

export function menuCheckSubmissions(): void {
  runFromMenu(checkSubmissions, (board) => SUMMARY.board(board).slice(0, 1));
}

export function menuBuildReport(): void {
  runFromMenu(() => buildReport(), SUMMARY.report);
}

export function menuGenerateRoadmaps(): void {
  runFromMenu(() => generateRoadmaps(), SUMMARY.roadmaps);
}
