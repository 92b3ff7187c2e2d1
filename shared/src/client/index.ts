// Browser-safe helpers the three apps share; none of them touches socket.io-client or the DOM tree.
export * from './hall-sync.js';
export * from './send.js';
export * from './storage.js';
export * from './time.js';
export * from './staff-time.js';
export * from './report-compare.js';
