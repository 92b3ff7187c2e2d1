// The head's test print: a sample ticket on a kiosk's printer, answered with what the printer said.
import { ok, type IssuedTicket, type Lang } from '@kezek/shared';
import type { HandlerTable } from './define.js';

export const printingHandlers = {
  'printer:test': {
    roles: ['head'],
    async run(ctx, { deviceId, lang }) {
      const device = ctx.settings.data.devices.find((d) => d.id === deviceId && !d.revoked);
      if (!device?.printer) return ok({ status: 'no_printer' as const });
      const sample = sampleTicket(ctx.office.queue.config.sectors[0]?.id ?? '', lang);
      // Through the print service, so a test print waits its turn behind visitors' tickets on that printer.
      const status = await ctx.printing.print(device.printer, sample, true);
      ctx.log.info({ deviceId, status }, 'test print');
      return ok({ status });
    },
  },
} satisfies Partial<HandlerTable>;

export function sampleTicket(sectorId: string, lang: Lang, at = Date.now()): IssuedTicket {
  return {
    ticket: {
      id: 'sample',
      number: 'A000',
      sectorId,
      serviceId: null,
      priority: null,
      lang,
      status: 'waiting',
      issuedAt: at,
      queuedAt: at,
      calledAt: null,
      startedAt: null,
      deskId: null,
      targetDeskId: null,
      calls: 0,
    },
    code: 'sample',
    peopleAhead: 0,
    estimateMin: null,
  };
}
