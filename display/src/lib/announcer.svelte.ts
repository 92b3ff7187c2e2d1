// Speaks calls: the chime, then the server's playlist (the ticket's language first), clip after clip.
// Calls wait their turn in a queue, so one never cuts another off; a recall is simply spoken again.
import type { CallView } from '@kezek/shared';

export const CHIME_URL = '/voice/chime.ogg';
/** A breath between languages, so "…терезеге өтіңіз" and "А ноль…" do not run together. */
const GAP_BETWEEN_LANGS_MS = 350;
/** A clip that neither ends nor fails in this time (a stalled download) is given up on. */
const CLIP_TIMEOUT_MS = 8000;

export interface PlayedClip {
  url: string;
  /** callKey of the call it belongs to. */
  call: string;
  start: number;
  end: number;
}

declare global {
  interface Window {
    /** Every clip played, in order: what the end-to-end tests read to check order and overlap. */
    __kezekPlayed?: PlayedClip[];
  }
}

export interface AnnouncerOptions {
  /** 0..1, from settings.content.volume. */
  volume: () => number;
  /** True during the office's quiet hours: calls are shown, not spoken. */
  quiet: () => boolean;
}

export class Announcer {
  /** The clip playing now, or null. */
  nowPlaying = $state<string | null>(null);
  /** The browser refused to play without a tap (no kiosk autoplay flag): show the one-time overlay. */
  needsTap = $state(false);

  #queue: { call: CallView; key: string }[] = [];
  #busy = false;
  #unlocked: (() => void) | null = null;
  readonly #options: AnnouncerOptions;

  constructor(options: AnnouncerOptions) {
    this.#options = options;
    window.__kezekPlayed = [];
    // A suspended AudioContext at start means the autoplay policy will block sound until someone taps.
    const probe = new AudioContext();
    if (probe.state === 'suspended') this.needsTap = true;
    void probe.close();
  }

  enqueue(calls: readonly CallView[], keyOf: (c: CallView) => string): void {
    for (const call of calls) this.#queue.push({ call, key: keyOf(call) });
    void this.#drain();
  }

  /** The tap on the overlay: the gesture that lets the page play sound from now on. */
  unlock(): void {
    this.needsTap = false;
    this.#unlocked?.();
    this.#unlocked = null;
  }

  async #drain(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        if (this.#options.quiet()) continue;
        await this.#say(next.call, next.key);
      }
    } finally {
      this.#busy = false;
    }
  }

  async #say(call: CallView, key: string): Promise<void> {
    const parts = call.announce ?? [];
    // Start every download at once, so the clips follow each other without a gap for loading.
    const load = (url: string) => Object.assign(new Audio(url), { preload: 'auto' });
    const chime = load(CHIME_URL);
    const audios = parts.map((p) => p.clips.map(load));
    await this.#play(chime, CHIME_URL, key);
    for (const [i, clips] of audios.entries()) {
      if (i > 0) await new Promise((r) => setTimeout(r, GAP_BETWEEN_LANGS_MS));
      for (const audio of clips) await this.#play(audio, audio.src, key);
    }
  }

  async #play(audio: HTMLAudioElement, url: string, call: string): Promise<void> {
    audio.volume = Math.min(1, Math.max(0, this.#options.volume()));
    const start = performance.now();
    // audio.src is absolute; the log keeps the path, as the server sent it.
    const path = url.startsWith(location.origin) ? url.slice(location.origin.length) : url;
    this.nowPlaying = path;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, CLIP_TIMEOUT_MS);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        audio.addEventListener('ended', done, { once: true });
        audio.addEventListener('error', done, { once: true });
        audio.play().catch((err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        });
      });
    } catch (err) {
      if (!(err instanceof Error && err.name === 'NotAllowedError')) return;
      // Blocked by the autoplay policy: wait for the tap, then say this clip again.
      this.needsTap = true;
      await new Promise<void>((resolve) => (this.#unlocked = resolve));
      return await this.#play(audio, url, call);
    } finally {
      this.nowPlaying = null;
    }
    window.__kezekPlayed?.push({ url: path, call, start, end: performance.now() });
  }
}
