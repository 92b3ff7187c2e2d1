import { describe, expect, it } from 'vitest';
import { MIN, Office, T0 } from './test-fixture.js';

describe('open-desk', () => {
  it('opens a closed desk for the operator', () => {
    const o = new Office();
    expect(o.ok({ type: 'open-desk', deskId: 'd1', operatorId: 'aigerim' })).toEqual([
      { type: 'desk:opened', at: T0, deskId: 'd1', operatorId: 'aigerim' },
    ]);
    expect(o.state.desks['d1']).toMatchObject({ status: 'open', operatorId: 'aigerim', since: T0 });
  });
  it('succeeds with no events when the same operator opens it again', () => {
    const o = new Office().openDesk('d1', 'aigerim');
    expect(o.ok({ type: 'open-desk', deskId: 'd1', operatorId: 'aigerim' })).toEqual([]);
  });
  it('refuses an unknown desk with unknown_desk', () => {
    expect(new Office().error({ type: 'open-desk', deskId: 'd9', operatorId: 'x' })).toBe('unknown_desk');
  });
  it('refuses a desk another operator holds with desk_taken', () => {
    const o = new Office().openDesk('d1', 'aigerim');
    expect(o.error({ type: 'open-desk', deskId: 'd1', operatorId: 'nurlan' })).toBe('desk_taken');
  });
  it('refuses an operator who already works at another desk with operator_elsewhere', () => {
    const o = new Office().openDesk('d1', 'aigerim');
    o.ok({ type: 'pause', deskId: 'd1', reason: 'break' });
    expect(o.error({ type: 'open-desk', deskId: 'd2', operatorId: 'aigerim' })).toBe('operator_elsewhere');
  });
});

describe('close-desk', () => {
  it('closes an open desk', () => {
    const o = new Office().openDesk('d1');
    o.advance(MIN).ok({ type: 'close-desk', deskId: 'd1' });
    expect(o.state.desks['d1']).toMatchObject({ status: 'closed', operatorId: null, since: T0 + MIN });
  });
  it('succeeds with no events on a closed desk', () => {
    expect(new Office().ok({ type: 'close-desk', deskId: 'd1' })).toEqual([]);
  });
  it('refuses a desk holding a visitor with desk_busy and an unknown desk with unknown_desk', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.callNext('d1');
    expect(o.error({ type: 'close-desk', deskId: 'd1' })).toBe('desk_busy');
    expect(o.error({ type: 'close-desk', deskId: 'd9' })).toBe('unknown_desk');
  });
});

describe('pause and resume', () => {
  it('pauses with a reason and resumes', () => {
    const o = new Office().openDesk('d1');
    o.ok({ type: 'pause', deskId: 'd1', reason: 'paperwork' });
    expect(o.state.desks['d1']).toMatchObject({ status: 'paused', pauseReason: 'paperwork' });
    o.advance(MIN).ok({ type: 'resume', deskId: 'd1' });
    expect(o.state.desks['d1']).toMatchObject({ status: 'open', pauseReason: null, since: T0 + MIN });
  });
  it('refuses pausing a closed desk with desk_closed, twice with desk_paused, with a visitor with desk_busy', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    expect(o.error({ type: 'pause', deskId: 'd3', reason: 'break' })).toBe('desk_closed');
    o.ok({ type: 'pause', deskId: 'd1', reason: 'break' });
    expect(o.error({ type: 'pause', deskId: 'd1', reason: 'break' })).toBe('desk_paused');
    o.issue('legal');
    o.callNext('d2');
    expect(o.error({ type: 'pause', deskId: 'd2', reason: 'break' })).toBe('desk_busy');
  });
  it('resumes an open desk with no events and refuses a closed one with desk_closed', () => {
    const o = new Office().openDesk('d1');
    expect(o.ok({ type: 'resume', deskId: 'd1' })).toEqual([]);
    expect(o.error({ type: 'resume', deskId: 'd2' })).toBe('desk_closed');
  });
});
