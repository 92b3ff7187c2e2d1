// For each kiosk screen: what the voice says on arrival and the choices "Next" steps through, each with
// the button it stands for (its data-testid), so the screen outlines the choice being read.
import { PRIORITY_KINDS, type Lang } from '@kezek/shared';
import type { HelpCall } from '../help-call.svelte.ts';
import type { Kiosk } from '../kiosk.svelte.ts';
import { numberClips, sectorClips, serviceClips, ticketClips } from './spoken.ts';

export interface Choice {
  key: string;
  /** data-testid of the button this choice presses. */
  target: string;
  clips: string[];
  /** Said in another language than the kiosk's (a language's own name). */
  lang?: Lang;
  /** Read, but choosing it only says it is not available. */
  disabled?: boolean;
  run: () => void;
}

export interface ScreenSpeech {
  /** Changes when the screen or its language does: the guide then reads the new prompt. */
  screen: string;
  prompt: string[];
  choices: Choice[];
}

export function screenSpeech(kiosk: Kiosk, help: HelpCall, named: ReadonlySet<string>): ScreenSpeech {
  const lang = kiosk.lang;
  const helpChoice: Choice = { key: 'help', target: 'help', clips: ['help'], run: () => void help.call() };
  const back: Choice = { key: 'back', target: 'back', clips: ['back'], run: () => kiosk.back() };
  const base = `${kiosk.step}:${lang}`;
  if (kiosk.pending) return { screen: `${base}:pending`, prompt: [], choices: [] };
  if (kiosk.error) {
    const dismiss = { ...back, target: 'error-dismiss', run: () => kiosk.reset() };
    return { screen: `${base}:error`, prompt: ['error'], choices: [dismiss, helpChoice] };
  }
  if (!kiosk.online) return { screen: `${base}:offline`, prompt: ['offline'], choices: [] };

  if (kiosk.step === 'ticket' && kiosk.issued) {
    const issued = kiosk.issued;
    const sector = kiosk.sector ?? { id: issued.ticket.sectorId, letter: issued.ticket.number.charAt(0) };
    const speech = {
      number: issued.ticket.number,
      sector,
      peopleAhead: issued.peopleAhead,
      estimateMin: issued.estimateMin,
      noDesk: kiosk.issuedNoDesk,
      // Said only where a printer is attached; a late printer answer must not restart the reading.
      printed: kiosk.conn.device?.printer != null,
    };
    const finish: Choice = {
      key: 'finish',
      target: 'ticket-done',
      clips: ['finish'],
      run: () => kiosk.reset(),
    };
    return {
      screen: `${base}:${issued.ticket.id}`,
      prompt: ticketClips(speech, lang, named),
      choices: [finish],
    };
  }

  // No clips are recorded for the booking screens yet: the guide offers their buttons without words.
  if (kiosk.step === 'checkin') return { screen: base, prompt: [], choices: [back, helpChoice] };

  if (kiosk.step === 'services' && kiosk.sector) {
    const sector = kiosk.sector;
    const choices: Choice[] = sector.services.map((s, i) => ({
      key: `service:${s.id}`,
      target: `service-${s.id}`,
      clips: serviceClips(s.id, i, named, lang),
      run: () => kiosk.chooseService(s.id),
    }));
    choices.push({
      key: 'service:other',
      target: 'service-other',
      clips: ['other-service'],
      run: () => kiosk.chooseService(null),
    });
    const prompt = [
      ...sectorClips(sector, named),
      ...(kiosk.tile?.noDesk ? ['no-desk'] : []),
      'choose-service',
    ];
    return { screen: base, prompt, choices: [...choices, back, helpChoice] };
  }

  if (kiosk.step === 'priority') {
    const choices: Choice[] = PRIORITY_KINDS.map((kind) => ({
      key: `priority:${kind}`,
      target: `priority-${kind}`,
      clips: [`priority-${kind}`],
      run: () => void kiosk.issue(kind),
    }));
    choices.push({
      key: 'priority:none',
      target: 'priority-none',
      clips: ['priority-none'],
      run: () => void kiosk.issue(null),
    });
    const prompt = [...(kiosk.tile?.noDesk ? ['no-desk'] : []), 'priority-question'];
    return { screen: base, prompt, choices: [...choices, back, helpChoice] };
  }

  const offered = kiosk.conn.snapshot?.office.languages ?? [];
  const langs: Choice[] = offered
    .filter((l) => l !== lang)
    .map((l) => ({
      key: `lang:${l}`,
      target: `lang-${l}`,
      clips: ['lang'],
      lang: l,
      run: () => kiosk.setLang(l),
    }));
  const sectors: Choice[] = kiosk.tiles.map((tile) => ({
    key: `sector:${tile.info.id}`,
    target: `sector-${tile.info.id}`,
    clips: [
      ...sectorClips(tile.info, named),
      ...(tile.blocked
        ? ['not-available']
        : tile.noDesk
          ? ['no-desk']
          : ['in-queue', ...numberClips(tile.live?.waiting ?? 0, lang)]),
    ],
    disabled: tile.blocked !== null,
    run: () => kiosk.chooseSector(tile.info.id),
  }));
  return { screen: base, prompt: ['choose-sector'], choices: [...sectors, ...langs, helpChoice] };
}
