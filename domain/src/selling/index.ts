export * from './seller-activity.schema';
export * from './selling.models';
