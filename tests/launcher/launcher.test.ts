// `npm start` interrupted at each phase, killed hard, and run beside an `npm test` suite: nothing it
// started survives, the next start succeeds, and the other suite's data and inbox are left alone.
// It runs on the "check" instance (scripts/lib/instances.mjs): ports of its own, data in
// .emulators/check/data, so it never touches the developer's `npm start` or its .data/.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/emulator-env';

const CHECK_OFFSET = 4_000;
const TEST_OFFSET = 10_000;
const checkDir = join(repoRoot, '.emulators', 'check');
const recordFile = join(checkDir, 'processes.json');
const dataDir = join(checkDir, 'data');
const PROJECT = 'demo-estate';

const firebaseJson = JSON.parse(readFileSync(join(repoRoot, 'firebase.json'), 'utf8')) as {
  emulators: Record<string, { port?: number; websocketPort?: number }>;
};
/** Every port of an instance: the emulators, the client Hosting site and MailDev. */
function portsOf(offset: number): number[] {
  const ports: number[] = [];
  for (const entry of Object.values(firebaseJson.emulators)) {
    if (entry && typeof entry === 'object' && entry.port) ports.push(entry.port + offset);
    if (entry && typeof entry === 'object' && entry.websocketPort) ports.push(entry.websocketPort + offset);
  }
  const hosting = firebaseJson.emulators.hosting?.port ?? 5000;
  ports.push(hosting + 5 + offset, 1025 + offset, 1080 + offset);
  return ports;
}
const checkPorts = portsOf(CHECK_OFFSET);
const port = (name: string, offset = CHECK_OFFSET) => (firebaseJson.emulators[name]?.port ?? 0) + offset;

function answers(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: target });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` on the check instance, in its own process group as a terminal would run it. */
function startLauncher(args: string[] = ['--quick']): Launcher {
  const child = spawn('node', ['scripts/start.mjs', '--instance', 'check', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    // FORCE_COLOR set (even to 0) makes firebase-tools colour its output: the launcher must read it anyway.
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

const waitForOutput = (launcher: Launcher, pattern: RegExp, ms = 180_000) =>
  until(`${pattern} in the launcher's output`, () => pattern.test(launcher.output()) || undefined, ms).catch(
    (error: Error) => {
      throw new Error(`${error.message}\n--- output ---\n${launcher.output()}`);
    },
  );

async function exitOf(launcher: Launcher, ms = 90_000): Promise<number | null> {
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
  const result = await Promise.race([launcher.exited, timeout]);
  if (result === 'timeout') throw new Error(`the launcher did not exit within ${ms} ms:\n${launcher.output()}`);
  return result;
}

interface Recorded {
  pid: number;
  args: string;
}

function recorded(): Recorded[] {
  if (!existsSync(recordFile)) return [];
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { processes: Recorded[] };
  return record.processes;
}

/**
 * The record once it lists a process matching each pattern (the launcher refreshes it every second):
 * what a snapshot taken then must find stopped.
 */
const recordListing = (patterns: RegExp[], ms = 30_000) =>
  until(
    `the record to list ${patterns.join(', ')}`,
    () => {
      const entries = recorded();
      return patterns.every((pattern) => entries.some((entry) => pattern.test(entry.args))) ? entries : undefined;
    },
    ms,
  );
/** The suite as the record lists it once up: the Firebase CLI, its Java emulators and MailDev. */
const SUITE = [/emulators:start/, /java/, /maildev/];

/**
 * Every live process of the machine: its command line and its process group. Zombies (`Z`: exited,
 * not yet reaped by their parent) hold no port, file or memory and are left out.
 */
function processes(): Promise<Map<number, { args: string; pgid: number }>> {
  return new Promise((resolve) => {
    const ps = spawn('ps', ['-A', '-o', 'pid=', '-o', 'pgid=', '-o', 'stat=', '-o', 'args='], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let text = '';
    ps.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    ps.once('exit', () => {
      const table = new Map<number, { args: string; pgid: number }>();
      for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
        if (match && !match[3]?.startsWith('Z')) {
          table.set(Number(match[1]), { pgid: Number(match[2]), args: (match[4] ?? '').trim() });
        }
      }
      resolve(table);
    });
  });
}

