import {
  type Branding,
  type Capability,
  type MapSettings,
  paths,
  saveMapSettingsContract,
  type Tenant,
  tenantModel,
  type TenantSettings,
} from '@estate/domain';
import { doc, onSnapshot, serverTimestamp, updateDoc, type Unsubscribe } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDoc } from '@estate/web-shared/firestore';

const tenantConverter = converterOf(tenantModel);

export function tenantRef(tenantId: string) {
  return doc(db, paths.tenant(tenantId)).withConverter(tenantConverter);
}

export function watchTenant(
  tenantId: string,
  onValue: (tenant: Tenant | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(tenantRef(tenantId), (snapshot) => onValue(readDoc(snapshot)), onError);
}

export type TenantInformation = Omit<TenantSettings, 'branding'>;

/** Only the keys the rules let owner and admin change, with the request time as updatedAt. */
export async function saveTenantInformation(tenantId: string, information: TenantInformation): Promise<void> {
  await updateDoc(doc(db, paths.tenant(tenantId)), {
    name: information.name,
    company: information.company,
    legal: {
      professionalCardNumber: information.legal.professionalCardNumber,
      cardIssuedBy: information.legal.cardIssuedBy,
      guarantor: information.legal.guarantor,
      guaranteeAmount: information.legal.guaranteeAmount,
      insurer: information.legal.insurer,
      mediator: information.legal.mediator,
    },
    locale: information.locale,
    currency: information.currency,
    country: information.country,
    updatedAt: serverTimestamp(),
  });
}

export async function saveTenantBranding(tenantId: string, branding: Branding): Promise<void> {
  await updateDoc(doc(db, paths.tenant(tenantId)), {
    branding: {
      primaryColor: branding.primaryColor,
      accentColor: branding.accentColor,
      logoDataUrl: branding.logoDataUrl,
    },
    updatedAt: serverTimestamp(),
  });
}

/** Settings › Capabilities: owner and admin only (firestore.rules). */
export async function saveTenantCapabilities(tenantId: string, capabilities: readonly Capability[]): Promise<void> {
  await updateDoc(doc(db, paths.tenant(tenantId)), { capabilities: [...capabilities], updatedAt: serverTimestamp() });
}

/** Settings › Map goes through tenancy-saveMapSettings: the tile template is checked by the domain's schema. */
export const saveMapSettings = (map: MapSettings) => call(saveMapSettingsContract, { map });
