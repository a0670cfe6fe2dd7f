import { describe, expect, it } from 'vitest';
import { instance } from './instances.mjs';
import { descendants, stillRunning, strayEmulators, summarise } from './processes.mjs';

const table = new Map(
  [
    { pid: 100, ppid: 1, pgid: 100, args: 'node scripts/start.mjs' },
    { pid: 200, ppid: 100, pgid: 200, args: 'node firebase emulators:start --project demo-estate' },
    { pid: 210, ppid: 200, pgid: 210, args: 'java -jar cloud-firestore-emulator.jar --port 8080' },
    { pid: 220, ppid: 200, pgid: 200, args: 'node functionsEmulatorRuntime' },
    // Its parent, the Firebase CLI, was killed: still in the CLI's group.
    { pid: 230, ppid: 1, pgid: 200, args: 'node functionsEmulatorRuntime' },
    { pid: 300, ppid: 100, pgid: 300, args: 'node maildev --smtp 1025' },
    { pid: 400, ppid: 1, pgid: 400, args: 'java -jar someone-elses.jar' },
  ].map((entry) => [entry.pid, entry]),
);

describe('descendants', () => {
  it('follows parents and process groups, and nothing else', () => {
    const pids = descendants([200, 300], table).map((entry) => entry.pid);
    expect(pids.sort()).toEqual([200, 210, 220, 230, 300]);
  });

  it('follows only the groups it is given, once their leader is gone', () => {
    // 200 has ended; its group lives on in 220 and 230. Group 400 is another program's.
    const after = new Map([...table].filter(([pid]) => pid !== 200));
    expect(descendants([], after, new Set([200])).map((entry) => entry.pid)).toEqual([220, 230]);
    expect(descendants([400], after, new Set()).map((entry) => entry.pid)).toEqual([400]);
  });
});

describe('stillRunning', () => {
  it('keeps only the ids that still run the recorded command line', () => {
    const recorded = [
      { pid: 210, args: 'java -jar cloud-firestore-emulator.jar --port 8080' },
      { pid: 400, args: 'java -jar cloud-pubsub-emulator.jar' }, // the id now runs something else
      { pid: 999, args: 'node maildev' }, // gone
    ];
    expect(stillRunning(recorded, table)).toEqual([recorded[0]]);
  });
});

describe('summarise', () => {
  it('names the processes of a suite', () => {
    expect(summarise(descendants([200, 300], table))).toBe(
      'Firebase emulators, MailDev, Firestore emulator, 2 × functions runtime',
    );
  });
});

describe('instance', () => {
  it("runs npm start on firebase.json's ports and npm test 10000 above, MailDev included", () => {
    const dev = instance('dev');
    const test = instance('test');
    expect(dev.emulators.firestore.port).toBe(8080);
    expect(test.emulators.firestore.port).toBe(18080);
    expect(test.mail).toEqual({ smtp: 11025, web: 11080 });
    const devPorts = new Set(dev.ports.map((entry) => entry.port));
    for (const name of ['test', 'bench', 'check']) {
      for (const { port } of instance(name).ports) expect(devPorts.has(port)).toBe(false);
    }
    expect(dev.ports.map((entry) => entry.port)).toEqual(expect.arrayContaining([4400, 5000, 5005, 1025, 1080]));
  });

  it('refuses an unknown instance', () => {
    expect(() => instance('prod')).toThrow(/unknown emulator instance "prod"/);
  });
});

describe('strayEmulators', () => {
  const checkout = '/repo';
  const machine = new Map(
    [
      // Orphaned as the suite was stopped, on the instance's Pub/Sub port, in this checkout.
      { pid: 500, ppid: 1, pgid: 500, args: 'java -jar cloud-pubsub-emulator.jar --host=127.0.0.1 --port=38085' },
      // The same port number in another checkout, and another port in this one.
      { pid: 510, ppid: 1, pgid: 510, args: 'java -jar cloud-pubsub-emulator.jar --host=127.0.0.1 --port=38085' },
      { pid: 520, ppid: 1, pgid: 520, args: 'java -jar cloud-pubsub-emulator.jar --host=127.0.0.1 --port=380850' },
      { pid: 530, ppid: 1, pgid: 530, args: 'node maildev --smtp 31025 --web 31080' },
      { pid: 540, ppid: 1, pgid: 540, args: 'node scripts/start.mjs --port 38085' },
    ].map((entry) => [entry.pid, entry]),
  );
  const folders = { 500: checkout, 510: '/elsewhere', 520: checkout, 530: checkout, 540: checkout };

  it("finds the Java emulators and MailDev of this checkout on the instance's ports, and nothing else", () => {
    const found = strayEmulators([38085, 31025], checkout, machine, (pid) => folders[pid]);
    expect(found.map((entry) => entry.pid)).toEqual([500, 530]);
  });
});
