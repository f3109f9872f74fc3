export * from './document.ts';
export * from './measure.ts';
export * from './source.ts';