async function commandLines(): Promise<Map<number, string>> {
  return new Map([...(await processes()).entries()].map(([pid, entry]) => [pid, entry.args]));
}

async function survivors(processes: Recorded[]): Promise<Recorded[]> {
  const table = await commandLines();
  return processes.filter((entry) => table.get(entry.pid) === entry.args);
}

/** What the suite started after the snapshot (functions runtimes) stays in its processes' groups. */
async function inGroupsOf(snapshot: Recorded[]): Promise<string[]> {
  const groups = new Set(snapshot.map((entry) => entry.pid));
  return [...(await processes()).entries()]
    .filter(([pid, entry]) => pid !== process.pid && groups.has(entry.pgid))
    .map(([pid, entry]) => `${pid} ${entry.args}`);
}

/**
 * Nothing of the check instance runs any more: no recorded process, no process naming its folder or
 * one of its ports, no port answering.
 */
async function expectNothingLeft(snapshot: Recorded[]): Promise<void> {
  expect(await survivors(snapshot)).toEqual([]);
  const table = await commandLines();
  const ours = [...table.entries()].filter(
    ([pid, args]) =>
      pid !== process.pid &&
      (args.includes('firebase.check.local.json') ||
        args.includes(join('.emulators', 'check', 'maildev')) ||
        checkPorts.some((target) => new RegExp(`[ =:]${target}\\b`).test(args))),
  );
  expect(ours).toEqual([]);
  expect(await inGroupsOf(snapshot)).toEqual([]);
  const open: number[] = [];
  for (const target of checkPorts) if (await answers(target)) open.push(target);
  expect(open).toEqual([]);
  expect(existsSync(recordFile)).toBe(false);
}

const docUrl = (offset: number, path: string) =>
  `http://127.0.0.1:${port('firestore', offset)}/v1/projects/${PROJECT}/databases/(default)/documents/${path}`;
const OWNER = { Authorization: 'Bearer owner' };

async function writeMarker(offset: number, value: string): Promise<void> {
  const response = await fetch(docUrl(offset, 'launcherChecks/marker'), {
    method: 'PATCH',
    headers: { ...OWNER, 'content-type': 'application/json' },
    body: JSON.stringify({ fields: { value: { stringValue: value } } }),
  });
  expect(response.ok).toBe(true);
}

async function readMarker(offset: number): Promise<string | null> {
  const response = await fetch(docUrl(offset, 'launcherChecks/marker'), { headers: OWNER });
  if (response.status === 404) return null;
  const body = (await response.json()) as { fields?: { value?: { stringValue?: string } } };
  return body.fields?.value?.stringValue ?? null;
}

