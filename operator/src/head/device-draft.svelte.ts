// One device's own settings being edited: a kiosk's printer, a display's scope. Empty printer address
// means no printer; "whole hall" means no scope.
import type { DeviceView, PayloadIn } from '@kezek/shared';

export class DeviceDraft {
  url = $state('');
  paperWidth = $state<58 | 80>(80);
  wholeHall = $state(true);
  sectorIds = $state<string[]>([]);
  deskIds = $state<string[]>([]);

  reset(d: DeviceView): void {
    this.url = d.printer?.url ?? '';
    this.paperWidth = d.printer?.paperWidth ?? 80;
    this.wholeHall = d.scope === null;
    this.sectorIds = [...(d.scope?.sectorIds ?? [])];
    this.deskIds = [...(d.scope?.deskIds ?? [])];
  }

  payload(d: DeviceView): PayloadIn<'admin:device-update'> {
    if (d.kind === 'kiosk') {
      const url = this.url.trim();
      return { deviceId: d.id, printer: url ? { url, paperWidth: this.paperWidth } : null };
    }
    return {
      deviceId: d.id,
      scope: this.wholeHall ? null : { sectorIds: [...this.sectorIds], deskIds: [...this.deskIds] },
    };
  }
}
