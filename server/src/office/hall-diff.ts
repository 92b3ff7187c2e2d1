import type { HallView } from '@kezek/shared';

/**
 * Turns each full hall view into the part that changed since the last one broadcast, compared by value.
 * Works on any change (a desk opening also moves every estimate it serves) without tracking which
 * events touch what; stringifying 70 small items costs far less than sending them to 200 screens.
 */
export class HallDiff {
  private last = new Map<string, string>();

  /** Starts over from a hall every client has (a snapshot just broadcast). */
  reset(hall: HallView): void {
    this.last.clear();
    for (const s of hall.sectors) this.last.set(`s:${s.id}`, JSON.stringify(s));
    for (const d of hall.desks) this.last.set(`d:${d.id}`, JSON.stringify(d));
  }

  patch(hall: HallView): HallView {
    return {
      ...hall,
      sectors: hall.sectors.filter((s) => this.changed(`s:${s.id}`, s)),
      desks: hall.desks.filter((d) => this.changed(`d:${d.id}`, d)),
    };
  }

  private changed(key: string, item: object): boolean {
    const json = JSON.stringify(item);
    if (this.last.get(key) === json) return false;
    this.last.set(key, json);
    return true;
  }
}
