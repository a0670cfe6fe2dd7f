// Matching has no screen of its own: the property page shows its buyers, the buyer file its properties.
export { BuyerMatchingSection } from './components/buyer-matching.section';
export { PropertyMatchingTab } from './components/property-matching.tab';
