import type { Settings } from '../settings/types.js';

/** What the server needs from the settings store: the current data and durable, serialised updates. */
export interface SettingsPort {
  readonly data: Settings;
  update(change: (draft: Settings) => void): Promise<void>;
}
