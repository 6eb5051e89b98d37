// This file parses the CLI's arguments: the command, its positional arguments and its --options, each
// command with a zod schema, so a missing or malformed argument is refused with a Russian message that
// names it («--year: год — четыре цифры, например 2024»). Unknown options are refused, not ignored.
import { z } from 'zod';
import { LocalError } from './errors';
import { CLI } from './text';

const value = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `не указан ${what}` : `нужно значение: ${what}`) })
    .trim()
    .min(1, `нужно значение: ${what}`);
const Year = z
  .string({ error: 'не указан год' })
  .regex(/^\d{4}$/, 'год — четыре цифры, например 2024')
  .transform(Number)
  .pipe(z.number().min(2000, 'год — от 2000 до 2100').max(2100, 'год — от 2000 до 2100'));
const Port = z
  .string()
  .regex(/^\d{1,5}$/, 'порт — число от 0 до 65535')
  .transform(Number)
  .pipe(z.number().max(65535, 'порт — число от 0 до 65535'));
const Flag = z.boolean().default(false);

/** Per command: positional names in order, option kinds, and the schema of the whole. */
const COMMANDS = {
  help: { positionals: [], options: {}, schema: z.object({}) },
  demo: { positionals: [], options: { out: 'value' }, schema: z.object({ out: value('каталог').optional() }) },
  init: {
    positionals: [],
    options: { preset: 'value', schools: 'value', year: 'value', out: 'value', municipality: 'value' },
    schema: z.object({
      preset: value('код программы'),
      schools: value('файл школ'),
      year: Year,
      out: value('файл книги'),
      municipality: value('муниципалитет').optional(),
    }),
  },
  check: {
    positionals: ['file'],
    options: { json: 'flag' },
    schema: z.object({ file: value('файл книги'), json: Flag }),
  },
  report: {
    positionals: ['file'],
    options: { json: 'flag', year: 'value' },
    schema: z.object({ file: value('файл книги'), json: Flag, year: Year.optional() }),
  },
  roadmaps: { positionals: ['file'], options: {}, schema: z.object({ file: value('файл книги') }) },
  pdf: {
    positionals: ['file'],
    options: { out: 'value' },
    schema: z.object({ file: value('файл книги'), out: value('папка для PDF').optional() }),
  },
  import: {
    positionals: ['file'],
    options: { into: 'value', year: 'value', map: 'value', prefer: 'value', 'dry-run': 'flag' },
    schema: z
      .object({
        file: value('файл результатов'),
        into: value('книга мониторинга'),
        year: Year.optional(),
        map: z.string().optional(),
        prefer: z.enum(['imported', 'existing'], { error: 'нужно imported или existing' }).optional(),
        'dry-run': z.boolean().optional(),
      })
      .transform(({ 'dry-run': dryRun, ...rest }) => ({ ...rest, dryRun: dryRun ?? false })),
  },
  preview: {
    positionals: ['file'],
    options: { port: 'value' },
    schema: z.object({ file: value('файл книги').optional(), port: Port.optional() }),
  },
} as const satisfies Record<
  string,
  { positionals: readonly string[]; options: Record<string, 'value' | 'flag'>; schema: z.ZodType }
>;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<C extends CommandName> = z.output<(typeof COMMANDS)[C]['schema']>;
export type Parsed = { [C in CommandName]: { command: C; args: CommandArgs<C> } }[CommandName];

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

export function parseArgv(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  const name = first === undefined || first === '--help' || first === '-h' ? 'help' : first;
  if (!isCommand(name)) throw new LocalError(CLI.unknownCommand(name), 2);
  const spec = COMMANDS[name];
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const kinds: Record<string, 'value' | 'flag'> = spec.options;
  const fail = (details: string) => new LocalError(CLI.badArgs(name, details), 2);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = kinds[key];
    if (!kind) throw fail(CLI.unknownOption(arg));
    if (kind === 'flag') {
      options[key] = true;
      continue;
    }
    const next = inline ?? rest[i + 1];
    if (next === undefined || (inline === undefined && next.startsWith('--'))) throw fail(CLI.missingValue(`--${key}`));
    options[key] = next;
    if (inline === undefined) i += 1;
  }
  if (positionals.length > spec.positionals.length)
    throw fail(CLI.extraArgument(positionals[spec.positionals.length] as string));
  spec.positionals.forEach((p, i) => {
    if (positionals[i] !== undefined) options[p] = positionals[i] as string;
  });
  const parsed = spec.schema.safeParse(options);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return spec.positionals.includes(key as never) ? issue.message : `--${key}: ${issue.message}`;
    });
    throw fail(details.join('; '));
  }
  return { command: name, args: parsed.data } as Parsed;
}
