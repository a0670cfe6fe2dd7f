// Starts the Firebase emulator suite and MailDev, waits until they answer, and stops them cleanly.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { emulatorBinaries } from './emulator-binaries.mjs';
import { bin, fail, root, say } from './run.mjs';

const PROJECT_ID = 'demo-estate';
const MAIL = { smtpPort: 1025, webPort: 1080 };
const config = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')).emulators;
const runtimeFile = join(root, '.emulators', 'runtime.json');
const localConfigFile = 'firebase.local.json';

/**
 * firebase.json carries the production Content-Security-Policy, whose connect-src names only Google's
 * endpoints. Locally the apps talk to the emulators instead, so the suite runs under a copy of the
 * configuration (git-ignored, beside firebase.json so its relative paths hold) that adds their origins.
 */
function writeLocalConfig() {
  const full = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8'));
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
  writeFileSync(join(root, localConfigFile), `${JSON.stringify(full, null, 2)}\n`);
}

/** True when something on this machine answers on the port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function assertPortsFree() {
  const ports = Object.entries(config)
    .filter(([, value]) => typeof value === 'object' && value.port)
    .map(([name, value]) => [name, value.port]);
  ports.push(
    ['hosting (client site)', config.hosting.port + 5],
    ['maildev smtp', MAIL.smtpPort],
    ['maildev web', MAIL.webPort],
  );
  const taken = [];
  for (const [name, port] of ports) if (await portInUse(port)) taken.push(`${name} on ${port}`);
  if (taken.length > 0) {
    throw new Error(
      `ports already in use: ${taken.join(', ')}. Stop whatever holds them (another "npm start"?) and try again.`,
    );
  }
}

function waitFor(child, log, pattern, seconds, what) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start within ${seconds} s; see ${log}`)),
      seconds * 1000,
    );
    const onData = (chunk) => {
      buffer += chunk.toString();
      if (pattern.test(buffer)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(buffer);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with code ${code} before it was ready; see ${log}`));
    });
  });
}

function hostingOrigins(output) {
  const origins = {};
  for (const match of output.matchAll(/hosting\[([^\]]+)\]: Local server: (http:\/\/[^\s]+)/g)) {
    origins[match[1]] = match[2].replace('127.0.0.1', 'localhost');
  }
  const admin = origins.admin;
  const client = origins.client;
  if (!admin || !client)
    throw new Error(`could not read the hosting ports from the emulator output: ${JSON.stringify(origins)}`);
  return { admin, client };
}

/** Functions read their local configuration (SMTP, app origins) from files beside the bundle. */
function writeFunctionsLocalConfig(origins) {
  const dist = join(root, 'functions', 'dist');
  mkdirSync(dist, { recursive: true });
  // A fixed local value: unsubscribe links in MailDev keep working across emulator restarts.
  writeFileSync(
    join(dist, '.secret.local'),
    `SMTP_URI=smtp://127.0.0.1:${MAIL.smtpPort}\nUNSUBSCRIBE_SECRET=local-unsubscribe-secret\n`,
  );
  writeFileSync(
    join(dist, '.env.local'),
    `LOCAL_ADMIN_ORIGIN=${origins.admin}\nLOCAL_CLIENT_ORIGIN=${origins.client}\n`,
  );
}

/**
 * Starts MailDev and the emulator suite. `dataDir` imports data at start and exports it at exit,
 * so data survives a restart. `only` limits the suite to some emulators (`['auth', 'firestore',
 * 'hosting']`); hosting stays needed, its output gives the apps' ports.
 */
/**
 * How long the functions emulator waits for a function's worker (one Node process per function and
 * concurrent call) to come up. Past it the emulator logs "Failed to load function" and drops the
 * call without ever answering it, so the caller waits forever: a callable's page stays on its loader, a
 * test's hook times out. Its 30 s default is reached when many workers start at once on a busy
 * machine (the seed's uploads start one per file); a slow start should be slow, not lost.
 */
const FUNCTION_WORKER_START_SECONDS = 180;

export async function startEmulators({ dataDir, quiet = true, only } = {}) {
  await assertPortsFree();
  mkdirSync(join(root, '.emulators'), { recursive: true });
  for (const app of ['web-admin', 'web-client']) mkdirSync(join(root, app, 'dist'), { recursive: true });
  const { env, notes, storageRulesEnforced } = emulatorBinaries();
  for (const note of notes) say(note);
  // The client origin is known before start: fixed admin port, client site 5 ports above (firebase-tools' rule).
  writeFunctionsLocalConfig({
    admin: `http://localhost:${config.hosting.port}`,
    client: `http://localhost:${config.hosting.port + 5}`,
  });

  const mailLog = join(root, '.emulators', 'maildev.log');
  const maildev = spawn(
    bin('maildev'),
    [
      '--smtp',
      String(MAIL.smtpPort),
      '--web',
      String(MAIL.webPort),
      '--ip',
      '127.0.0.1',
      '--mail-directory',
      join(root, '.emulators', 'maildev'),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const mailOut = createWriteStream(mailLog);
  maildev.stdout.pipe(mailOut);
  maildev.stderr.pipe(mailOut);

  writeLocalConfig();
  const args = ['emulators:start', '--project', PROJECT_ID, '--config', localConfigFile];
  if (only) args.push('--only', only.join(','));
  if (dataDir) {
    if (existsSync(join(dataDir, 'firebase-export-metadata.json'))) args.push('--import', dataDir);
    args.push('--export-on-exit', dataDir);
  }
  const log = join(root, '.emulators', 'emulators.log');
  const suite = spawn(bin('firebase'), args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { FUNCTIONS_DISCOVERY_TIMEOUT: String(FUNCTION_WORKER_START_SECONDS), ...process.env, ...env },
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we send the suite exactly one
    // SIGINT, so it exports its data before stopping (a second SIGINT makes it stop at once, unsaved).
    detached: true,
  });
  const killGroups = () => {
    for (const child of [suite, maildev]) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', killGroups);
  const out = createWriteStream(log);
  suite.stdout.pipe(out);
  suite.stderr.pipe(out);
  if (!quiet) suite.stdout.pipe(process.stdout);

  const stop = async () => {
    const exited = (child) =>
      new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    if (suite.exitCode === null) suite.kill('SIGINT');
    const timeout = new Promise((resolve) => setTimeout(resolve, 60_000));
    await Promise.race([exited(suite), timeout]);
    maildev.kill('SIGTERM');
    await Promise.race([exited(maildev), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    killGroups();
    process.off('exit', killGroups);
  };

  try {
    await waitFor(maildev, mailLog, /MailDev webapp running/, 60, 'MailDev');
    const output = await waitFor(suite, log, /All emulators ready/, 240, 'The Firebase emulator suite');
    const origins = hostingOrigins(output);
    const runtime = {
      projectId: PROJECT_ID,
      adminUrl: origins.admin,
      clientUrl: origins.client,
      mailUrl: `http://localhost:${MAIL.webPort}`,
      storageRulesEnforced,
    };
    writeFileSync(runtimeFile, `${JSON.stringify(runtime, null, 2)}\n`);
    return { ...runtime, stop, suite };
  } catch (error) {
    fail(String(error.message ?? error));
    await stop();
    throw error;
  }
}
