// The queue's public surface. Everything here is pure; the server journals and broadcasts.
export { businessDay, isOpenAt, localClock, nextLocalMidnight } from './clock.js';
export { checkConfig, setupProblem } from './config-check.js';
export { decide } from './decide.js';
export { ticketNumber } from './decide-issue.js';
export { avgServiceSec, DEFAULT_SERVICE_SEC, effectiveDesks, estimateMin, peopleAhead } from './estimate.js';
export { evolve, execute, replay } from './evolve.js';
export { initialState } from './initial.js';
export { findActiveByNumber, findByCode, isActive, issuingState, MAX_SEQ, newestLeg } from './lookup.js';
export { normLookup, normOf, overNorm, type Norm, type NormLookup } from './norms.js';
export { pickNext, ratioAfterCall, sectorOrder } from './policy.js';
export { callViews, hallView, issuedTicket, officeInfo, ticketBrief } from './project.js';
