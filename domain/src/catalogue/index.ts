export * from './catalogue-unit.schema';
export * from './catalogue.models';
export * from './chessboard-layout';
