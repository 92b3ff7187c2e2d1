// The worker thread of read-back.ts: one request in workerData, one answer, then it ends.
import { parentPort, workerData } from 'node:worker_threads';
import { readBackHere, type ReadBackRequest } from './read-back.js';

const result = await readBackHere(workerData as ReadBackRequest);
parentPort?.postMessage(result);
