import {
  buildingModel,
  instalmentPlanModel,
  paths,
  projectModel,
  promotionModel,
  type Building,
  type InstalmentPlan,
  type InstalmentPlanInput,
  type Project,
  type Promotion,
  type PromotionInput,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  updateDoc,
  where,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

const promotionConverter = converterOf(promotionModel);
const planConverter = converterOf(instalmentPlanModel);
const PAGE_SIZE = 20;
/** Plans, projects and buildings are a developer's short lists; a screen reads at most this many. */
const LIST_LIMIT = 100;
/** The promotions a unit's price may use: those not yet over, soonest ending first, at most this many. */
const RUNNING_LIMIT = 100;

function docsOf<T>(snapshot: QuerySnapshot<T>): T[] {
  return snapshot.docs.flatMap((item) => {
    const value = readDoc(item);
    return value ? [value] : [];
  });
}

export interface PromotionsPage {
  promotions: Promotion[];
  next: QueryDocumentSnapshot<Promotion> | null;
}

/** The tenant's promotions, latest ending first, a page at a time. */
export async function fetchPromotionsPage(
  tenantId: string,
  after: QueryDocumentSnapshot<Promotion> | null,
): Promise<PromotionsPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.promotions(tenantId)).withConverter(promotionConverter),
      orderBy('validUntil', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(PAGE_SIZE),
    ),
  );
  return {
    promotions: docsOf(snapshot),
    next: snapshot.docs.length === PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** Promotions whose end is not past at `now` (some may not have started: pricing says so). */
export async function fetchUnfinishedPromotions(tenantId: string, now: Date): Promise<Promotion[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.promotions(tenantId)).withConverter(promotionConverter),
      where('validUntil', '>=', now),
      orderBy('validUntil'),
      limit(RUNNING_LIMIT),
    ),
  );
  return docsOf(snapshot);
}

type PromotionFields = Omit<PromotionInput, 'description'> & { description: string };

/** Creates (id null) or edits a promotion with only the keys the rules allow. */
export async function savePromotion(tenantId: string, id: string | null, input: PromotionFields): Promise<string> {
  const fields = {
    name: input.name,
    description: input.description,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    scope: {
      projectIds: input.scope.projectIds,
      buildingIds: input.scope.buildingIds,
      kinds: input.scope.kinds,
      rooms: input.scope.rooms,
      unitIds: input.scope.unitIds,
    },
    discount: input.discount,
    combinesWith: input.combinesWith,
    planIds: input.planIds,
  };
  if (id) {
    await updateDoc(doc(db, paths.promotion(tenantId, id)), { ...fields, updatedAt: serverTimestamp() });
    return id;
  }
  const ref = doc(collection(db, paths.promotions(tenantId)));
  await setDoc(ref, {
    id: ref.id,
    ...fields,
    endedAt: null,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

/** Ends a running promotion now: units are priced without it from this moment. */
export async function endPromotion(tenantId: string, id: string): Promise<void> {
  await updateDoc(doc(db, paths.promotion(tenantId, id)), { endedAt: serverTimestamp(), updatedAt: serverTimestamp() });
}

export async function deletePromotion(tenantId: string, id: string): Promise<void> {
  await deleteDoc(doc(db, paths.promotion(tenantId, id)));
}

export async function fetchPlans(tenantId: string): Promise<InstalmentPlan[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.instalmentPlans(tenantId)).withConverter(planConverter),
      orderBy('name'),
      limit(LIST_LIMIT),
    ),
  );
  return docsOf(snapshot);
}

export async function savePlan(tenantId: string, id: string | null, input: InstalmentPlanInput): Promise<void> {
  const fields = {
    name: input.name,
    downPaymentPercent: input.downPaymentPercent,
    months: input.months,
    markupPercent: input.markupPercent,
  };
  if (id) {
    await updateDoc(doc(db, paths.instalmentPlan(tenantId, id)), { ...fields, updatedAt: serverTimestamp() });
    return;
  }
  const ref = doc(collection(db, paths.instalmentPlans(tenantId)));
  await setDoc(ref, { id: ref.id, ...fields, createdAt: serverTimestamp(), updatedAt: serverTimestamp() });
}

export async function deletePlan(tenantId: string, id: string): Promise<void> {
  await deleteDoc(doc(db, paths.instalmentPlan(tenantId, id)));
}

/** The projects and buildings a promotion may target, by name. */
export async function fetchProjects(tenantId: string): Promise<Project[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.projects(tenantId)).withConverter(converterOf(projectModel)),
      orderBy('name'),
      limit(LIST_LIMIT),
    ),
  );
  return docsOf(snapshot);
}

export async function fetchBuildings(tenantId: string): Promise<Building[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.buildings(tenantId)).withConverter(converterOf(buildingModel)),
      orderBy('name'),
      limit(LIST_LIMIT),
    ),
  );
  return docsOf(snapshot);
}
