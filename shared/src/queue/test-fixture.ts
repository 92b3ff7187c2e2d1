// The office every queue test uses: three sectors named in kk / ru / en (with Kazakh letters, so a
// mangled encoding shows up), three desks, one of them shared, and a driver with a movable clock.
// Imported by tests only; not exported from index.ts.
import type { Result } from '../errors.js';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import { execute } from './evolve.js';
import { initialState } from './initial.js';
import type { Context, OfficeConfig, QueueState, Sector, Ticket, WeekHours } from './types.js';

export const ZONE = 'Asia/Almaty';
/** Monday 3 June 2024, 09:00 in Almaty (UTC+5). */
export const T0 = Date.UTC(2024, 5, 3, 4, 0);
export const MIN = 60_000;

/** Mon–Fri 9:00–18:00, Saturday 9:00–13:00, Sunday closed. */
export const OFFICE_HOURS: WeekHours = [
  null,
  [540, 1080],
  [540, 1080],
  [540, 1080],
  [540, 1080],
  [540, 1080],
  [540, 780],
];
export const ALWAYS: WeekHours = Array.from({ length: 7 }, () => [0, 1440] as const);

function sector(id: string, letter: string, names: Sector['names'], extra: Partial<Sector> = {}): Sector {
  return {
    id,
    letter,
    names,
    hints: { kk: 'Кезекке тұрыңыз', ru: 'Встаньте в очередь', en: 'Please take a ticket' },
    services: [],
    targetWaitMin: 15,
    dailyLimit: null,
    priorityAllowed: true,
    hours: null,
    enabled: true,
    ...extra,
  };
}

export function fixtureConfig(overrides: Partial<OfficeConfig> = {}): OfficeConfig {
  return {
    officeName: {
      kk: 'Аудандық халыққа қызмет көрсету орталығы',
      ru: 'Районный ЦОН',
      en: 'District front office',
    },
    timeZone: ZONE,
    hours: OFFICE_HOURS,
    languages: ['kk', 'ru', 'en'],
    sectors: [
      sector(
        'legal',
        'A',
        { kk: 'Заңгерлік кеңес', ru: 'Юридическая консультация', en: 'Legal consultation' },
        {
          services: [
            { id: 'property', names: { kk: 'Мүлік құқығы', ru: 'Имущественное право', en: 'Property law' } },
            { id: 'family', names: { kk: 'Отбасы құқығы', ru: 'Семейное право', en: 'Family law' } },
          ],
        },
      ),
      sector('registry', 'B', {
        kk: 'Азаматтық хал актілерін тіркеу',
        ru: 'Регистрация актов гражданского состояния',
        en: 'Civil registration',
      }),
      sector(
        'akim',
        'C',
        { kk: 'Әкімнің қабылдауы', ru: 'Приём акима', en: 'Reception of the akim' },
        { priorityAllowed: false, dailyLimit: 3 },
      ),
    ],
    desks: [
      { id: 'd1', number: 1, sectorIds: ['legal'], sectorWeights: {} },
      { id: 'd2', number: 2, sectorIds: ['legal', 'registry'], sectorWeights: {} },
      { id: 'd3', number: 3, sectorIds: ['registry', 'akim'], sectorWeights: {} },
    ],
    policy: { kind: 'strict' },
    transferKeepsArrival: true,
    startOnCall: false,
    noShowGraceSec: 60,
    ...overrides,
  };
}

/** Deterministic ids: "id1", "id2", … (not integer-like, so object keys keep insertion order). */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A day in progress: execute commands at a clock the test moves. */
export class Office {
  state: QueueState;
  readonly events: DomainEvent[] = [];
  now = T0;
  private readonly newId = counterIds();

  constructor(
    readonly config: OfficeConfig = fixtureConfig(),
    open = true,
  ) {
    this.state = initialState(config);
    if (open) this.ok({ type: 'open-day', day: '2024-06-03', config });
  }

  get ctx(): Context {
    return { now: this.now, newId: this.newId };
  }

  advance(ms: number): this {
    this.now += ms;
    return this;
  }

  run(command: Command): Result<DomainEvent[]> {
    const r = execute(this.state, command, this.ctx);
    if (r.ok) this.events.push(...r.data);
    return r;
  }

  ok(command: Command): DomainEvent[] {
    const r = this.run(command);
    if (!r.ok) throw new Error(`${command.type} refused: ${r.error}`);
    return r.data;
  }

  error(command: Command): string | null {
    const r = this.run(command);
    return r.ok ? null : r.error;
  }

  issue(sectorId: string, priority: Ticket['priority'] = null, serviceId: string | null = null): Ticket {
    const [e] = this.ok({ type: 'issue', sectorId, serviceId, priority, lang: 'kk', source: 'kiosk-1' });
    if (e?.type !== 'ticket:issued') throw new Error('no ticket issued');
    return this.ticket(e.ticket.id);
  }

  ticket(id: string): Ticket {
    const t = this.state.tickets[id];
    if (!t) throw new Error(`no ticket ${id}`);
    return t;
  }

  openDesk(deskId: string, operatorId = `op-${deskId}`): this {
    this.ok({ type: 'open-desk', deskId, operatorId });
    return this;
  }

  /** The ticket call-next gives the desk, or null when it is refused. */
  callNext(deskId: string, operatorId = `op-${deskId}`): Ticket | null {
    const r = this.run({ type: 'call-next', deskId, operatorId });
    const e = r.ok ? r.data[0] : undefined;
    return e?.type === 'ticket:called' ? this.ticket(e.ticketId) : null;
  }

  /** Start (unless already serving) and finish whatever the desk holds. */
  serve(deskId: string, serviceMs = 5 * MIN): void {
    const id = this.state.desks[deskId]?.ticketId;
    if (id && this.ticket(id).status === 'called') this.ok({ type: 'start', deskId });
    this.advance(serviceMs);
    this.ok({
      type: 'finish',
      deskId,
      outcome: 'solved',
      note: null,
      callNext: false,
      operatorId: `op-${deskId}`,
    });
  }
}

/** For tests: the value, or a failure naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}
