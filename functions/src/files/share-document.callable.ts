import { shareDocumentContract, unshareDocumentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { shareDocument, unshareDocument } from './share-document.handler';

export const shareDocumentCallable = callable(shareDocumentContract, shareDocument);
export const unshareDocumentCallable = callable(unshareDocumentContract, unshareDocument);
