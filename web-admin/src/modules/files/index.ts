export { SharedWithClientSwitch } from './components/shared-with-client-switch';
export { useDocumentSharing } from './components/use-document-sharing';
export { sharedDocumentsOptions } from './queries/shared-documents.queries';
