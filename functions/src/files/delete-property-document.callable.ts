import { deletePropertyDocumentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { deletePropertyDocument } from './delete-property-document.handler';
import { bucketFileStore } from './file-store';

export const deletePropertyDocumentCallable = callable(
  deletePropertyDocumentContract,
  (deps: Deps, caller: Caller, input) => deletePropertyDocument({ ...deps, files: bucketFileStore() }, caller, input),
);
