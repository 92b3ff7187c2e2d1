// The ticket font ships with the server (npm dejavu-fonts-ttf), never the system's: a kiosk PC without
// Kazakh glyphs must still print ә ғ қ ң ө ұ ү һ і.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

export const TICKET_FONT = 'Kezek Ticket Sans';
let registered = false;

export function registerTicketFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
    if (!GlobalFonts.registerFromPath(path, TICKET_FONT))
      throw new Error(`cannot load the ticket font ${path}`);
  }
  registered = true;
}
