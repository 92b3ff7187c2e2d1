// The head's office-wide set-up over real sockets: a sector's services and hours, the office's hours,
// time zone and languages. Each reaches kiosks live; each mistake is refused by name and not audited.
import { afterEach, describe, expect, it } from 'vitest';
import type { OfficeConfig } from '@kezek/shared';
import {
  expectOk,
  nextSnapshot,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
} from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

const week = (span: readonly [number, number] | null) => Array.from({ length: 7 }, () => span);

async function setup(): Promise<{ head: Client; kiosk: Client; config: OfficeConfig }> {
  const head = await h.staff('head');
  const kiosk = await h.device('kiosk');
  const { config } = expectOk(await send(head, 'admin:get', {}));
  return { head, kiosk, config: structuredClone(config) };
}

function sector(config: OfficeConfig, id: string) {
  const found = config.sectors.find((s) => s.id === id);
  if (!found) throw new Error(`demo office without ${id}`);
  return found;
}

describe('the office set-up in the head’s hands', () => {
  it('renames, adds and removes services: the kiosk sees the new names and the other ids stay', async () => {
    h = await startHarness();
    const { head, kiosk, config } = await setup();
    const civil = sector(config, 'civil-registry');
    const birth = civil.services.find((s) => s.id === 'birth');
    if (!birth) throw new Error('no birth service');
    birth.names.kk = 'Баланың тууын тіркеу';
    civil.services = civil.services.filter((s) => s.id !== 'death');
    civil.services.push({
      id: 'name-change',
      names: { kk: 'Атын өзгерту', ru: 'Смена имени', en: 'Name change' },
    });

    const seen = nextSnapshot(kiosk);
    expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
    const services = (await seen).office.sectors.find((s) => s.id === 'civil-registry')?.services;
    expect(services?.map((s) => s.id)).toEqual(['birth', 'marriage', 'certificate', 'name-change']);
    expect(services?.[0]?.names.kk).toBe('Баланың тууын тіркеу');

    // A ticket for the new service is issued under its id.
    const issued = expectOk(
      await send(kiosk, 'ticket:issue', {
        requestId: rid(),
        sectorId: 'civil-registry',
        serviceId: 'name-change',
        lang: 'kk',
      }),
    );
    expect(issued.ticket.serviceId).toBe('name-change');
    const [entry] = expectOk(await send(head, 'admin:audit', {}));
    expect(entry?.summary).toContain('sectors[civil-registry].services[death] removed');
    expect(entry?.summary).toContain('sectors[civil-registry].services[name-change] added');
  });

  it('closes a sector by its own hours while the office stays open, and opens it again', async () => {
    // 05:00 UTC is 10:00 in Asia/Almaty (UTC+5).
    h = await startHarness({ clock: () => Date.UTC(2026, 2, 2, 5, 0) });
    const { head, kiosk, config } = await setup();
    sector(config, 'legal').hours = week([14 * 60, 18 * 60]);
    let seen = nextSnapshot(kiosk);
    expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
    const live = (await seen).hall.sectors;
    expect(live.find((s) => s.id === 'legal')?.issuing).toBe('outside_hours');
    expect(live.find((s) => s.id === 'self-service')?.issuing).toBe('open');
    const refused = await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' });
    expect(refused).toEqual({ ok: false, error: 'outside_hours' });

    sector(config, 'legal').hours = week([9 * 60, 18 * 60]);
    seen = nextSnapshot(kiosk);
    expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
    expect((await seen).hall.sectors.find((s) => s.id === 'legal')?.issuing).toBe('open');
  });

  it('sets the office hours, time zone and languages, and every kiosk follows', async () => {
    h = await startHarness({ clock: () => Date.UTC(2026, 2, 2, 5, 0) });
    const { head, kiosk, config } = await setup();
    config.timeZone = 'Asia/Aqtobe'; // UTC+5 as well: the open day keeps its date
    config.languages = ['kk', 'ru'];
    config.hours = [null, ...week([9 * 60, 10 * 60]).slice(1)]; // 10:00 is closing time: closed
    const seen = nextSnapshot(kiosk);
    expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
    const snap = await seen;
    expect(snap.office).toMatchObject({ timeZone: 'Asia/Aqtobe', languages: ['kk', 'ru'] });
    expect(
      snap.hall.sectors.every((s) => s.issuing === 'outside_hours' || s.issuing === 'sector_disabled'),
    ).toBe(true);
    expect(h.settings.data.office.hours[0]).toBeNull();
  });

  it.each([
    [
      'closing before opening',
      (c: OfficeConfig): void => void (c.hours = week([18 * 60, 9 * 60])),
      'hours_invalid',
    ],
    [
      'a sector closing before opening',
      (c: OfficeConfig): void => void (sector(c, 'legal').hours = week([600, 540])),
      'hours_invalid',
    ],
    [
      'an unknown time zone',
      (c: OfficeConfig): void => void (c.timeZone = 'Asia/Atlantis'),
      'time_zone_unknown',
    ],
    ['no languages', (c: OfficeConfig): void => void (c.languages = []), 'languages_empty'],
    [
      'a service without a name',
      (c: OfficeConfig): void =>
        void sector(c, 'civil-registry').services.push({ id: 'x', names: { kk: '', ru: 'Х', en: 'X' } }),
      'service_name_empty',
    ],
  ] as const satisfies readonly (readonly [string, (c: OfficeConfig) => void, string])[])(
    'refuses %s by name, changes nothing and audits nothing',
    async (_, spoil, code) => {
      h = await startHarness();
      const { head, config } = await setup();
      const before = structuredClone(h.settings.data.office);
      spoil(config);
      expect(await send(head, 'admin:save-office', { requestId: rid(), config })).toEqual({
        ok: false,
        error: code,
      });
      expect(h.settings.data.office).toEqual(before);
      expect(expectOk(await send(head, 'admin:audit', {}))).toEqual([]);
    },
  );
});
