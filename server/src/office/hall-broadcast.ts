// Who hears what of the hall. Staff (operator desks, the head) see each sector's next tickets; kiosks and
// displays never show them, so they are not sent them: at a big centre those lists are most of every
// change, and 140 of 200 screens are kiosks and displays.
import type { CallView, HallView, OfficeSnapshot, Role } from '@kezek/shared';
import type { KezekServer } from '../handlers/context.js';
import { BroadcastBatch } from './broadcast-batch.js';
import { HALL_PACE } from './pace.js';
import type { Office } from './office.js';

export type Audience = 'staff' | 'public';
const AUDIENCES: readonly Audience[] = ['staff', 'public'];

export const audienceOf = (role: Role): Audience =>
  role === 'kiosk' || role === 'display' ? 'public' : 'staff';
export const hallRoom = (audience: Audience): string => `hall:${audience}`;

export function forAudience(hall: HallView, audience: Audience): HallView {
  return audience === 'staff' ? hall : { ...hall, sectors: hall.sectors.map((s) => ({ ...s, next: [] })) };
}

export class HallBroadcast {
  private readonly batches: Record<Audience, BroadcastBatch>;

  constructor(
    private readonly io: KezekServer,
    office: Office,
    private readonly full: () => OfficeSnapshot,
    announce: (calls: CallView[]) => CallView[],
  ) {
    const start = office.snapshot().hall;
    const batch = (a: Audience) =>
      new BroadcastBatch(
        forAudience(start, a),
        (change) => io.to(hallRoom(a)).emit('hall:changed', { ...change, calls: announce(change.calls) }),
        HALL_PACE,
      );
    this.batches = { staff: batch('staff'), public: batch('public') };
    // Commands that shared a disk sync share one hall object: the public copy is made once for them.
    let last: { hall: HallView; public: HallView } | null = null;
    office.onCommitted(({ hall, calls }) => {
      if (last?.hall !== hall) last = { hall, public: forAudience(hall, 'public') };
      this.batches.staff.add(hall, calls);
      this.batches.public.add(last.public, calls);
    });
    office.onReset(() => this.resync());
  }

  snapshotFor(audience: Audience): OfficeSnapshot {
    const snapshot = this.full();
    return { ...snapshot, hall: forAudience(snapshot.hall, audience) };
  }

  /** Every screen redraws from a fresh snapshot (a new day, recovery, a change of set-up). */
  resync(): void {
    for (const a of AUDIENCES) {
      const snapshot = this.snapshotFor(a);
      this.batches[a].reset(snapshot.hall);
      this.io.to(hallRoom(a)).emit('office:snapshot', snapshot);
    }
  }
}
