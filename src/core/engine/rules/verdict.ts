// This file defines what a rule-kind module returns: a verdict without its rule code (the
// dispatcher adds the code, the scope check and the cache).
import type { RuleVerdict } from '../types';

export type Verdict = Omit<RuleVerdict, 'code'>;
