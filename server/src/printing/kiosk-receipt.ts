// Paper for a kiosk whose printer is `local:` (attached to the kiosk, printed by its Electron shell): the
// server cannot reach that printer, so the bytes it rendered go to the kiosk over its socket and the
// kiosk's shell prints them as it prints its tickets. One socket only, so a kiosk open twice prints once:
// the newest, since an older one may be a page already gone whose disconnect the server has not seen.
import type { PrintStatus } from '@kezek/shared';
import type { KezekServer } from '../handlers/context.js';
import { actorRoom } from '../rooms.js';

/**
 * A shell prints a receipt in about a second; the desk waits for the answer within its own ack timeout
 * (ACK_TIMEOUT_MS, 5 s), so a kiosk silent this long counts as offline and the desk shows the receipt
 * on screen.
 */
export const KIOSK_PRINT_TIMEOUT_MS = 4_000;
const STATUSES: readonly PrintStatus[] = ['printed', 'paper_out', 'offline', 'error', 'no_printer'];

export async function printOnKiosk(
  io: KezekServer,
  kioskId: string,
  bytes: Uint8Array,
  timeoutMs = KIOSK_PRINT_TIMEOUT_MS,
): Promise<PrintStatus> {
  const ids = io.sockets.adapter.rooms.get(actorRoom(kioskId));
  const newest = ids ? [...ids].at(-1) : undefined;
  const socket = newest ? io.sockets.sockets.get(newest) : undefined;
  if (!socket) return 'offline';
  try {
    const status: unknown = await socket.timeout(timeoutMs).emitWithAck('receipt:print', { bytes });
    // The kiosk is a client: what it answers is checked like any inbound payload.
    return STATUSES.includes(status as PrintStatus) ? (status as PrintStatus) : 'error';
  } catch {
    return 'offline';
  }
}
