// One run of a launcher (npm start, npm test, npm run bench, scripts/emulators.mjs): it claims its
// instance (refusing when the same command already runs in this checkout, stopping what an earlier,
// killed run left behind), records every process it starts, and on Ctrl-C, SIGTERM or SIGHUP, at any
// moment, stops all of them, saving the data when the suite got far enough along; a second signal
// stops everything at once, unsaved.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  descendants,
  ownEntry,
  processTable,
  readRecord,
  removeRecord,
  signal,
  stillRunning,
  stopRecorded,
  strayEmulators,
  summarise,
  writeRecord,
} from './processes.mjs';
import { instance as instanceOf } from './instances.mjs';
import { childrenExited, fail, root, runningChildren, say, stopRunning } from './run.mjs';

/**
 * Whether a process still lives. A dead one waiting to be reaped (a zombie: its ports are closed) does
 * not count; Linux tells it in /proc, elsewhere any process that takes a signal counts.
 */
function alive(pid) {
  if (!existsSync('/proc/self/stat')) return signal(pid, 0);
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** Resolves once none of `entries` lives any more (so their ports are closed), or after `ms`. */
async function gone(entries, ms) {
  const deadline = Date.now() + ms;
  while (entries.some((entry) => alive(entry.pid)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SIGNAL_NAMES = { SIGINT: 'Ctrl-C', SIGTERM: 'SIGTERM', SIGHUP: 'SIGHUP' };
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** Which data folder an exported-to message names: relative to the checkout. */
export const shown = (path) => `${relative(root, path) || '.'}/`;

async function hubAnswers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Asks a running suite's hub to export its data (what firebase-tools' --export-on-exit does). */
export async function exportData(hubPort, dataDir) {
  const response = await fetch(`http://127.0.0.1:${hubPort}/_admin/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: dataDir, initiatedBy: 'exit' }),
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok) throw new Error(`the export was refused (${response.status}): ${await response.text()}`);
}

/**
 * Starts a launcher session for `command` ("npm start") on the instance ("dev", "test"…). Throws with a
 * clear message when the same instance is in use by a live launcher of this checkout.
 */
export async function openSession({ command, instance: name = 'dev' }) {
  const inst = instanceOf(name);
  const session = new Session(command, inst);
  await session.claim();
  session.listen();
  return session;
}

class Session {
  constructor(command, inst) {
    this.command = command;
    this.instance = inst;
    this.phase = 'starting';
    this.stoppers = [];
    this.roots = new Set();
    this.record = undefined;
    this.signalled = undefined;
    this.finishing = undefined;
  }

  async claim() {
    const file = this.instance.recordFile;
    const earlier = readRecord(file);
    if (earlier) {
      const table = processTable();
      if (earlier.launcher && stillRunning([earlier.launcher], table).length === 1) {
        throw new Error(
          `${earlier.command ?? 'a launcher'} is already running in this checkout (pid ${earlier.launcher.pid}, ` +
            `ports ${earlier.ports?.[0]?.port ?? '?'}…): stop it first (Ctrl-C in its terminal), or wait for it to end.`,
        );
      }
      // What the killed run's suite started after its last record (the Firebase CLI keeps starting
      // functions runtimes) is found through the recorded processes' children and groups.
      const recordedLeft = stillRunning(earlier.processes ?? [], table);
      // Only the groups led by processes that still run what was recorded: an id of the record may
      // since have gone to another program, whose group is never followed.
      const groups = new Set(
        recordedLeft.filter((entry) => table.get(entry.pid)?.pgid === entry.pid).map((entry) => entry.pid),
      );
      const left =
        recordedLeft.length > 0
          ? descendants(
              recordedLeft.map((entry) => entry.pid),
              table,
              groups,
            )
          : [];
      if (left.length > 0) {
        let saved = '';
        const hub = earlier.hubPort;
        if (earlier.dataDir && earlier.ready && hub && (await hubAnswers(hub))) {
          try {
            await exportData(hub, earlier.dataDir);
            saved = `; its data was saved to ${shown(earlier.dataDir)}`;
          } catch {
            saved = '; its data could not be saved';
          }
        }
        // The CLI keeps starting functions runtimes while it runs (the export, triggers of the data
        // just seeded): list its processes again once exported, and after the stop take whatever its
        // groups still hold, until nothing is left.
        const listLeft = () => {
          const now = processTable();
          const roots = stillRunning(recordedLeft, now).map((entry) => entry.pid);
          return descendants(roots, now, groups).filter((entry) => entry.pid !== process.pid);
        };
        const stopped = await stopRecorded(listLeft(), { graceMs: 15_000 });
        for (let round = 0; round < 5; round += 1) {
          const stragglers = listLeft();
          if (stragglers.length === 0) break;
          stopped.push(...(await stopRecorded(stragglers, { graceMs: 0 })));
        }
        say(
          `stopped what an earlier ${earlier.command ?? 'launcher'} of this checkout left running ` +
            `(launcher pid ${earlier.launcher?.pid ?? '?'} is gone): ${summarise(stopped)}${saved}`,
        );
      }
      removeRecord(file);
    }
    this.record = {
      command: this.command,
      instance: this.instance.name,
      launcher: ownEntry(),
      startedAt: new Date().toISOString(),
      ports: this.instance.ports,
      processes: [],
    };
    writeRecord(file, this.record);
  }

  /** Notes what the launcher is doing, for the message an interruption prints. */
  setPhase(phase) {
    this.phase = phase;
  }

  /** Adds fields to the record (hub port, data folder, readiness). */
  note(fields) {
    Object.assign(this.record, fields);
    writeRecord(this.instance.recordFile, this.record);
  }

  /** Records `pid` and, from now on, everything it starts. */
  track(pid) {
    this.roots.add(pid);
    this.refresh();
    if (!this.timer) {
      this.timer = setInterval(() => this.refresh(), 1_000);
      this.timer.unref();
    }
  }

  /** Writes down the processes started so far (kept even when their parent is gone). */
  refresh() {
    if (!this.record) return;
    const table = processTable();
    const known = new Map(stillRunning(this.record.processes, table).map((entry) => [entry.pid, entry]));
    let changed = known.size !== this.record.processes.length;
    for (const entry of descendants([...this.roots], table)) {
      if (!known.has(entry.pid)) {
        known.set(entry.pid, { pid: entry.pid, args: entry.args });
        changed = true;
      }
    }
    if (changed) {
      this.record.processes = [...known.values()];
      writeRecord(this.instance.recordFile, this.record);
    }
  }

  /** `stop({ hurry })` runs on a signal or at the end, last added first. */
  onStop(stop) {
    this.stoppers.push(stop);
    return () => {
      this.stoppers = this.stoppers.filter((entry) => entry !== stop);
    };
  }

  listen() {
    // A closed terminal (SIGHUP) takes stdout with it: writing there must not end the launcher before
    // it has stopped its suite.
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
    for (const name of Object.keys(SIGNAL_NAMES)) {
      process.on(name, () => {
        if (!this.signalled) {
          this.signalled = name;
          say(
            `${SIGNAL_NAMES[name]} while ${this.phase}: stopping everything ${this.command} started ` +
              `(${name === 'SIGINT' ? 'Ctrl-C' : 'signal'} again: at once, without saving)…`,
          );
          this.finishing = this.close({ hurry: false }).then((outcome) => {
            // A second signal took over: it reports and exits once what it killed is gone.
            if (this.hurried) return;
            say(`stopped: ${outcome}`);
            process.exit(EXIT_CODES[name]);
          });
        } else {
          this.hurried = true;
          const killed = this.hurry();
          // Killed, not yet gone: the ports are free once they are (a moment, bounded).
          void gone(killed, 5_000).then(() => {
            fail('stopped at once: everything this launcher started is killed; data NOT saved');
            process.exit(EXIT_CODES[name]);
          });
        }
      });
    }
    process.on('exit', () => {
      // A launcher ending any way but by a signal (an error, a crash): no suite outlives it.
      if (this.record) this.hurry();
    });
  }

  /** True once a signal asked to stop: steps after it do not start. */
  get interrupted() {
    return Boolean(this.signalled);
  }

  /**
   * Whether a step failed because of an interruption. A Ctrl-C in the terminal reaches the running
   * command too, and its exit may be seen a moment before our own signal: look again shortly after.
   */
  async interruptedNow() {
    if (!this.signalled) await new Promise((resolve) => setTimeout(resolve, 300));
    return Boolean(this.signalled);
  }

  /** Stops everything gracefully; resolves with what happened, in words. */
  async close({ hurry = false } = {}) {
    this.refresh();
    stopRunning('SIGTERM');
    await childrenExited(10_000);
    const outcomes = [];
    for (const stop of [...this.stoppers].reverse()) {
      try {
        const outcome = await stop({ hurry });
        if (outcome) outcomes.push(outcome);
      } catch (error) {
        outcomes.push(String(error.message ?? error));
      }
    }
    this.stoppers = [];
    if (this.timer) clearInterval(this.timer);
    this.refresh();
    const left = await stopRecorded(this.record?.processes ?? [], { graceMs: 3_000 });
    if (left.length > 0) outcomes.push(`also stopped ${summarise(left)}`);
    const strays = await stopRecorded(this.strays(), { graceMs: 3_000 });
    if (strays.length > 0) outcomes.push(`also stopped ${summarise(strays)}, started as the suite was stopping`);
    removeRecord(this.instance.recordFile);
    this.record = undefined;
    return outcomes.length > 0 ? outcomes.join('; ') : 'nothing was running yet';
  }

  /**
   * Kills at once everything started: the commands running, every recorded process, their groups.
   * Returns what it killed.
   */
  hurry() {
    // Read the tree before killing: once a parent is gone its children no longer lead back to us.
    this.refresh();
    const killed = this.record ? stillRunning(this.record.processes) : [];
    stopRunning('SIGKILL');
    for (const child of runningChildren) signal(child.pid, 'SIGKILL');
    for (const pid of this.roots) signal(-pid, 'SIGKILL');
    for (const entry of killed) signal(entry.pid, 'SIGKILL');
    for (const entry of this.strays()) signal(entry.pid, 'SIGKILL');
    if (this.record) {
      removeRecord(this.instance.recordFile);
      this.record = undefined;
    }
    return killed;
  }

  /** This instance's emulators that no record names (see strayEmulators), as stopRecorded takes them. */
  strays() {
    const ports = this.instance.ports.map((entry) => entry.port);
    return strayEmulators(ports, root).map(({ pid, args }) => ({ pid, args }));
  }

  /** The normal end: stops what is still running, forgets the record. */
  async end() {
    if (this.finishing) return this.finishing;
    return this.close();
  }
}
