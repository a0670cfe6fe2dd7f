import { deleteContactDocumentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { deleteContactDocument } from './delete-contact-document.handler';
import { bucketFileStore } from './file-store';

export const deleteContactDocumentCallable = callable(
  deleteContactDocumentContract,
  (deps: Deps, caller: Caller, input) => deleteContactDocument({ ...deps, files: bucketFileStore() }, caller, input),
);
