import { describe, expect, it } from 'vitest';
import { ticketBytes } from './escpos.js';
import type { RenderPool } from './render-pool.js';
import { renderTicket } from './render-ticket.js';
import { ticketLines, type TicketContent } from './ticket-content.js';

// npm test builds first; the thread's script exists only in server/dist.
const built = (await import(new URL('../../dist/printing/render-pool.js', import.meta.url).href)) as {
  createRenderPool(): RenderPool;
};

const content = (number: string): TicketContent => ({
  lang: 'kk',
  officeName: 'Әкімдік қабылдау бөлмесі',
  number,
  sectorName: 'Жер қатынастары',
  serviceName: 'Анықтама',
  peopleAhead: 4,
  estimateMin: 12,
  issuedAt: Date.UTC(2026, 11, 1, 5, 15),
  timeZone: 'Asia/Almaty',
  statusUrl: 'http://192.168.1.10:8080/t/abcd2345',
  footer: 'Рақмет!',
});

const job = (number: string, paper: 58 | 80) => {
  const c = content(number);
  return { kind: 'ticket' as const, content: c, lines: ticketLines(c), paper };
};

describe('the render thread', () => {
  it('prints the same bytes as rendering in-process, in the order asked', async () => {
    const pool = built.createRenderPool();
    try {
      const numbers = ['A1', 'A2', 'B17', 'A1000'];
      const fromThread = await Promise.all(numbers.map((n) => pool.render(job(n, 80))));
      const inProcess = numbers.map((n) => ticketBytes(renderTicket(content(n), 80)));
      expect(fromThread.map((b, i) => Buffer.compare(b, inProcess[i] ?? Buffer.alloc(0)))).toEqual([
        0, 0, 0, 0,
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails the job in hand when the thread dies, and renders the next one on a new thread', async () => {
    const pool = built.createRenderPool();
    try {
      await pool.render(job('A1', 58)); // the thread is up
      const doomed = pool.render(job('A2', 58));
      await pool.close(); // the thread goes while the job is in hand
      await expect(doomed).rejects.toThrow(/render thread exited/);
      const next = await pool.render(job('A3', 58));
      expect(Buffer.compare(next, ticketBytes(renderTicket(content('A3'), 58)))).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
