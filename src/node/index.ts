/**
 * standpoint/node: what needs Node built-ins (worker threads for batches). The main entry
 * `standpoint` has none, so it runs in browsers and edge runtimes too.
 */
export { analyzeMany, type BatchInput, type BatchOptions, type BatchResult } from './batch';
export * from '../index';
