// Drives the office over real sockets for end-to-end tests (a kiosk and specialists) while the pages
// under test are watched. Tokens are kept, so the same people come back after a restart.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type {
  Acks,
  ClientToServerEvents,
  InboundEvent,
  PayloadIn,
  Result,
  ServerToClientEvents,
} from '@kezek/shared';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Emit = (event: string, payload: object) => Promise<Result<unknown>>;

export class OfficeDriver {
  #kioskToken: string | null = null;
  #staffTokens = new Map<string, string>();
  #sockets: Client[] = [];

  constructor(private url: string) {}

  /** After a restart on the same port the address is the same; on another, say so. */
  moveTo(url: string): void {
    this.url = url;
  }

  async issue(
    sectorId: string,
    lang: 'kk' | 'ru' | 'en',
    priority: 'elderly' | null = null,
  ): Promise<string> {
    const kiosk = await this.#kiosk();
    const issued = await send(kiosk, 'ticket:issue', { requestId: randomUUID(), sectorId, lang, priority });
    return expectOk(issued).ticket.number;
  }

  async open(username: string, deskId: string): Promise<void> {
    expectOk(await send(await this.#staff(username), 'desk:open', { requestId: randomUUID(), deskId }));
  }

  async callNext(username: string, deskId: string): Promise<string> {
    const r = await send(await this.#staff(username), 'desk:call-next', { requestId: randomUUID(), deskId });
    return expectOk(r).number;
  }

  /** Ends the desk's current visit (starting it first if only called), so the desk can call again. */
  async finish(username: string, deskId: string): Promise<void> {
    const staff = await this.#staff(username);
    await send(staff, 'desk:start', { requestId: randomUUID(), deskId });
    const r = await send(staff, 'desk:finish', {
      requestId: randomUUID(),
      deskId,
      outcome: 'solved',
      note: '',
    });
    expectOk(r);
  }

  async recall(username: string, deskId: string): Promise<void> {
    expectOk(await send(await this.#staff(username), 'desk:recall', { requestId: randomUUID(), deskId }));
  }

  close(): void {
    for (const s of this.#sockets.splice(0)) s.disconnect();
  }

  async #kiosk(): Promise<Client> {
    const socket = await this.#connect(this.#kioskToken);
    if (this.#kioskToken) return socket;
    // The demo office pairs devices on the server's own machine at once (autoPairLocal).
    const paired = new Promise<string>((r) => socket.once('device:paired', (p) => r(p.token)));
    expectOk(await send(socket, 'device:request-pairing', { kind: 'kiosk', name: 'e2e kiosk' }));
    this.#kioskToken = await paired;
    socket.disconnect();
    return this.#connect(this.#kioskToken);
  }

  async #staff(username: string): Promise<Client> {
    const token = this.#staffTokens.get(username);
    const socket = await this.#connect(token ?? null);
    if (token) return socket;
    const login = expectOk(await send(socket, 'auth:login', { username, password: 'kezek' }));
    this.#staffTokens.set(username, login.token);
    return socket;
  }

  async #connect(token: string | null): Promise<Client> {
    const socket: Client = io(this.url, {
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.#sockets.push(socket);
    // Signed-in sockets get their snapshot right after connecting (maybe in the same read): listen first.
    const signedIn = new Promise<void>((r) => socket.once('office:snapshot', () => r()));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    if (token) await signedIn;
    return socket;
  }
}

function send<E extends InboundEvent>(
  socket: Client,
  event: E,
  payload: PayloadIn<E>,
): Promise<Result<Acks[E]>> {
  const timed = socket.timeout(5000) as unknown as { emitWithAck: Emit };
  return timed.emitWithAck(event, payload) as Promise<Result<Acks[E]>>;
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`command failed: ${result.error}`);
  return result.data;
}
