// Voice guidance for a visitor who cannot read the screen: the kiosk says where they are, then "Next"
// reads the choices one at a time and "Choose" takes the one just heard. Two buttons (or keys) are all a
// blind visitor must learn; the choice being read is also outlined on screen for whoever helps them.
import { untrack } from 'svelte';
import { LANGS, type Lang } from '@kezek/shared';
import type { HelpCall } from '../help-call.svelte.ts';
import type { Kiosk } from '../kiosk.svelte.ts';
import { ClipPlayer } from './clip-player.svelte.ts';
import { screenSpeech, type Choice } from './voice-screens.ts';

const TICKET_HEARD_SEC = 45;

/** Keys of a keyboard or keypad attached to the kiosk. */
const KEYS: Record<string, 'toggle' | 'next' | 'previous' | 'choose' | 'back'> = {
  F1: 'toggle',
  '*': 'toggle',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Tab: 'next',
  '+': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  '-': 'previous',
  Enter: 'choose',
  ' ': 'choose',
  Escape: 'back',
  Backspace: 'back',
};

export class VoiceGuide {
  on = $state(false);
  /** The choice last read; -1 while the screen's prompt is read. */
  index = $state(-1);
  readonly player: ClipPlayer;

  /** Clips the kiosk has, per language (voice/<lang>/manifest.json): which sectors have their names recorded. */
  clips = $state.raw<Partial<Record<Lang, ReadonlySet<string>>>>({});
  // Never changed: no reactivity needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #none: ReadonlySet<string> = new Set();
  speech = $derived.by(() => screenSpeech(this.kiosk, this.help, this.clips[this.kiosk.lang] ?? this.#none));
  /** A string, so new counts or a loaded manifest (a new speech object) do not count as a new screen. */
  screen: string = $derived(this.speech.screen);
  focused: Choice | null = $derived(this.on ? (this.speech.choices[this.index] ?? null) : null);

  constructor(
    readonly kiosk: Kiosk,
    readonly help: HelpCall,
    base: string,
  ) {
    this.player = new ClipPlayer(base);
    kiosk.onReset(() => this.#off());
    $effect(() => {
      const target = this.focused?.target ?? null;
      untrack(() => outline(target));
    });
    // A new screen (or its language) starts again from its prompt.
    $effect(() => {
      const key = this.screen;
      untrack(() => {
        if (this.on && key) this.#prompt();
      });
    });
  }

  toggle(): void {
    if (this.on) {
      this.player.say(this.kiosk.lang, ['voice-off']);
      this.on = false;
      this.index = -1;
    } else {
      this.on = true;
      this.#prompt(['intro']);
      void this.#loadManifests();
    }
    this.kiosk.touch(false);
  }

  next(step = 1): void {
    const n = this.speech.choices.length;
    if (!this.on || n === 0) return;
    this.index = this.index < 0 ? (step > 0 ? 0 : n - 1) : (this.index + step + n) % n;
    this.#read();
  }

  async choose(): Promise<void> {
    const choice = this.focused;
    if (!choice) return this.next();
    if (choice.key === 'help') {
      const sent = await this.help.call();
      this.player.say(this.kiosk.lang, [sent ? 'help-sent' : 'help-failed']);
      return;
    }
    if (choice.disabled) return this.player.say(this.kiosk.lang, ['not-available']);
    choice.run();
  }

  /** A key from an attached keyboard or keypad; returns whether it was the guide's. */
  key(event: KeyboardEvent): boolean {
    const action = KEYS[event.key];
    if (!action) return false;
    event.preventDefault();
    this.kiosk.touch(false);
    // Any guide key switches voice on: a visitor who cannot see the screen has no other way to start it.
    if (!this.on || action === 'toggle') this.toggle();
    else if (action === 'next') this.next();
    else if (action === 'previous') this.next(-1);
    else if (action === 'choose') void this.choose();
    else this.kiosk.back();
    return true;
  }

  async #loadManifests(): Promise<void> {
    if (Object.keys(this.clips).length > 0) return;
    const loaded: Partial<Record<Lang, ReadonlySet<string>>> = {};
    for (const lang of LANGS) {
      try {
        const res = await fetch(`${this.player.base}${lang}/manifest.json`);
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never changed in place
        if (res.ok) loaded[lang] = new Set((await res.json()) as string[]);
      } catch {
        // Without a manifest every sector is read by its letter.
      }
    }
    this.clips = loaded;
  }

  #prompt(before: string[] = []): void {
    this.index = -1;
    // The ticket read aloud takes a while: it stays up long enough to hear it, and once more.
    if (this.kiosk.step === 'ticket') this.kiosk.holdTicket(TICKET_HEARD_SEC);
    this.player.say(this.kiosk.lang, [...before, ...this.speech.prompt]);
  }

  #read(): void {
    const choice = this.focused;
    if (choice) this.player.say(choice.lang ?? this.kiosk.lang, choice.clips);
  }

  #off(): void {
    if (!this.on) return;
    this.on = false;
    this.index = -1;
    this.player.stop();
  }
}

export type { Choice };

/** Outlines the button being read (and brings it into view), for whoever stands beside the visitor. */
function outline(target: string | null): void {
  for (const el of document.querySelectorAll('.voice-focus')) el.classList.remove('voice-focus');
  if (!target) return;
  const el = document.querySelector(`[data-testid="${target}"]`);
  el?.classList.add('voice-focus');
  el?.scrollIntoView({ block: 'nearest' });
}
