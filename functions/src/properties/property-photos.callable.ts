import { deletePhotoContract, reorderPhotosContract, setCoverPhotoContract } from '@estate/domain';
import { bucketFileStore } from '../files/file-store';
import { callable } from '../lib/callable';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { deletePropertyPhoto, reorderPropertyPhotos, setCoverPhoto } from './property-photos.handler';

export const reorderPhotosCallable = callable(reorderPhotosContract, reorderPropertyPhotos);
export const setCoverPhotoCallable = callable(setCoverPhotoContract, setCoverPhoto);
export const deletePhotoCallable = callable(deletePhotoContract, (deps: Deps, caller: Caller, input) =>
  deletePropertyPhoto({ ...deps, files: bucketFileStore() }, caller, input),
);
