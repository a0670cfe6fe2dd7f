import { TRAVEL_ESTIMATE, TRAVEL_MODES, type TravelMode, type TravelTimesResult } from '@estate/domain';
import type { TFunction } from 'i18next';

/**
 * What the page says of its times: which modes a routing service gave (and which), and the speeds and
 * figures of the estimate for the others, so the client knows how far to trust them.
 */
export function travelNote(sources: TravelTimesResult['sources'], t: TFunction, locale: string): string[] {
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const routed = new Map<string, TravelMode[]>();
  const estimated: TravelMode[] = [];
  for (const mode of TRAVEL_MODES) {
    const source = sources[mode];
    if (source.kind === 'routed') routed.set(source.service, [...(routed.get(source.service) ?? []), mode]);
    else estimated.push(mode);
  }
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const lines = [...routed].map(([service, modes]) =>
    t('places.times.routed', {
      modes: capitalised(list(modes.map((mode) => t(`places.modes.${mode}`)))),
      service,
    }),
  );
  if (estimated.length > 0) {
    const speeds = estimated.map((mode) =>
      t('places.times.speed', {
        speed: number.format(TRAVEL_ESTIMATE.speedsKmh[mode]),
        mode: t(`places.modes.${mode}`),
      }),
    );
    lines.push(
      t('places.times.estimated', {
        speeds: list(speeds),
        factor: number.format(TRAVEL_ESTIMATE.detourFactor),
      }),
    );
    if (estimated.includes('transit')) {
      lines.push(t('places.times.transitAccess', { minutes: TRAVEL_ESTIMATE.transitAccessMinutes }));
    }
  }
  return lines;
}

/** A distance as the page shows it: metres under a kilometre, else kilometres with one decimal. */
export function formatDistance(meters: number, locale: string): string {
  if (meters < 1000) return `${Math.round(meters / 10) * 10} m`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(meters / 1000)} km`;
}
