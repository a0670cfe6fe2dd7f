// Small helpers shared by the start, test, build and bench scripts.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = (name) => join(root, 'node_modules', '.bin', name);

export function say(message) {
  process.stdout.write(`\x1b[36m▸ ${message}\x1b[0m\n`);
}

export function fail(message) {
  process.stderr.write(`\x1b[31m✖ ${message}\x1b[0m\n`);
}

/** The commands run() is running now: a launcher that is told to stop stops them too. */
export const runningChildren = new Set();

let stopping = false;

/** Thrown by step() once the launcher is stopping: no new step starts. */
class Stopping extends Error {
  constructor() {
    super('stopping');
  }
}

/** From now on step() starts nothing, and the running commands are asked to stop. */
export function stopRunning(signal = 'SIGTERM') {
  stopping = true;
  for (const child of runningChildren) {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Resolves once every command run() started has exited (or after `ms`). */
export function childrenExited(ms) {
  const waits = [...runningChildren].map((child) => new Promise((resolve) => child.once('exit', resolve)));
  return Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, ms))]);
}

/** Runs a command to completion, streaming its output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...options.env },
    });
    runningChildren.add(child);
    child.on('error', (error) => {
      runningChildren.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      runningChildren.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Runs a command to completion with its output (stdout and stderr, interleaved) kept rather than
 * streamed, so that commands running at once do not mix their lines; resolves with the exit code and
 * the output.
 */
export function runCaptured(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
      env: { ...process.env, ...options.env },
    });
    runningChildren.add(child);
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => {
      runningChildren.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      runningChildren.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() });
    });
  });
}

/** Like run, but throws with a clear message when the command fails. */
export async function step(label, command, args, options) {
  if (stopping) throw new Stopping();
  say(label);
  const code = await run(command, args, options);
  if (stopping) throw new Stopping();
  if (code !== 0) throw new Error(`${label} failed (exit code ${code})`);
}
