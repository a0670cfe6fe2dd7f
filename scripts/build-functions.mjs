// Bundles functions/src with esbuild so the workspace package @estate/domain is inlined, and writes
// functions/dist/package.json with registry dependencies only: Firebase cannot resolve workspaces at deploy.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/run.mjs';

const functionsDir = join(root, 'functions');
const dist = join(functionsDir, 'dist');
const manifest = JSON.parse(readFileSync(join(functionsDir, 'package.json'), 'utf8'));
const registryDependencies = Object.fromEntries(
  Object.entries(manifest.dependencies).filter(([name]) => !name.startsWith('@estate/')),
);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(functionsDir, 'src/index.ts')],
  outfile: join(dist, 'index.js'),
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
console.log(`functions bundled into ${dist}`);
