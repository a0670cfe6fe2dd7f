// Starts the Firebase emulator suite and MailDev of one instance (scripts/lib/instances.mjs), waits
// until they answer, and stops them: cleanly, saving the data when asked, or at once.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { emulatorBinaries } from './emulator-binaries.mjs';
import { instance as instanceOf } from './instances.mjs';
import { exportData, shown } from './launcher.mjs';
import { portHolder, signal } from './processes.mjs';
import { bin, root, say } from './run.mjs';

const PROJECT_ID = 'demo-estate';

/**
 * firebase.json carries the production Content-Security-Policy, whose connect-src names only Google's
 * endpoints. Locally the apps talk to the emulators instead, so the suite runs under a copy of the
 * configuration (git-ignored, beside firebase.json so its relative paths hold) that adds their origins,
 * with the instance's ports and its own copy of the functions bundle.
 */
function writeLocalConfig(inst) {
  const full = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8'));
  const config = inst.emulators;
  const origins = ['auth', 'firestore', 'functions', 'storage']
    .map((name) => `http://${config[name].host}:${config[name].port}`)
    .join(' ');
  for (const site of full.hosting) {
    for (const rule of site.headers ?? []) {
      for (const header of rule.headers) {
        if (header.key === 'Content-Security-Policy') {
          header.value = header.value.replace("connect-src 'self'", `connect-src 'self' ${origins}`);
        }
      }
    }
  }
  full.emulators = config;
  for (const codebase of full.functions) codebase.source = inst.functionsDir;
  writeFileSync(join(root, inst.localConfig), `${JSON.stringify(full, null, 2)}\n`);
}

/** True when something on this machine answers on the port. */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function assertPortsFree(inst) {
  const taken = [];
  for (const { name, port } of inst.ports) {
    if (await portInUse(port)) {
      const holder = portHolder(port);
      taken.push(`${name} on ${port}${holder ? ` (${holder})` : ''}`);
    }
  }
  if (taken.length > 0) {
    throw new Error(
      `ports already in use: ${taken.join(', ')}. Stop whatever holds them (another checkout's "npm start"?) and try again.`,
    );
  }
}

/**
 * Starts a process of the suite writing to its log file, not to a pipe: it must outlive a launcher
 * killed hard (a write to a pipe nobody reads any more would end it), so that the next start finds it,
 * saves its data and stops it.
 */
function spawnLogged(command, args, log, options) {
  const fd = openSync(log, 'w');
  try {
    return spawn(command, args, { ...options, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
}

/**
 * Follows what a child writes to its log from its start: the suite may print its Hosting ports while we
 * still wait for MailDev. `stop()` once ready: the rest is read in the log only.
 */
function follow(log) {
  const collected = { text: '', listeners: new Set() };
  const timer = setInterval(() => {
    let text;
    try {
      text = readFileSync(log, 'utf8');
    } catch {
      return;
    }
    if (text.length === collected.text.length) return;
    collected.text = text;
    for (const listener of collected.listeners) listener();
  }, 100);
  collected.stop = () => clearInterval(timer);
  return collected;
}

/** The last lines of a log, to say why a process stopped without sending the reader to a file a later start overwrites. */
function tail(log, lines = 15) {
  try {
    return plain(readFileSync(log, 'utf8'))
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .map((line) => `  | ${line}`)
      .join('\n');
  } catch {
    return '  (no log)';
  }
}

function waitFor(child, collected, log, pattern, seconds, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start within ${seconds} s; see ${log}`)),
      seconds * 1000,
    );
    const check = () => {
      if (pattern.test(collected.text)) {
        clearTimeout(timer);
        collected.listeners.delete(check);
        resolve(collected.text);
        return true;
      }
      return false;
    };
    if (check()) return;
    collected.listeners.add(check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with code ${code} before it was ready; see ${log}:\n${tail(log)}`));
    });
  });
}

/** The emulator output without colours: firebase-tools colours it whenever FORCE_COLOR is set, even to 0. */
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function hostingOrigins(output) {
  const origins = {};
  for (const match of plain(output).matchAll(/hosting\[([^\]]+)\]: Local server: (http:\/\/[^\s]+)/g)) {
    origins[match[1]] = match[2].replace('127.0.0.1', 'localhost');
  }
  const admin = origins.admin;
  const client = origins.client;
  if (!admin || !client)
    throw new Error(`could not read the hosting ports from the emulator output: ${JSON.stringify(origins)}`);
  return { admin, client };
}

/**
 * Functions read their local configuration (SMTP, app and functions origins) from files beside the
 * bundle. Each instance runs its own copy of the bundle, so each has its own ports.
 */
function prepareFunctions(inst) {
  const dist = join(root, inst.functionsDir);
  if (inst.name !== 'dev') {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    const built = join(root, 'functions', 'dist');
    if (existsSync(built)) cpSync(built, dist, { recursive: true });
  }
  mkdirSync(dist, { recursive: true });
  const hosting = inst.emulators.hosting.port;
  const functions = inst.emulators.functions;
  // A fixed local value: unsubscribe links in MailDev keep working across emulator restarts.
  writeFileSync(
    join(dist, '.secret.local'),
    `SMTP_URI=smtp://127.0.0.1:${inst.mail.smtp}\nUNSUBSCRIBE_SECRET=local-unsubscribe-secret\n`,
  );
  // The client origin is known before start: fixed admin port, client site 5 ports above (firebase-tools' rule).
  writeFileSync(
    join(dist, '.env.local'),
    `LOCAL_ADMIN_ORIGIN=http://localhost:${hosting}\nLOCAL_CLIENT_ORIGIN=http://localhost:${hosting + 5}\n` +
      // The local e-invoicing platform: invoices to businesses are transmitted to it (functions/src/invoicing).
      'EINVOICING_PLATFORM=local\n' +
      `LOCAL_FUNCTIONS_ORIGIN=http://${functions.host}:${functions.port}\n`,
  );
}

