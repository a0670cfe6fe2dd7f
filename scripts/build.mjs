// Builds what the emulators and Firebase serve: the functions bundle and both PWAs, and reports
// each app's initial JavaScript, gzipped (what a first visit downloads before anything lazy).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bin, root, say, step } from './lib/run.mjs';

export const CLIENT_BUDGET_KB = 300;
export const ADMIN_BUDGET_KB = 350;

/** The entry script and the chunks index.html preloads: the JavaScript of the first screen. */
export function initialJavaScript(app) {
  const dist = join(root, app, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  const unique = [...new Set(files)];
  const gzipBytes = unique.reduce((total, file) => total + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { app, files: unique, gzipKB: Math.round((gzipBytes / 1024) * 10) / 10 };
}

export async function buildAll() {
  await step('bundling functions (esbuild)', 'node', ['scripts/build-functions.mjs']);
  // The two apps build at once: each build is single-threaded for most of its time.
  await Promise.all(
    ['web-admin', 'web-client'].map((app) => {
      rmSync(join(root, app, 'dist'), { recursive: true, force: true });
      return step(`building ${app} (vite)`, bin('vite'), ['build', '--logLevel', 'error'], { cwd: join(root, app) });
    }),
  );
  const sizes = ['web-admin', 'web-client'].map(initialJavaScript);
  mkdirSync(join(root, '.artifacts'), { recursive: true });
  writeFileSync(join(root, '.artifacts', 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  for (const size of sizes)
    say(`${size.app}: initial JavaScript ${size.gzipKB} KB gzipped (${size.files.length} files)`);
  const budgets = { 'web-admin': ADMIN_BUDGET_KB, 'web-client': CLIENT_BUDGET_KB };
  for (const size of sizes) {
    if (size.gzipKB > budgets[size.app]) {
      throw new Error(
        `${size.app} initial JavaScript is ${size.gzipKB} KB gzipped, over the ${budgets[size.app]} KB budget`,
      );
    }
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildAll();
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