async function inboxSize(offset: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${1080 + offset}/email`);
  return ((await response.json()) as unknown[]).length;
}

function runToEnd(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...outsideVitest(), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** This process's environment without what vitest set for its own workers: a nested run starts afresh. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
}

/** How long the launcher waits for MailDev (60 s) and then the emulator suite (240 s) to be ready. */
const LAUNCHER_START_MS = 300_000;

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

describe('npm start', () => {
  let running: Launcher | undefined;

  beforeAll(async () => {
    // A check instance a crashed earlier run of these tests left would be stopped by the first start;
    // its data must not be: start without any.
    rmSync(dataDir, { recursive: true, force: true });
    const busy: number[] = [];
    for (const target of checkPorts) if (await answers(target)) busy.push(target);
    if (busy.length > 0 && !existsSync(recordFile)) {
      throw new Error(`the launcher tests need ports ${busy.join(', ')}, held by something else`);
    }
  });

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      process.kill(-running.child.pid!, 'SIGINT');
      await exitOf(running).catch(() => undefined);
    }
  });

  it('refuses, naming the holder, when another program holds one of its ports', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port('pubsub'), '127.0.0.1', resolve));
    try {
      const launcher = startLauncher();
      expect(await exitOf(launcher)).toBe(1);
      expect(launcher.output()).toMatch(
        new RegExp(`ports already in use: pubsub on ${port('pubsub')} \\(node[^,]*, pid ${process.pid}\\)`),
      );
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await expectNothingLeft([]);
    } finally {
      server.close();
    }
  });

  it('Ctrl-C during the build stops the build and starts nothing', async () => {
    const launcher = startLauncher();
    await waitForOutput(launcher, /bundling functions/);
    process.kill(-launcher.child.pid!, 'SIGINT');
    expect(await exitOf(launcher)).toBe(130);
    expect(launcher.output()).toMatch(/Ctrl-C while building: stopping everything npm start started/);
    expect(launcher.output()).toMatch(/stopped: nothing was running yet/);
    await expectNothingLeft([]);
  });

  it('SIGTERM while the emulators start stops all of them, Java emulators included, saving nothing', async () => {
    const launcher = startLauncher();
    running = launcher;
    await waitForOutput(launcher, /starting the Firebase emulators/);
    // As in the report: Firestore (a Java process) already answers, the suite is not ready yet. How
    // long Java takes depends on the machine: wait as long as the launcher itself would (MailDev, then
    // the suite), and stop waiting should the launcher give up first.
    await until(
      'the Firestore emulator to answer',
      async () => {
        if (launcher.child.exitCode !== null) throw new Error(`the launcher exited (${launcher.child.exitCode})`);
        return (await answers(port('firestore'))) || undefined;
      },
      LAUNCHER_START_MS,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- output ---\n${launcher.output()}`);
    });
    expect(launcher.output()).not.toMatch(/seeding/);
    const snapshot = await recordListing(SUITE);
    process.kill(launcher.child.pid!, 'SIGTERM');
    expect(await exitOf(launcher)).toBe(143);
    expect(launcher.output()).toMatch(/SIGTERM while starting the emulators/);
    expect(launcher.output()).toMatch(/data not saved \(the emulators were not ready yet/);
    await expectNothingLeft(snapshot);
    expect(existsSync(join(dataDir, 'firebase-export-metadata.json'))).toBe(false);
  }, 480_000);

  it('SIGHUP during the first seed stops everything and keeps no half-seeded data', async () => {
    const launcher = startLauncher();
    await waitForOutput(launcher, /seeding the demo agency/);
    const snapshot = recorded();
    process.kill(-launcher.child.pid!, 'SIGHUP');
    expect(await exitOf(launcher)).toBe(129);
    expect(launcher.output()).toMatch(/SIGHUP while seeding the demo agency/);
    expect(launcher.output()).toMatch(/data not saved \(the demo seed was cut short/);
    await expectNothingLeft(snapshot);
  });

  it('after a hard kill (SIGKILL) of the launcher, the next start stops the leftovers and starts', async () => {
    const first = startLauncher();
    // Stopped by afterAll should the test fail before the kill.
    running = first;
    // This start seeds the demo agency (the one before left no data): more than the others take.
    await waitForOutput(first, /Ctrl-C stops everything/, 300_000);
    await writeMarker(CHECK_OFFSET, 'kept');
    const snapshot = await recordListing(SUITE);
    process.kill(first.child.pid!, 'SIGKILL');
    await exitOf(first);
    // Killed hard, the launcher could stop nothing: its suite still runs.
    expect((await survivors(snapshot)).length).toBeGreaterThan(2);

    running = startLauncher();
    await waitForOutput(running, /Ctrl-C stops everything/);
    const recovery = running
      .output()
      .split('\n')
      .find((line) => line.includes('stopped what an earlier npm start of this checkout left running'));
    expect(recovery).toContain(`(launcher pid ${first.child.pid} is gone)`);
    expect(recovery).toMatch(/Firebase emulators/);
    expect(recovery).toMatch(/Firestore emulator/);
    expect(recovery).toMatch(/MailDev/);
    expect(recovery).toMatch(/its data was saved to \.emulators\/check\/data\//);
    expect(await survivors(snapshot)).toEqual([]);
    expect(await inGroupsOf(snapshot)).toEqual([]);
    // What the killed run's suite held was exported before it was stopped, and imported again.
    expect(await readMarker(CHECK_OFFSET)).toBe('kept');
    // Two whole starts, the first with the demo seed, each within its own limit.
  }, 480_000);

  it('refuses a second npm start of the same checkout and instance while one runs', async () => {
    const second = startLauncher();
    expect(await exitOf(second)).toBe(1);
    expect(second.output()).toMatch(/npm start is already running in this checkout \(pid \d+/);
    expect(running!.child.exitCode).toBe(null);
    expect(await answers(port('hub'))).toBe(true);
  });

  it("runs an npm test suite beside it and leaves the app's data and inbox alone", async () => {
    await writeMarker(CHECK_OFFSET, 'kept beside');
    const inbox = await inboxSize(CHECK_OFFSET);
    const env = { ESTATE_PORT_OFFSET: String(TEST_OFFSET) };
    // Under `npm test` its own suite is up on the test ports; run alone, this test starts one.
    let own: ChildProcess | undefined;
    if (!(await answers(port('hub', TEST_OFFSET)))) {
      own = spawn('node', ['scripts/emulators.mjs', '--instance', 'test'], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let text = '';
      own.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      await until('the test suite', () => /emulators ready/.test(text) || undefined, 180_000);
    }
    try {
      const seed = await runToEnd(bin('vite-node'), ['scripts/seed.ts'], env);
      expect(seed.code, seed.output).toBe(0);
      // Run alone, the suite was started a moment ago: its functions' first calls are cold, beside a
      // second suite, on a machine maybe busy with others. Timeouts of the nested run only.
      const suite = await runToEnd(
        bin('vitest'),
        [
          'run',
          '-c',
          'tests/vitest.functions.config.ts',
          '--hookTimeout=90000',
          '--testTimeout=90000',
          'tests/functions/account.int.test.ts',
        ],
        env,
      );
      expect(suite.code, suite.output).toBe(0);
      expect(await readMarker(TEST_OFFSET)).toBe(null);
    } finally {
      if (own) {
        process.kill(-own.pid!, 'SIGINT');
        await new Promise((resolve) => own!.once('exit', resolve));
      }
    }
    expect(await readMarker(CHECK_OFFSET)).toBe('kept beside');
    expect(await inboxSize(CHECK_OFFSET)).toBe(inbox);
    expect(running!.child.exitCode).toBe(null);
  }, 420_000);

  it('Ctrl-C once it is up saves the data and stops everything', async () => {
    const launcher = running!;
    running = undefined;
    const snapshot = await recordListing(SUITE);
    process.kill(-launcher.child.pid!, 'SIGINT');
    expect(await exitOf(launcher)).toBe(130);
    expect(launcher.output()).toMatch(/Ctrl-C while running: stopping everything npm start started/);
    expect(launcher.output()).toMatch(
      /stopped: emulators and MailDev stopped, data saved to .emulators\/check\/data\//,
    );
    await expectNothingLeft(snapshot);
    expect(existsSync(join(dataDir, 'firebase-export-metadata.json'))).toBe(true);
  });

  it('a second Ctrl-C, while the first is stuck saving, stops at once without saving', async () => {
    const launcher = startLauncher();
    running = launcher;
    await waitForOutput(launcher, /Ctrl-C stops everything/);
    const snapshot = await recordListing(SUITE);
    // The first Ctrl-C saves the data through the Firestore emulator: frozen, it keeps the save waiting,
    // as a save that takes too long would, whatever the speed of the machine.
    const firestore = snapshot.find(
      (entry) => /java/.test(entry.args) && new RegExp(`--port ${port('firestore')}\\b`).test(entry.args),
    );
    expect(firestore, JSON.stringify(snapshot)).toBeDefined();
    process.kill(firestore!.pid, 'SIGSTOP');
    try {
      process.kill(-launcher.child.pid!, 'SIGINT');
      await waitForOutput(launcher, /Ctrl-C while running: stopping everything/);
      process.kill(-launcher.child.pid!, 'SIGINT');
      expect(await exitOf(launcher, 10_000)).toBe(130);
    } finally {
      try {
        process.kill(firestore!.pid, 'SIGCONT');
      } catch {
        // killed, as it should be
      }
    }
    expect(launcher.output()).toMatch(/stopped at once: everything this launcher started is killed; data NOT saved/);
    expect(launcher.output()).not.toMatch(/stopped: emulators/);
    await expectNothingLeft(snapshot);
  });
});
