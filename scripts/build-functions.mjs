// Bundles functions/src with esbuild so the workspace package @estate/domain is inlined, and writes
// functions/dist/package.json with registry dependencies only: Firebase cannot resolve workspaces at deploy.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/run.mjs';

const functionsDir = join(root, 'functions');
const dist = join(functionsDir, 'dist');
const manifest = JSON.parse(readFileSync(join(functionsDir, 'package.json'), 'utf8'));
const registryDependencies = Object.fromEntries(
  Object.entries(manifest.dependencies).filter(([name]) => !name.startsWith('@estate/')),
);

// Empty dist but keep its dot-files (.env.local, .secret.local written by the emulator launcher) and the
// folder itself: the functions emulator watches it and stops noticing builds if it is deleted.
mkdirSync(dist, { recursive: true });
for (const entry of readdirSync(dist)) {
  if (!entry.startsWith('.')) rmSync(join(dist, entry), { recursive: true, force: true });
}
// Split: what a handler imports with `await import()` (the PDF renderers, with @react-pdf/renderer and
// React) becomes a chunk loaded on first use, so the cold start of every other function skips it.
await build({
  entryPoints: { index: join(functionsDir, 'src/index.ts') },
  outdir: dist,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: Object.keys(registryDependencies),
  logLevel: 'warning',
});
writeFileSync(
  join(dist, 'package.json'),
  `${JSON.stringify(
    {
      name: 'estate-functions',
      private: true,
      type: 'module',
      main: 'index.js',
      engines: { node: '22' },
      dependencies: registryDependencies,
    },
    null,
    2,
  )}\n`,
);
// Deployed functions read these params from here; empty means "not in the emulator". Locally the
// launcher's .env.local overrides them. Without a value the CLI would stop and prompt for one.
writeFileSync(join(dist, '.env'), 'LOCAL_ADMIN_ORIGIN=\nLOCAL_CLIENT_ORIGIN=\n');
// The entry must stay light: a static import of a heavy library would load it in every cold start.
const LAZY_ONLY = ['@react-pdf/renderer', 'pdf-lib', 'react'];
const entry = readFileSync(join(dist, 'index.js'), 'utf8');
const eager = LAZY_ONLY.filter((name) => new RegExp(`^import [^;]* from "${name}";`, 'm').test(entry));
if (eager.length > 0) {
  console.error(`functions bundle: ${eager.join(', ')} imported by the entry; import it with await import()`);
  process.exit(1);
}
console.log(`functions bundled into ${dist}`);
