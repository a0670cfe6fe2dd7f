import { useQuery } from '@tanstack/react-query';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { placesQuery } from '../queries/places.queries';

/** The signed-in client's points of interest (for the listings map and the listing page). */
export function useClientPlaces() {
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  return useQuery(placesQuery(tenantId, contactId));
}
