export { SharedWithClientSwitch } from './components/shared-with-client-switch';
export { useDocumentSharing } from './components/use-document-sharing';
