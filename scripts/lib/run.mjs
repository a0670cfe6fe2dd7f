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

/** Runs a command to completion, streaming its output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like run, but throws with a clear message when the command fails. */
export async function step(label, command, args, options) {
  say(label);
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${label} failed (exit code ${code})`);
}
