import { defineCallable } from '../shared/contract';
import {
  deletePhotoResultSchema,
  photosChangeResultSchema,
  propertyPhotoRefSchema,
  reorderPhotosInputSchema,
} from './property-photo.schema';

const PHOTO_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found'] as const;

export const reorderPhotosContract = defineCallable({
  name: 'properties-reorderPhotos',
  access: 'signed-in',
  input: reorderPhotosInputSchema,
  output: photosChangeResultSchema,
  refusals: [...PHOTO_REFUSALS, 'photos-changed'],
});

export const setCoverPhotoContract = defineCallable({
  name: 'properties-setCoverPhoto',
  access: 'signed-in',
  input: propertyPhotoRefSchema,
  output: photosChangeResultSchema,
  refusals: [...PHOTO_REFUSALS, 'photo-not-found'],
});

export const deletePhotoContract = defineCallable({
  name: 'properties-deletePhoto',
  access: 'signed-in',
  input: propertyPhotoRefSchema,
  output: deletePhotoResultSchema,
  refusals: PHOTO_REFUSALS,
});