/**
 * How long the functions emulator waits for a function's worker (one Node process per function and
 * concurrent call) to come up. Past it the emulator logs "Failed to load function" and drops the
 * call without ever answering it, so the caller waits forever: a callable's page stays on its loader, a
 * test's hook times out. Its 30 s default is reached when many workers start at once on a busy
 * machine (the seed's uploads start one per file); a slow start should be slow, not lost.
 */
const FUNCTION_WORKER_START_SECONDS = 180;

/**
 * Starts MailDev and the emulator suite of the session's instance. `dataDir` imports data at start;
 * stop({ hurry: false }) exports it back when the suite was ready. `only` limits the suite to some
 * emulators (`['auth', 'firestore', 'hosting']`); hosting stays needed, its output gives the apps' ports.
 * Every process is recorded in the session, which stops the suite on a signal.
 */
export async function startEmulators({ session, dataDir, only } = {}) {
  const inst = session?.instance ?? instanceOf('dev');
  if (session?.interrupted) throw new Error('stopping: no suite starts now');
  await assertPortsFree(inst);
  mkdirSync(inst.dir, { recursive: true });
  for (const app of ['web-admin', 'web-client']) mkdirSync(join(root, app, 'dist'), { recursive: true });
  const { env, notes, storageRulesEnforced } = emulatorBinaries();
  for (const note of notes) say(note);
  prepareFunctions(inst);

  const mailLog = join(inst.dir, 'maildev.log');
  const maildev = spawnLogged(
    bin('maildev'),
    [
      '--smtp',
      String(inst.mail.smtp),
      '--web',
      String(inst.mail.web),
      '--ip',
      '127.0.0.1',
      '--mail-directory',
      join(inst.dir, 'maildev'),
    ],
    mailLog,
    { cwd: root, detached: true },
  );
  session?.track(maildev.pid);
  const mailOutput = follow(mailLog);

  writeLocalConfig(inst);
  const args = ['emulators:start', '--project', PROJECT_ID, '--config', inst.localConfig];
  if (only) args.push('--only', only.join(','));
  if (dataDir && existsSync(join(dataDir, 'firebase-export-metadata.json'))) args.push('--import', dataDir);
  const log = join(inst.dir, 'emulators.log');
  // The hub's locator file lives in the temporary folder: one per instance, so that an export or a
  // stop of one suite never finds another's hub (they share the project id).
  const tmp = join(inst.dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const suite = spawnLogged(bin('firebase'), args, log, {
    cwd: root,
    env: { FUNCTIONS_DISCOVERY_TIMEOUT: String(FUNCTION_WORKER_START_SECONDS), ...process.env, ...env, TMPDIR: tmp },
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop the suite ourselves
    // (the Java emulators it starts have groups of their own: the session records them one by one).
    detached: true,
  });
  session?.track(suite.pid);
  const suiteOutput = follow(log);
  session?.note({ hubPort: inst.emulators.hub.port, dataDir, ready: false });

  let ready = false;
  let stopped;
  const handle = { saveOnStop: true };
  const exited = (child) =>
    new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve),
    );
  const stop = ({ hurry = false } = {}) => {
    stopped ??= (async () => {
      let saved = '';
      if (!hurry && dataDir) {
        if (!ready) saved = `data not saved (the emulators were not ready yet; ${shown(dataDir)} is as it was)`;
        else if (!handle.saveOnStop) saved = handle.unsavedReason ?? 'data not saved';
        else {
          try {
            await exportData(inst.emulators.hub.port, dataDir);
            saved = `data saved to ${shown(dataDir)}`;
          } catch (error) {
            saved = `data NOT saved: ${error.message ?? error}`;
          }
        }
      }
      if (hurry) {
        signal(-suite.pid, 'SIGKILL');
      } else if (suite.exitCode === null && suite.signalCode === null) {
        suite.kill('SIGINT');
        await Promise.race([exited(suite), new Promise((resolve) => setTimeout(resolve, 30_000))]);
      }
      signal(-suite.pid, 'SIGKILL');
      maildev.kill(hurry ? 'SIGKILL' : 'SIGTERM');
      await Promise.race([exited(maildev), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      signal(-maildev.pid, 'SIGKILL');
      forget?.();
      return ['emulators and MailDev stopped', saved].filter(Boolean).join(', ');
    })();
    return stopped;
  };
  const forget = session?.onStop(stop);

  try {
    await waitFor(maildev, mailOutput, mailLog, /MailDev webapp running/, 60, 'MailDev');
    const output = await waitFor(suite, suiteOutput, log, /All emulators ready/, 240, 'The Firebase emulator suite');
    ready = true;
    session?.note({ ready: true });
    const origins = hostingOrigins(output);
    const runtime = {
      projectId: PROJECT_ID,
      adminUrl: origins.admin,
      clientUrl: origins.client,
      mailUrl: `http://localhost:${inst.mail.web}`,
      storageRulesEnforced,
    };
    writeFileSync(inst.runtimeFile, `${JSON.stringify(runtime, null, 2)}\n`);
    return Object.assign(handle, runtime, { stop, suite, env: inst.env });
  } catch (error) {
    // The caller says what failed; stop what did start first.
    if (session?.interrupted) throw error;
    await stop({ hurry: false });
    throw error;
  } finally {
    suiteOutput.stop();
    mailOutput.stop();
  }
}
