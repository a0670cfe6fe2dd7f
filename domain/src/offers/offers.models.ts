import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { offerSchema, sellerOfferSchema } from './offer.schema';

export const offerModel = defineModel({ kind: 'offer', schema: offerSchema, path: paths.offer });
export const sellerOfferModel = defineModel({
  kind: 'seller offer',
  schema: sellerOfferSchema,
  path: paths.sellerOffer,
});
