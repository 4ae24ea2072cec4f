import {
  IMPORT_CONFLICT_POLICIES,
  IMPORT_MODES,
  type ImportConflictPolicy,
  type ImportMode,
} from '@tradeflow/domain';

export interface ImportArgs {
  file: string;
  url: string;
  mode: ImportMode;
  onConflict: ImportConflictPolicy;
  token: string | undefined;
  json: boolean;
  /** Run the whole import in a transaction the server rolls back: the report, nothing written. */
  dryRun: boolean;
}

export const IMPORT_USAGE = `usage: npm run import -- FILE [--url http://localhost:3000] [--mode atomic|partial]
                         [--on-conflict error|skip|update] [--dry-run] [--token TOKEN] [--json]

Streams FILE (a shipment CSV) to POST /api/shipments/import, shows progress on stderr and prints
the report. --dry-run checks the whole file and reports what would be inserted, updated, skipped
and rejected, writing nothing. Exit code 0 when every line was (or would be) imported, 1 when lines
were rejected or the server refused the file, 2 for a usage error. The token may also come from
TRADEFLOW_TOKEN.`;

export class UsageError extends Error {}

export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ImportArgs {
  const args: ImportArgs = {
    file: '',
    url: 'http://localhost:3000',
    mode: 'atomic',
    onConflict: 'error',
    token: env['TRADEFLOW_TOKEN'] || undefined,
    json: false,
    dryRun: false,
  };
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift() as string;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    const value = () => {
      const next = inline ?? rest.shift();
      if (next === undefined || next === '') throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--url':
        args.url = value().replace(/\/+$/, '');
        break;
      case '--mode':
        args.mode = oneOf(name, value(), IMPORT_MODES);
        break;
      case '--on-conflict':
        args.onConflict = oneOf(name, value(), IMPORT_CONFLICT_POLICIES);
        break;
      case '--token':
        args.token = value();
        break;
      case '--json':
        args.json = true;
        break;
      case '--dry-run':
        if (inline !== undefined) throw new UsageError('--dry-run takes no value');
        args.dryRun = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        if (name.startsWith('-')) throw new UsageError(`unknown option ${name}`);
        if (args.file) throw new UsageError(`one file at a time (got ${args.file} and ${name})`);
        args.file = name;
    }
  }
  if (!args.file) throw new UsageError('the CSV file to import is missing');
  try {
    new URL(args.url);
  } catch {
    throw new UsageError(`--url is not a URL: ${args.url}`);
  }
  return args;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got ${value}`);
  }
  return value as T;
}
