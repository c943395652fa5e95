/**
 * standpoint/node: what needs Node built-ins (worker threads for batches). The main entry
 * `standpoint` has none, so it runs in browsers and edge runtimes too.
 */
export { analyzeMany } from './batch';
export type { BatchInput, BatchOptions, BatchResult, BatchSuccess, BatchFailure } from '../types';
export * from '../index';
