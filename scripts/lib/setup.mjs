// Installs what a fresh machine lacks: npm dependencies, and on request Chromium for the browser journeys
// and the Factur-X validator's tools for the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, say, step } from './run.mjs';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function canApt() {
  return has('apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;
}

async function aptInstall(packages, why) {
  if (!canApt()) throw new Error(`${why}: install ${packages.join(' ')} (Debian/Ubuntu) and run again`);
  await step(`installing ${packages.join(', ')} from Debian (${why})`, 'sh', [
    '-c',
    `(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`,
  ]);
}

async function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
    await step('installing npm dependencies (npm ci, without install scripts: none is needed)', 'npm', [
      'ci',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ]);
  }
}

async function ensureJava() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1];
  if (probe.status === 0 && Number(version) >= 17) return;
  await aptInstall(['openjdk-17-jre-headless'], 'the Firebase emulators need Java 17 or newer');
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  await aptInstall(['chromium'], 'the browser journeys need Chromium');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is still missing at ${CHROMIUM}`);
}

/** What tools/facturx-validator runs: xmllint, Saxon-HE and poppler's pdfdetach and pdfinfo. */
async function ensureFacturXValidator() {
  const missing = [];
  if (!has('xmllint')) missing.push('libxml2-utils');
  if (!existsSync('/usr/share/java/Saxon-HE.jar')) missing.push('libsaxonhe-java');
  if (!has('pdfdetach') || !has('pdfinfo')) missing.push('poppler-utils');
  if (missing.length > 0) await aptInstall(missing, 'the tests check e-invoices with the Factur-X validator');
}

export async function setup({ browser = false, tests = false } = {}) {
  say('checking prerequisites');
  await ensureDependencies();
  await ensureJava();
  if (browser) await ensureChromium();
  if (tests) await ensureFacturXValidator();
}
