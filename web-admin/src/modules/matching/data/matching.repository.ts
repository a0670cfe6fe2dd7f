import {
  buyersForPropertyContract,
  contactBuyerContract,
  propertiesForBuyerContract,
  type ContactBuyerInput,
} from '@estate/domain/matching';
import { call } from '../../../lib/firebase/callables';

/** Results per page of the matching lists. */
const MATCHING_PAGE_SIZE = 20;

export const fetchBuyersForProperty = (propertyId: string, offset: number) =>
  call(buyersForPropertyContract, { propertyId, offset, pageSize: MATCHING_PAGE_SIZE });

export const fetchPropertiesForBuyer = (contactId: string, offset: number) =>
  call(propertiesForBuyerContract, { contactId, offset, pageSize: MATCHING_PAGE_SIZE });

export const contactBuyer = (input: ContactBuyerInput) => call(contactBuyerContract, input);
