// This file validates what the sidebar sends, at the server boundary: a zod schema, issues worded in
// Russian (our wording for the common cases, zod's Russian locale for the rest), and on failure an
// AppError INVALID_INPUT that names each bad argument («школы, № 2, код: не заполнено»).
import type { z } from 'zod';
import ru from 'zod/v4/locales/ru.js';
import { AppError, ARGUMENT_ISSUES as T } from '../core/text/errors';
import { ARGUMENT_LABELS } from '../core/text/ui';

const zodRussian = ru().localeError;

type Issue = Parameters<typeof zodRussian>[0];

function russian(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return T.missing;
      if (issue.expected === 'int') return T.integer;
      if (issue.expected in T.expected) return T.expected[issue.expected as keyof typeof T.expected];
      break;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return T.empty;
      if (issue.origin === 'number') return T.atLeast(issue.minimum);
      if (issue.origin === 'array') return T.listAtLeast(issue.minimum);
      break;
    case 'too_big':
      if (issue.origin === 'number') return T.atMost(issue.maximum);
      break;
    case 'invalid_union':
      if (issue.input === undefined) return T.missing;
      break;
    case 'invalid_value':
      return T.oneOf(issue.values.map(String));
    case 'invalid_format':
      if (issue.format === 'email') return T.email;
      break;
  }
  const fallback = zodRussian(issue);
  return typeof fallback === 'string' ? fallback : (fallback?.message ?? T.missing);
}

export function parseArgs<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { error: (issue) => russian(issue) });
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const where = issue.path.map(label).join(', ');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  throw new AppError('INVALID_INPUT', details.join('; '));
}

function label(key: PropertyKey): string {
  if (typeof key === 'number') return `№ ${key + 1}`;
  const name = String(key);
  return ARGUMENT_LABELS[name] ?? name;
}
