// Listings have no screen of their own: the client file shows them in its "Client space" tab and the
// property page in its "Offered to clients" tab.
export { ClientSpaceTab } from './components/client-space.tab';
export { PropertyListingsTab } from './components/property-listings.tab';
