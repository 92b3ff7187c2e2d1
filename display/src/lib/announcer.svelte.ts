// Speaks calls: the chime, then the server's playlist (the ticket's language first), clip after clip.
// Calls wait their turn in a queue, so one never cuts another off; a recall is simply spoken again.
// When calls queue up the backlog is shortened, never dropped: a call that others wait behind is said
// once, briefly ("A twelve, desk three") in its ticket's language; a call already being said finishes
// the language it is in and leaves out the rest; one chime opens a run of calls said back to back.
import type { CallView } from '@kezek/shared';
import { ClipPlayer } from './clip-player.ts';

export const CHIME_URL = '/voice/chime.ogg';
/** A breath between languages, so "…терезеге өтіңіз" and "А ноль…" do not run together. */
const GAP_BETWEEN_LANGS_MS = 350;
/** A breath between two calls said back to back. */
const GAP_BETWEEN_CALLS_MS = 200;
/** A call that starts within this time of the last one's end belongs to the same run: no second chime. */
const RUN_MS = 1500;

export interface PlayedClip {
  url: string;
  /** callKey of the call it belongs to. */
  call: string;
  start: number;
  end: number;
}

/** When each call began to be heard: what the tests read as the delay from call to announcement. */
export interface SpokenCall {
  call: string;
  /** Office time of the call and of the start of its announcement (chime or first word). */
  at: number;
  startedAt: number;
  brief: boolean;
}

declare global {
  interface Window {
    /** Every clip played, in order: what the end-to-end tests read to check order and overlap. */
    __kezekPlayed?: PlayedClip[];
    __kezekSpoken?: SpokenCall[];
  }
}

export interface AnnouncerOptions {
  /** 0..1, from settings.content.volume. */
  volume: () => number;
  /** True during the office's quiet hours: calls are shown, not spoken. */
  quiet: () => boolean;
  /** The office's clock (the server's time), for the delay log. */
  now: () => number;
}

export class Announcer {
  /** The clip playing now, or null. */
  nowPlaying = $state<string | null>(null);
  /** The browser refused to play without a tap (no kiosk autoplay flag): show the one-time overlay. */
  needsTap = $state(false);

  #queue: { call: CallView; key: string }[] = [];
  #busy = false;
  /** performance.now() when the last call's last clip ended. */
  #lastEnd = -Infinity;
  #unlocked: (() => void) | null = null;
  readonly #options: AnnouncerOptions;
  readonly #player = new ClipPlayer();

  constructor(options: AnnouncerOptions) {
    this.#options = options;
    window.__kezekPlayed = [];
    window.__kezekSpoken = [];
    // A suspended AudioContext at start means the autoplay policy will block sound until someone taps.
    if (this.#player.ctx.state === 'suspended') this.needsTap = true;
    void this.#player.load(CHIME_URL);
  }

  enqueue(calls: readonly CallView[], keyOf: (c: CallView) => string): void {
    for (const call of calls) {
      this.#queue.push({ call, key: keyOf(call) });
      // Fetch and decode now, so the words are ready when the call's turn comes.
      for (const part of call.announce ?? [])
        for (const url of [...part.clips, ...(part.brief ?? [])]) void this.#player.load(url);
    }
    void this.#drain();
  }

  /** The tap on the overlay: the gesture that lets the page play sound from now on. */
  unlock(): void {
    this.needsTap = false;
    void this.#player.ctx.resume();
    this.#unlocked?.();
    this.#unlocked = null;
  }

  async #drain(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        if (this.#options.quiet()) continue;
        await this.#audible();
        await this.#say(next.call, next.key);
      }
    } finally {
      this.#busy = false;
    }
  }

  /** Waits for the tap if the autoplay policy still holds the sound back. */
  async #audible(): Promise<void> {
    const ctx = this.#player.ctx;
    if (ctx.state === 'running') return;
    await Promise.race([ctx.resume(), new Promise((r) => setTimeout(r, 300))]);
    if ((ctx.state as AudioContextState) === 'running') return;
    this.needsTap = true;
    await new Promise<void>((resolve) => (this.#unlocked = resolve));
  }

  async #say(call: CallView, key: string): Promise<void> {
    const parts = call.announce ?? [];
    const waiting = () => this.#queue.length > 0;
    const inRun = performance.now() - this.#lastEnd < RUN_MS;
    let first: PlayedClip | undefined;
    if (inRun) await pause(GAP_BETWEEN_CALLS_MS);
    else first = (await this.#play([CHIME_URL], key))[0];
    // Decided after the chime: calls made together reach the display a few milliseconds apart.
    const brief = waiting();
    const said = brief ? [parts[0]?.brief ?? parts[0]?.clips ?? []] : parts.map((p) => p.clips);
    for (const [i, clips] of said.entries()) {
      // Others are waiting: this call has been said whole in its own language, the rest can go.
      if (i > 0 && waiting()) break;
      if (i > 0) await pause(GAP_BETWEEN_LANGS_MS);
      const played = await this.#play(clips, key);
      first ??= played[0];
    }
    this.#lastEnd = performance.now();
    // The delay the hall hears: from the call to the first sound of its announcement.
    const heard = first ? this.#options.now() - (performance.now() - first.start) : this.#options.now();
    window.__kezekSpoken?.push({ call: key, at: call.at, startedAt: Math.round(heard), brief });
  }

  /** Plays clips back to back; returns what played (and logs it for the tests). */
  async #play(urls: string[], call: string): Promise<PlayedClip[]> {
    const played = await this.#player.play(urls, this.#options.volume(), (url) => (this.nowPlaying = url));
    const log = played.map((p) => ({ ...p, call }));
    window.__kezekPlayed?.push(...log);
    return log;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
