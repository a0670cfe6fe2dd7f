import { describe, expect, it } from 'vitest';
import { osrmRouting } from './routing';

const origin = { latitude: 45.767, longitude: 4.8345 };
const points = [
  { latitude: 45.7597, longitude: 4.8422 },
  { latitude: 45.7772, longitude: 4.8553 },
];

function fakeFetch(answer: (url: string) => Response): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input) => {
      const url = input instanceof URL ? input.href : String(input);
      urls.push(url);
      return Promise.resolve(answer(url));
    },
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('osrmRouting', () => {
  it('asks the table of the mode’s server from the origin and answers the seconds to each point', async () => {
    const fake = fakeFetch(() => json({ code: 'Ok', durations: [[0, 420.5, 900]] }));
    const routing = osrmRouting({
      service: 'OSRM',
      baseUrls: { walk: 'https://osrm.example/foot/' },
      fetch: fake.fetch,
    });
    expect(await routing.durations('walk', origin, points)).toEqual([420.5, 900]);
    expect(fake.urls).toEqual([
      'https://osrm.example/foot/table/v1/foot/4.834500,45.767000;4.842200,45.759700;4.855300,45.777200?sources=0&annotations=duration',
    ]);
  });

  it('answers null for a mode without a server, and nothing to ask for no point', async () => {
    const fake = fakeFetch(() => json({}));
    const routing = osrmRouting({ service: 'OSRM', baseUrls: { walk: 'https://osrm.example' }, fetch: fake.fetch });
    expect(await routing.durations('transit', origin, points)).toBeNull();
    expect(await routing.durations('walk', origin, [])).toEqual([]);
    expect(fake.urls).toEqual([]);
  });

  it.each([
    ['an error status', json({ code: 'Ok' }, 502)],
    ['another code', json({ code: 'NoTable', durations: [] })],
    ['a row of the wrong length', json({ code: 'Ok', durations: [[0, 1]] })],
    ['a point it cannot reach', json({ code: 'Ok', durations: [[0, 1, null]] })],
  ])('throws on %s, so the caller estimates', async (_, response) => {
    const routing = osrmRouting({
      service: 'OSRM',
      baseUrls: { bicycle: 'https://osrm.example' },
      fetch: fakeFetch(() => response).fetch,
    });
    await expect(routing.durations('bicycle', origin, points)).rejects.toThrow();
  });
});
