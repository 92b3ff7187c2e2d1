// kiosk -> paper: what a visitor feels at the kiosk. One more kiosk, its printer a TCP printer on
// 127.0.0.1 (the tests' virtual printer, which keeps each job until the connection closes after the last
// byte), takes a ticket every PAUSE_MS while the big centre's day runs; each is timed from its
// `ticket:issue` to the whole job at the printer. Beside it, the bare figure: the same ticket rendered,
// encoded and sent to the same printer by this process, with no server in between.
import type { IssuedTicket, OfficeConfig, OfficeContent } from '@kezek/shared';
import { hashToken, newToken } from '../auth/tokens.js';
import { tcpPrinter } from '../printing/tcp-printer.js';
import { issuedTicketBytes } from '../printing/ticket-job.js';
import { startVirtualPrinter, type VirtualPrinter } from '../printing/virtual-printer.js';
import type { Settings } from '../settings/types.js';
import { requestId, timed, type BenchSocket } from './clients.js';
import { sleep } from './stats.js';

/** A visitor every ~third of a second at this one kiosk, on top of the day's 20 kiosks. */
const PAUSE_MS = 300;
const JOB_TIMEOUT_MS = 15_000;

export interface PaperKiosk {
  token: string;
  printer: VirtualPrinter;
  sectorId: string;
}

/** Adds the printing kiosk to the settings before they are written; its printer listens already. */
export async function addPaperKiosk(settings: Settings, now = Date.now()): Promise<PaperKiosk> {
  const printer = await startVirtualPrinter();
  const token = newToken();
  settings.devices.push({
    id: 'kiosk-paper',
    kind: 'kiosk',
    name: 'kiosk with printer',
    tokenHash: hashToken(token),
    pairedAt: now,
    revoked: false,
    printer: { url: printer.url, paperWidth: 80 },
    scope: null,
  });
  return { token, printer, sectorId: settings.office.sectors[0]?.id ?? 'sa' };
}

export interface PaperResult {
  ms: number[];
  /** A real ticket's figures, for the bare run to print the same. */
  sample: IssuedTicket | null;
  failed: number;
}

async function issueToPaper(
  socket: BenchSocket,
  rig: PaperKiosk,
): Promise<{ ms: number; issued: IssuedTicket } | null> {
  const job = rig.printer.nextJob(JOB_TIMEOUT_MS);
  const payload = { requestId: requestId('paper'), sectorId: rig.sectorId, lang: 'kk', priority: null };
  const sent = await timed<IssuedTicket>(socket, 'ticket:issue', payload);
  if (!sent.result.ok) {
    job.catch(() => undefined);
    return null;
  }
  return job.then(
    () => ({ ms: performance.now() - sent.sentAt, issued: (sent.result as { data: IssuedTicket }).data }),
    () => null,
  );
}

/** One ticket first, unmeasured: the server loads its ticket renderer on the first ticket it prints. */
export async function warmPaper(socket: BenchSocket, rig: PaperKiosk): Promise<void> {
  if (!(await issueToPaper(socket, rig))) throw new Error('the printing kiosk printed nothing');
}

export async function paperDuring(
  socket: BenchSocket,
  rig: PaperKiosk,
  durationMs: number,
): Promise<PaperResult> {
  const r: PaperResult = { ms: [], sample: null, failed: 0 };
  const end = performance.now() + durationMs;
  while (performance.now() < end) {
    const got = await issueToPaper(socket, rig);
    if (got) {
      r.ms.push(got.ms);
      r.sample = got.issued;
    } else r.failed++;
    await sleep(PAUSE_MS);
  }
  return r;
}

/** Render, encode and send the same ticket `runs` times with no server: the floor under kiosk -> paper. */
export async function barePaper(
  config: OfficeConfig,
  content: OfficeContent,
  issued: IssuedTicket,
  printer: VirtualPrinter,
  runs: number,
): Promise<number[]> {
  const port = tcpPrinter('127.0.0.1', printer.port);
  const once = async () => {
    const started = performance.now();
    const job = printer.nextJob(JOB_TIMEOUT_MS);
    const bytes = await issuedTicketBytes(config, content, issued, 'http://127.0.0.1:8080', 80);
    if ((await port.print(bytes)) !== 'printed') throw new Error('the bare print failed');
    await job;
    return performance.now() - started;
  };
  await once(); // loads the renderer, as the warm-up does for the server
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await once());
  return ms;
}
