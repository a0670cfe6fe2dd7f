import {
  assignListingContract,
  clientListingModel,
  isTeamManager,
  LISTINGS_PAGE_SIZE,
  paths,
  removeDraftContract,
  saveVisitReportContract,
  setPublishedContract,
  type ClientListing,
  type ListingStage,
  type SaveVisitReportInput,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { collection, getDocs, limit, orderBy, query, where, type QueryConstraint } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import type { ContactsViewer } from '../../contacts';

const listingConverter = converterOf(clientListingModel);

/** The client file's tabs: the client's five, then the drafts only the agency sees. */
export const AGENT_LISTING_TABS = ['new', 'to-visit', 'visited', 'rejected', 'mine', 'drafts'] as const;
export type AgentListingTab = (typeof AGENT_LISTING_TABS)[number];

/**
 * In "own" visibility an agent or manager reads only the listings of their clients (firestore.rules):
 * the query names them, as the rules ask.
 */
function viewerConstraints(viewer: ContactsViewer): QueryConstraint[] {
  return viewer.visibility === 'shared' || isTeamManager(viewer.role) ? [] : [where('agentUid', '==', viewer.uid)];
}

/** One tab of a client's listings, newest first, one page. */
export async function fetchClientListings(
  tenantId: string,
  contactId: string,
  tab: AgentListingTab,
  viewer: ContactsViewer,
): Promise<ClientListing[]> {
  const base = collection(db, paths.clientListings(tenantId)).withConverter(listingConverter);
  const byTab: QueryConstraint[] =
    tab === 'drafts'
      ? [where('status', '==', 'draft'), orderBy('createdAt', 'desc')]
      : [
          where('status', '==', 'published'),
          where('stage', '==', tab satisfies ListingStage),
          orderBy('stageChangedAt', 'desc'),
        ];
  const snapshot = await getDocs(
    query(base, ...viewerConstraints(viewer), where('contactId', '==', contactId), ...byTab, limit(LISTINGS_PAGE_SIZE)),
  );
  return readDocs(snapshot);
}

/** Who a property was assigned to, newest first, one page. */
export async function fetchPropertyListings(
  tenantId: string,
  propertyId: string,
  viewer: ContactsViewer,
): Promise<ClientListing[]> {
  const base = collection(db, paths.clientListings(tenantId)).withConverter(listingConverter);
  const snapshot = await getDocs(
    query(
      base,
      ...viewerConstraints(viewer),
      where('propertyId', '==', propertyId),
      orderBy('createdAt', 'desc'),
      limit(LISTINGS_PAGE_SIZE),
    ),
  );
  return readDocs(snapshot);
}

export function assignListing(propertyId: string, contactIds: string[]) {
  return call(assignListingContract, { propertyId, contactIds });
}

export function setPublished(listing: Pick<ClientListing, 'contactId' | 'propertyId'>, published: boolean) {
  return call(setPublishedContract, { contactId: listing.contactId, propertyId: listing.propertyId, published });
}

export function removeDraft(listing: Pick<ClientListing, 'contactId' | 'propertyId'>) {
  return call(removeDraftContract, { contactId: listing.contactId, propertyId: listing.propertyId });
}

export function saveVisitReport(input: SaveVisitReportInput) {
  return call(saveVisitReportContract, input);
}
