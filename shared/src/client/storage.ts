// localStorage is per origin, and the three apps share one origin: every key carries the app's name.
export type AppName = 'kiosk' | 'display' | 'operator';

export interface AppStorage {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

export function appStorage(app: AppName): AppStorage {
  const full = (key: string) => `kezek.${app}.${key}`;
  return {
    get: (key) => {
      try {
        return globalThis.localStorage.getItem(full(key));
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        if (value === null) globalThis.localStorage.removeItem(full(key));
        else globalThis.localStorage.setItem(full(key), value);
      } catch {
        // Private mode or a full disk: the app still works, it only forgets across reloads.
      }
    },
  };
}
