// The head sets the case rules: numbering prefix, IINs, the law's periods and the calendar (Kurban
// Ait's date, the government's transfers, the office's own days off and working days). A change moves
// no existing deadline: each case keeps the dates computed when it was registered or extended.
import {
  caseRules,
  DEFAULT_CASE_SETTINGS,
  fail,
  holidaysOf,
  isKioskChoice,
  localDate,
  ok,
  type CaseSettings,
  type DeskPrinter,
} from '@kezek/shared';
import { actorOf, type HandlerContext } from './context.js';
import type { HandlerTable } from './define.js';

/** The days off of this year and the next two, for the head to check against the published calendar. */
function holidays(ctx: HandlerContext, settings: CaseSettings): Record<string, string[]> {
  const rules = caseRules(settings, ctx.settings.data.office.timeZone);
  const year = Number(localDate(ctx.head.clock(), rules.calendar.timeZone).slice(0, 4));
  return Object.fromEntries(
    [year, year + 1, year + 2].map((y) => [String(y), holidaysOf(rules.calendar, y)]),
  );
}

export const caseSettingsHandlers = {
  'case:settings': {
    roles: ['head'],
    run: (ctx) => {
      const settings = ctx.settings.data.cases ?? DEFAULT_CASE_SETTINGS;
      return ok({ settings, holidays: holidays(ctx, settings) });
    },
  },
  'case:save-settings': {
    roles: ['head'],
    async run(ctx: HandlerContext, { settings }) {
      const clash = Object.values(settings.years).some((y) => y.added.some((d) => y.removed.includes(d)));
      if (clash || settings.weekend.length > 5) return fail('invalid_config');
      // The desks' receipt printers have their own screen and command: a draft read before they were
      // changed must not put the old ones back.
      await ctx.settings.update((s) => {
        const { deskPrinters: _, ...rest } = settings;
        const kept = s.cases?.deskPrinters;
        s.cases = kept ? { ...rest, deskPrinters: kept } : rest;
      });
      const actor = actorOf(ctx);
      await ctx.head.audit.append({
        at: ctx.head.clock(),
        actorId: actor.id,
        actorName: actor.name,
        action: 'cases',
        summary: `prefix ${settings.prefix}, ${settings.periods.answerWorkingDays} working days, IIN ${settings.iinEnabled ? 'on' : 'off'}`,
      });
      return ok(null);
    },
  },
  'case:save-desk-printers': {
    roles: ['head'],
    async run(ctx: HandlerContext, { deskPrinters }) {
      const { office, devices } = ctx.settings.data;
      const desks = new Set(office.desks.map((d) => d.id));
      const kiosks = new Set(devices.filter((d) => d.kind === 'kiosk' && !d.revoked).map((d) => d.id));
      const bad = Object.entries(deskPrinters).some(
        ([deskId, p]) => !desks.has(deskId) || (isKioskChoice(p) && !kiosks.has(p.kioskId)),
      );
      if (bad) return fail('invalid_config');
      await ctx.settings.update((s) => {
        s.cases = { ...(s.cases ?? DEFAULT_CASE_SETTINGS), deskPrinters };
      });
      const actor = actorOf(ctx);
      await ctx.head.audit.append({
        at: ctx.head.clock(),
        actorId: actor.id,
        actorName: actor.name,
        action: 'desk-printers',
        summary: printersSummary(deskPrinters) || 'none',
      });
      return ok(null);
    },
  },
} satisfies Partial<HandlerTable>;

/** "desk-1 tcp://10.0.0.5:9100, desk-2 kiosk k-39ea": what the audit log shows of the choice. */
function printersSummary(deskPrinters: Record<string, DeskPrinter>): string {
  return Object.entries(deskPrinters)
    .map(([deskId, p]) => `${deskId} ${isKioskChoice(p) ? `kiosk ${p.kioskId}` : p.url}`)
    .join(', ');
}
