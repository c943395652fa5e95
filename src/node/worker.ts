/** Worker thread of analyzeMany(): one analyzer per thread, compiled once, one job per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer';
import { runJob } from './batch';

const analyzer = createAnalyzer(workerData ?? {});
parentPort?.on('message', (job) => parentPort?.postMessage(runJob(analyzer, job)));
