// The head's draft of the booking rules: one row per bookable thing (each service of a sector, or the
// sector as a whole when it has none), filled from the saved rules or the defaults.
import {
  bookingKey,
  type BookingRules,
  type BookingSettings,
  type BookingSettingsView,
  type Names,
  type Sector,
} from '@kezek/shared';

export interface RuleRow {
  key: string;
  sectorLetter: string;
  sectorNames: Names;
  /** null: the sector booked as a whole. */
  serviceNames: Names | null;
  rules: BookingRules;
}

export class BookingRulesDraft {
  rows = $state<RuleRow[]>([]);
  iinEnabled = $state(false);
  /** The row whose days and hours are open below the table. */
  openKey = $state<string | null>(null);
  #loaded: BookingSettings | null = null;

  reset(sectors: readonly Sector[], view: BookingSettingsView): void {
    this.#loaded = view.settings;
    this.iinEnabled = view.settings.iinEnabled ?? false;
    this.rows = sectors.flatMap((sector) => {
      const things =
        sector.services.length > 0
          ? sector.services.map((s) => ({ key: bookingKey(sector.id, s.id), names: s.names as Names | null }))
          : [{ key: bookingKey(sector.id, null), names: null }];
      return things.map(({ key, names }) => ({
        key,
        sectorLetter: sector.letter,
        sectorNames: sector.names,
        serviceNames: names,
        rules: { ...(view.settings.rules[key] ?? view.defaults) },
      }));
    });
  }

  /** Rows never switched on and left at the defaults are not saved: the settings file stays short. */
  apply(defaults: BookingRules): BookingSettings {
    const rules: Record<string, BookingRules> = {};
    for (const row of this.rows) {
      const saved = this.#loaded?.rules[row.key];
      const untouched = JSON.stringify(row.rules) === JSON.stringify(defaults);
      if (saved || !untouched) rules[row.key] = $state.snapshot(row.rules) as BookingRules;
    }
    return { rules, iinEnabled: this.iinEnabled };
  }
}
