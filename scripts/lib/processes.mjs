// What a launcher started, written down so that nothing it started outlives it unnoticed: the record
// (one file per instance, git-ignored) names the launcher and every process of its suite with its
// command line. A later launcher of this checkout reads it: a live launcher means "already running",
// a dead one means its leftovers are stopped; a process is only ever stopped when its id still runs
// the command line that was recorded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Every process of the machine: id, parent, group and command line (`ps` on Linux and macOS). */
export function processTable() {
  let output;
  try {
    output = execFileSync('ps', ['-A', '-o', 'pid=', '-o', 'ppid=', '-o', 'pgid=', '-o', 'args='], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return new Map();
  }
  const table = new Map();
  for (const line of output.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match) {
      const [, pid, ppid, pgid, args] = match;
      table.set(Number(pid), { pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), args: args.trim() });
    }
  }
  return table;
}

/**
 * The processes started by `roots` (them included), following parent ids and the process `groups`
 * (by default the roots' own ids: each was started as the leader of its group).
 */
export function descendants(roots, table = processTable(), groups = new Set(roots)) {
  const found = new Map();
  const queue = roots.filter((pid) => table.has(pid));
  while (queue.length > 0) {
    const pid = queue.shift();
    if (found.has(pid)) continue;
    found.set(pid, table.get(pid));
    for (const entry of table.values()) {
      if (entry.ppid === pid && !found.has(entry.pid)) queue.push(entry.pid);
    }
  }
  for (const entry of table.values()) {
    if (groups.has(entry.pgid) && !found.has(entry.pid)) found.set(entry.pid, entry);
  }
  return [...found.values()];
}

/** The recorded processes that still run what was recorded (same id, same command line). */
export function stillRunning(recorded, table = processTable()) {
  return recorded.filter((entry) => table.get(entry.pid)?.args === entry.args);
}

/** The working folder of a process (Linux's /proc), or undefined where the machine does not tell. */
function workingFolder(pid) {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

/**
 * Emulators of this checkout's instance that nobody recorded: a Java emulator the Firebase CLI spawned in
 * its own process group in the moment it was being stopped is orphaned before any record names it, and
 * would hold its port for the next start. Found by what identifies them: a Java or MailDev process of
 * this checkout (its working folder) started on one of the instance's ports.
 */
export function strayEmulators(ports, root, table = processTable(), folderOf = workingFolder) {
  const onPort = (args) => ports.some((port) => new RegExp(`--(?:port|smtp|web)[= ]${port}(?!\\d)`).test(args));
  return [...table.values()].filter(
    (entry) => /\bjava\b|maildev/.test(entry.args) && onPort(entry.args) && folderOf(entry.pid) === root,
  );
}

/** A readable name for a process of the suite, from its command line. */
function describeProcess(args) {
  if (/emulators:start/.test(args)) return 'Firebase emulators';
  if (/firestore/i.test(args)) return 'Firestore emulator';
  if (/pubsub/i.test(args)) return 'Pub/Sub emulator';
  if (/storage-rules|StorageRules/i.test(args)) return 'storage rules runtime';
  if (/functionsEmulatorRuntime|firebase-functions/.test(args)) return 'functions runtime';
  if (/maildev/i.test(args)) return 'MailDev';
  if (/vite-node/.test(args)) return 'seed';
  if (/vite/.test(args)) return 'app build';
  if (/esbuild/.test(args)) return 'esbuild';
  return args.split(' ')[0].split('/').pop();
}

/** "Firebase emulators, 2 × functions runtime, MailDev" */
export function summarise(entries) {
  const counts = new Map();
  for (const entry of entries) {
    const name = describeProcess(entry.args);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => (count > 1 ? `${count} × ${name}` : name)).join(', ');
}

export function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeRecord(file, record) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temporary, file);
}

export function removeRecord(file) {
  rmSync(file, { force: true });
}

/** This process as the record names it: a later launcher checks the id still runs this command line. */
export function ownEntry(table = processTable()) {
  return { pid: process.pid, args: table.get(process.pid)?.args ?? process.argv.join(' ') };
}

/** Sends a signal to a process, or to its whole group with a negative id; false when it is gone. */
export function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops recorded processes that still run what was recorded: `gentle` (SIGINT for the Firebase CLI,
 * SIGTERM for the others), then SIGKILL for those still there after `graceMs`. Resolves with those it
 * found running.
 */
export async function stopRecorded(recorded, { graceMs = 10_000 } = {}) {
  let alive = stillRunning(recorded);
  const found = [...alive];
  if (alive.length === 0) return found;
  if (graceMs > 0) {
    for (const entry of alive) signal(entry.pid, /emulators:start/.test(entry.args) ? 'SIGINT' : 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      alive = stillRunning(alive);
      if (alive.length === 0) return found;
      await sleep(200);
    }
  }
  for (const entry of alive) signal(entry.pid, 'SIGKILL');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && stillRunning(alive).length > 0) await sleep(100);
  return found;
}

/** Who listens on a TCP port, when the machine can tell (lsof, else ss): "java, pid 1234". */
export function portHolder(port) {
  try {
    const output = execFileSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const pid = /^p(\d+)/m.exec(output)?.[1];
    const command = /^c(.+)$/m.exec(output)?.[1];
    if (pid) return `${command ?? 'pid'}, pid ${pid}`;
  } catch {
    // no lsof, or nothing it may see
  }
  try {
    const output = execFileSync('ss', ['-ltnpH', `sport = :${port}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(output);
    if (match) return `${match[1]}, pid ${match[2]}`;
  } catch {
    // no ss either
  }
  return undefined;
}
