// Where a connection comes from, as one string per machine: IPv4 clients reached over an IPv6 socket
// arrive as `::ffff:10.0.0.5`, and counting them apart from `10.0.0.5` would double their allowance.
export function normalAddress(address: string | undefined): string {
  const a = address ?? '';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}

export function addressOf(socket: { handshake: { address: string } }): string {
  return normalAddress(socket.handshake.address);
}

/** The server's own machine: the demo office, the bench, tests, and a reverse proxy on the same host. */
export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}
