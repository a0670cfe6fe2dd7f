import { describe, expect, it } from 'vitest';
import { EPHEMERAL_PORTS_FROM, INSTANCE_NAMES, instance } from './instances.mjs';

describe('emulator instances', () => {
  it('keep every port below the range the kernel gives to outgoing connections', () => {
    for (const name of INSTANCE_NAMES) {
      const high = instance(name).ports.filter(({ port }) => port >= EPHEMERAL_PORTS_FROM);
      expect(high, `instance ${name}`).toEqual([]);
    }
  });

  it('share no port, so that any two run side by side', () => {
    const owners = new Map();
    for (const name of INSTANCE_NAMES) {
      for (const { port } of instance(name).ports) {
        expect(owners.get(port), `port ${port} of ${name}`).toBeUndefined();
        owners.set(port, name);
      }
    }
    expect(owners.size).toBeGreaterThan(INSTANCE_NAMES.length * 10);
  });
});
