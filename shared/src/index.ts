export * from './errors.js';
export * from './protocol.js';
export * from './schemas.js';
export * from './views.js';
export * from './queue/types.js';
export * from './queue/events.js';
export * from './queue/commands.js';
