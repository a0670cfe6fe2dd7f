// Estimations have no screen of their own: the property page shows them in its Estimations tab.
export { PropertyEstimationsTab } from './components/property-estimations.tab';
