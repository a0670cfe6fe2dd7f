// The demo client's points of interest in Marseille, where most of the demo listings stand: three they
// added themselves and one their agent added, so each listing page shows distances and times and the
// client file shows who added what.
import { clientPlaceId, type ClientPlace, type PlaceKind } from '@estate/domain';

const POINTS: [PlaceKind, string, string, number, number, 'client' | 'agent'][] = [
  ['work', 'Bureau', '2 Quai du Port 13002 Marseille', 43.2962, 5.3696, 'client'],
  ['school', 'Lycée des enfants', '5 Place du Lycée 13001 Marseille', 43.2979, 5.3811, 'client'],
  ['transport', 'Gare Saint-Charles', 'Square Narvik 13001 Marseille', 43.3027, 5.3806, 'client'],
  ['family', 'Parents', '120 Boulevard Michelet 13008 Marseille', 43.2609, 5.3958, 'agent'],
];

export function demoPlaces(client: { contactId: string; uid: string; agentUid: string }, now: Date): ClientPlace[] {
  return POINTS.map(([kind, name, address, latitude, longitude, by], slot) => {
    const at = new Date(now.getTime() - (POINTS.length - slot) * 24 * 3_600_000);
    return {
      id: clientPlaceId(client.contactId, slot),
      contactId: client.contactId,
      kind,
      name,
      address,
      latitude,
      longitude,
      addedBy: { kind: by, uid: by === 'client' ? client.uid : client.agentUid },
      createdAt: at,
      updatedAt: at,
    };
  });
}
