import {
  buildingModel,
  paths,
  projectModel,
  unitHistoryEntryModel,
  unitModel,
  type Building,
  type Project,
  type Unit,
  type UnitHistoryEntry,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

const projectConverter = converterOf(projectModel);
const buildingConverter = converterOf(buildingModel);
const unitConverter = converterOf(unitModel);
const historyConverter = converterOf(unitHistoryEntryModel);

const PROJECTS_PAGE_SIZE = 20;
/** A building's units load by pages of this many, one query after the other. */
const UNITS_PAGE_SIZE = 500;
/** More buildings than a project ever has; the page says so if it is reached. */
export const BUILDINGS_MAX = 100;
const HISTORY_PAGE_SIZE = 50;

export interface ProjectsPage {
  projects: Project[];
  next: QueryDocumentSnapshot<Project> | null;
}

/** A page of the projects, by name, after the previous page's last. */
export async function fetchProjectsPage(
  tenantId: string,
  after: QueryDocumentSnapshot<Project> | null,
): Promise<ProjectsPage> {
  const base = collection(db, paths.projects(tenantId)).withConverter(projectConverter);
  const snapshot = await getDocs(
    after
      ? query(base, orderBy('name'), startAfter(after), limit(PROJECTS_PAGE_SIZE))
      : query(base, orderBy('name'), limit(PROJECTS_PAGE_SIZE)),
  );
  return {
    projects: readDocs(snapshot),
    next: snapshot.docs.length === PROJECTS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

export async function fetchProject(tenantId: string, projectId: string): Promise<Project | null> {
  return readDoc(await getDoc(doc(db, paths.project(tenantId, projectId)).withConverter(projectConverter)));
}

/** A project's buildings, by name. */
export async function fetchBuildings(tenantId: string, projectId: string): Promise<Building[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.buildings(tenantId)).withConverter(buildingConverter),
      where('projectId', '==', projectId),
      limit(BUILDINGS_MAX),
    ),
  );
  return readDocs(snapshot).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

export async function fetchBuilding(tenantId: string, buildingId: string): Promise<Building | null> {
  return readDoc(await getDoc(doc(db, paths.building(tenantId, buildingId)).withConverter(buildingConverter)));
}

/**
 * A building's units, by pages of UNITS_PAGE_SIZE (document id order, cursor on the last), so no single
 * query is unbounded; `onPage` shows each page as it arrives.
 */
export async function fetchBuildingUnits(
  tenantId: string,
  buildingId: string,
  onPage?: (loaded: Unit[]) => void,
): Promise<Unit[]> {
  const base = query(
    collection(db, paths.units(tenantId)).withConverter(unitConverter),
    where('buildingId', '==', buildingId),
    orderBy(documentId()),
  );
  const units: Unit[] = [];
  let after: QueryDocumentSnapshot<Unit> | null = null;
  for (;;) {
    const page: QuerySnapshot<Unit> = await getDocs(
      after ? query(base, startAfter(after), limit(UNITS_PAGE_SIZE)) : query(base, limit(UNITS_PAGE_SIZE)),
    );
    units.push(...readDocs(page));
    onPage?.([...units]);
    if (page.docs.length < UNITS_PAGE_SIZE) return units;
    after = page.docs.at(-1) ?? null;
  }
}

/** The latest entries of a unit's history, newest first. */
export async function fetchUnitHistory(tenantId: string, unitId: string): Promise<UnitHistoryEntry[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.unitHistory(tenantId, unitId)).withConverter(historyConverter),
      orderBy('at', 'desc'),
      limit(HISTORY_PAGE_SIZE),
    ),
  );
  return readDocs(snapshot);
}
