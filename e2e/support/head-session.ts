// The office head over a socket beside the browser: what the screens saved, read back as another head
// would see it, and commands the tests need to make outside the screens.
import { io, type Socket } from 'socket.io-client';
import { ACK_TIMEOUT_MS, type AdminState, type Result } from '@kezek/shared';

export interface HeadSession {
  socket: Socket;
  /** For the head's HTTP routes (Bearer). */
  token: string;
  /** The set-up as the server keeps it. */
  setup(): Promise<AdminState>;
}

export async function headSession(url: string): Promise<HeadSession> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const login = (await socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('auth:login', { username: 'head', password: 'kezek-head' })) as Result<{ token: string }>;
  if (!login.ok) throw new Error(`head login: ${login.error}`);
  return {
    socket,
    token: login.data.token,
    async setup() {
      const r = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('admin:get', {})) as Result<AdminState>;
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
  };
}
