// The head sets the case rules: numbering prefix, IINs, the law's periods and the calendar (Kurban
// Ait's date, the government's transfers, the office's own days off and working days). A change moves
// no existing deadline: each case keeps the dates computed when it was registered or extended.
import {
  caseRules,
  DEFAULT_CASE_SETTINGS,
  fail,
  holidaysOf,
  localDate,
  ok,
  type CaseSettings,
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
      await ctx.settings.update((s) => void (s.cases = settings));
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
} satisfies Partial<HandlerTable>;
