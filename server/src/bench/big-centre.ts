// A big public service centre: 8 sectors, 60 desks, 60 specialists, 20 kiosks and 120 hall displays.
// Sessions and device tokens are written straight into settings, so 200 clients sign in without 60
// scrypt logins or pairing round-trips; one password hash serves every specialist.
import type { Desk, OfficeConfig, Sector } from '@kezek/shared';
import { hashPasswordSync } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { defaultContent } from '../settings/defaults.js';
import { DEMO_OFFICE, DEMO_SECTORS } from '../settings/demo-office.js';
import { SETTINGS_SCHEMA_VERSION, type Settings, type StoredDevice } from '../settings/types.js';

export const SECTORS = 8;
export const DESKS = 60;
export const KIOSKS = 20;
export const DISPLAYS = 120;

export interface BigCentre {
  settings: Settings;
  config: OfficeConfig;
  /** Session tokens of op1…op60, index i opens desk-(i+1). */
  operatorTokens: string[];
  headToken: string;
  kioskTokens: string[];
  displayTokens: string[];
}

export function bigCentreConfig(): OfficeConfig {
  const template = DEMO_SECTORS[3] as Sector;
  const sectors: Sector[] = 'ABCDEFGH'.split('').map((letter, i) => ({
    ...structuredClone(template),
    id: `s${letter.toLowerCase()}`,
    letter,
    names: { kk: `Сектор ${letter}`, ru: `Сектор ${letter}`, en: `Sector ${letter}` },
    dailyLimit: null,
    targetWaitMin: 10 + i,
  }));
  const desks: Desk[] = Array.from({ length: DESKS }, (_, i) => ({
    id: `desk-${i + 1}`,
    number: i + 1,
    // Every third desk serves two sectors, as shared desks do in a real hall.
    sectorIds:
      i % 3 === 0
        ? [sectors[i % SECTORS]?.id ?? 'sa', sectors[(i + 1) % SECTORS]?.id ?? 'sb']
        : [sectors[i % SECTORS]?.id ?? 'sa'],
    sectorWeights: {},
  }));
  return { ...structuredClone(DEMO_OFFICE), sectors, desks };
}

export function bigCentre(now = Date.now()): BigCentre {
  const hash = hashPasswordSync('bench-password');
  const config = bigCentreConfig();
  const operatorTokens = Array.from({ length: DESKS }, () => newToken());
  const headToken = newToken();
  const kioskTokens = Array.from({ length: KIOSKS }, () => newToken());
  const displayTokens = Array.from({ length: DISPLAYS }, () => newToken());
  const device = (kind: StoredDevice['kind'], i: number, token: string): StoredDevice => ({
    id: `${kind}-${i + 1}`,
    kind,
    name: `${kind} ${i + 1}`,
    tokenHash: hashToken(token),
    pairedAt: now,
    revoked: false,
    printer: null,
    scope: null,
  });
  const expiresAt = now + 24 * 3600_000;
  const settings: Settings = {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    office: config,
    users: [
      {
        id: 'u-head',
        username: 'head',
        name: 'Бас',
        role: 'head',
        passwordHash: hash,
        deskIds: [],
        active: true,
      },
      ...operatorTokens.map((_, i) => ({
        id: `u-op${i + 1}`,
        username: `op${i + 1}`,
        name: `Маман ${i + 1}`,
        role: 'operator' as const,
        passwordHash: hash,
        deskIds: [],
        active: true,
      })),
    ],
    devices: [
      ...kioskTokens.map((t, i) => device('kiosk', i, t)),
      ...displayTokens.map((t, i) => device('display', i, t)),
    ],
    sessions: [
      { tokenHash: hashToken(headToken), userId: 'u-head', expiresAt },
      ...operatorTokens.map((t, i) => ({ tokenHash: hashToken(t), userId: `u-op${i + 1}`, expiresAt })),
    ],
    autoPairLocal: true,
    content: defaultContent(),
  };
  return { settings, config, operatorTokens, headToken, kioskTokens, displayTokens };
}
