import { MAP_TILE_HOSTS } from '@estate/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The map tiles' hosts are a setting checked against MAP_TILE_HOSTS; the browsers load them only if the
// hosting policy's img-src names the same hosts, so both lists move together.

interface HostingTarget {
  target: string;
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

const hosting = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'firebase.json'), 'utf8')) as {
    hosting: HostingTarget[];
  }
).hosting;

function imageSources(target: HostingTarget): string[] {
  const policies = target.headers.flatMap((rule) =>
    rule.headers.filter((header) => header.key === 'Content-Security-Policy').map((header) => header.value),
  );
  expect(policies.length, target.target).toBeGreaterThan(0);
  const sources = policies.map(
    (policy) =>
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .find(([name]) => name === 'img-src')
        ?.slice(1) ?? [],
  );
  for (const other of sources) expect(other).toEqual(sources[0]);
  return sources[0] ?? [];
}

describe('the hosting policy lets the configurable map tiles load, and nothing more', () => {
  it.each(hosting.map((target) => [target.target, target] as const))('%s: img-src', (_, target) => {
    const remote = imageSources(target).filter((source) => source.startsWith('https://'));
    expect(remote.sort()).toEqual(MAP_TILE_HOSTS.map((host) => `https://${host}`).sort());
    expect(imageSources(target)).not.toContain('https:');
  });
});
