import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sources = [join(appRoot, 'src'), join(appRoot, '..', 'web-shared', 'src')];
const mantineStyles = join(appRoot, '..', 'node_modules', '@mantine', 'core', 'styles');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The components the client app imports from @mantine/core (web-shared's too: the app bundles them). */
function mantineComponents(): Set<string> {
  const names = new Set<string>();
  for (const file of sources.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]+)\}\s*from\s*'@mantine\/core'/g)) {
      for (const name of match[1]!.split(',')) {
        const trimmed = name.trim();
        if (trimmed && !trimmed.startsWith('type ')) names.add(trimmed.split(/\s+as\s+/)[0]!);
      }
    }
  }
  return names;
}

describe("the client app's Mantine styles", () => {
  const imported = readFileSync(join(appRoot, 'src', 'app', 'mantine-styles.ts'), 'utf8');

  it('imports the styles of every Mantine component the app uses', () => {
    const styled = [...mantineComponents()].filter((name) => existsSync(join(mantineStyles, `${name}.css`)));
    expect(styled.length).toBeGreaterThan(10);
    const missing = styled.filter((name) => !imported.includes(`'@mantine/core/styles/${name}.css'`));
    expect(missing, 'add these to web-client/src/app/mantine-styles.ts').toEqual([]);
  });

  it('names only style files Mantine ships', () => {
    const files = [...imported.matchAll(/'@mantine\/core\/styles\/([^']+)'/g)].map((match) => match[1]!);
    expect(files.filter((file) => !existsSync(join(mantineStyles, file)))).toEqual([]);
  });
});
