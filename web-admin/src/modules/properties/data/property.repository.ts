import {
  type Contact,
  paths,
  type Property,
  propertyModel,
  referencePrefixes,
  searchQueryToken,
  changePropertyStatusContract,
  deletePropertyContract,
  savePropertyContract,
  type ChangePropertyStatusInput,
  type DeletePropertyInput,
  type SavePropertyRequest,
} from '@estate/domain';
import {
  collection,
  doc,
  endAt,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  startAt,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { propertyListQuery, type PropertyListFilters } from './property-list';
import { call } from '../../../lib/firebase/callables';
import { type ContactsViewer, searchContacts } from '../../contacts';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const propertyConverter = converterOf(propertyModel);

const PROPERTIES_PAGE_SIZE = 20;

export interface PropertiesPage {
  properties: Property[];
  /** Cursor for the next page, or null when this page is the last. */
  next: QueryDocumentSnapshot<Property> | null;
}

/** A page of the list: the filters' query (propertyListQuery), ordered, after the previous page's last. */
export async function fetchPropertiesPage(
  tenantId: string,
  filters: PropertyListFilters,
  after: QueryDocumentSnapshot<Property> | null,
): Promise<PropertiesPage> {
  const base = collection(db, paths.properties(tenantId)).withConverter(propertyConverter);
  const plan = propertyListQuery(filters);
  const constraints: QueryConstraint[] = plan.clauses.map((clause) =>
    clause.kind === 'equals'
      ? where(clause.field, '==', clause.value)
      : clause.kind === 'in'
        ? where(clause.field, 'in', clause.values)
        : where(clause.field, clause.op, clause.value),
  );
  constraints.push(orderBy(plan.orderBy.field, plan.orderBy.direction));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(PROPERTIES_PAGE_SIZE));
  const snapshot = await getDocs(query(base, ...constraints));
  return {
    properties: readDocs(snapshot),
    next: snapshot.docs.length === PROPERTIES_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** How many properties the top bar's quick search shows. */
const QUICK_SEARCH_LIMIT = 8;

/**
 * The top bar's quick search over properties: the reference prefixes (`v42`, `L-7`) and the search
 * tokens of the city, street and postcode (`searchQueryToken`, as for contacts), merged.
 */
export async function quickSearchProperties(tenantId: string, typed: string): Promise<Property[]> {
  const token = searchQueryToken(typed);
  const base = collection(db, paths.properties(tenantId)).withConverter(propertyConverter);
  const [byReference, byToken] = await Promise.all([
    searchPropertiesByReference(tenantId, typed),
    token === null
      ? Promise.resolve([])
      : getDocs(query(base, where('searchTokens', 'array-contains', token), limit(QUICK_SEARCH_LIMIT))).then(readDocs),
  ]);
  const found = new Map<string, Property>();
  for (const property of [...byReference, ...byToken]) found.set(property.id, property);
  return [...found.values()].slice(0, QUICK_SEARCH_LIMIT);
}

/** Properties whose reference starts as typed (`v42`, `L-000`, `7`): a prefix range on `reference`. */
export async function searchPropertiesByReference(tenantId: string, typed: string): Promise<Property[]> {
  const base = collection(db, paths.properties(tenantId)).withConverter(propertyConverter);
  const answers = await Promise.all(
    referencePrefixes(typed).map((prefix) =>
      getDocs(
        query(base, orderBy('reference'), startAt(prefix), endAt(`${prefix}\uf8ff`), limit(PROPERTIES_PAGE_SIZE)),
      ),
    ),
  );
  return answers.flatMap((snapshot) => readDocs(snapshot));
}

/** How many properties a picker offers: enough to choose from while typing. */
const PROPERTY_PICKER_LIMIT = 8;

/**
 * Properties whose reference or title starts as typed (a task's subject): the reference prefixes of
 * searchPropertiesByReference plus a prefix range on `title` as typed and with a capital first letter.
 */
export async function searchPropertiesByReferenceOrTitle(tenantId: string, typed: string): Promise<Property[]> {
  const trimmed = typed.trim();
  if (!trimmed) return [];
  const base = collection(db, paths.properties(tenantId)).withConverter(propertyConverter);
  const titles = [...new Set([trimmed, trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1)])];
  const [byReference, ...byTitle] = await Promise.all([
    searchPropertiesByReference(tenantId, trimmed),
    ...titles.map((prefix) =>
      getDocs(query(base, orderBy('title'), startAt(prefix), endAt(`${prefix}\uf8ff`), limit(PROPERTY_PICKER_LIMIT))),
    ),
  ]);
  const found = new Map<string, Property>();
  for (const property of byReference) found.set(property.id, property);
  for (const snapshot of byTitle) for (const item of readDocs(snapshot)) found.set(item.id, item);
  return [...found.values()].slice(0, PROPERTY_PICKER_LIMIT);
}

export async function fetchProperty(tenantId: string, propertyId: string): Promise<Property | null> {
  const snapshot = await getDoc(doc(db, paths.property(tenantId, propertyId)).withConverter(propertyConverter));
  return readDoc(snapshot);
}

/**
 * Contacts holding the quick-search token that the viewer may read: the top bar's search, which in
 * `own` mode asks per visibility clause what the rules allow.
 */
export async function searchVisibleContacts(
  tenantId: string,
  viewer: ContactsViewer,
  token: string,
): Promise<Contact[]> {
  return searchContacts(tenantId, token, viewer);
}

export const saveProperty = (input: SavePropertyRequest) => call(savePropertyContract, input);

export const changePropertyStatus = (input: ChangePropertyStatusInput) => call(changePropertyStatusContract, input);

export const deleteProperty = (input: DeletePropertyInput) => call(deletePropertyContract, input);
