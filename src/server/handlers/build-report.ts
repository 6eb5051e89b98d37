// This file handles «Собрать отчёт»: collects, computes and rebuilds Свод, Динамика and Справка.
import type { Api, BuildView } from '../api';
import { app } from '../app';

export function buildReport(input?: Parameters<Api['buildReport']>[0]): BuildView {
  return app.api().buildReport(input);
}
