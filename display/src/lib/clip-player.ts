// Plays clips back to back on one AudioContext: each decoded once, then scheduled sample-exact, so the
// words of a call follow each other without the ~100 ms an <audio> element loses between two clips
// (a call has 4–8 clips, a busy hall hears dozens a minute).

/** A clip that does not arrive in this time (a stalled download) is left out. */
const CLIP_TIMEOUT_MS = 8000;
/** Scheduling ahead of the audio clock by this much keeps the first clip from being clipped. */
const LEAD_S = 0.03;

export interface ScheduledClip {
  url: string;
  /** performance.now() times. */
  start: number;
  end: number;
}

export class ClipPlayer {
  readonly ctx = new AudioContext();
  readonly #gain = this.ctx.createGain();
  readonly #cache = new Map<string, Promise<AudioBuffer | null>>();

  constructor() {
    this.#gain.connect(this.ctx.destination);
  }

  /** Starts (or reuses) the download and decoding of a clip; null if it cannot be had. */
  load(url: string): Promise<AudioBuffer | null> {
    let buffer = this.#cache.get(url);
    if (!buffer) {
      buffer = fetch(url, { signal: AbortSignal.timeout(CLIP_TIMEOUT_MS) })
        .then((r) => (r.ok ? r.arrayBuffer() : null))
        .then((bytes) => (bytes ? this.ctx.decodeAudioData(bytes) : null))
        .catch(() => null);
      // A clip that failed is tried again next time (the server may have been restarting).
      void buffer.then((b) => b ?? this.#cache.delete(url));
      this.#cache.set(url, buffer);
    }
    return buffer;
  }

  /**
   * Plays the clips one straight after the other and resolves when the last has ended, with the time
   * each played. `onclip` hears each clip as it starts. Clips that could not be loaded are left out.
   */
  async play(urls: string[], volume: number, onclip: (url: string | null) => void): Promise<ScheduledClip[]> {
    const buffers = await Promise.all(urls.map((u) => this.load(u)));
    this.#gain.gain.value = Math.min(1, Math.max(0, volume));
    // performance.now() at audio time 0, so the log speaks the page's clock.
    const origin = performance.now() - this.ctx.currentTime * 1000;
    let t = this.ctx.currentTime + LEAD_S;
    const played: ScheduledClip[] = [];
    for (const [i, buffer] of buffers.entries()) {
      if (!buffer) continue;
      const source = this.ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(this.#gain);
      source.start(t);
      const url = urls[i] ?? '';
      played.push({ url, start: origin + t * 1000, end: origin + (t + buffer.duration) * 1000 });
      t += buffer.duration;
    }
    for (const clip of played) setTimeout(() => onclip(clip.url), clip.start - performance.now());
    await new Promise((r) => setTimeout(r, Math.max(0, (played.at(-1)?.end ?? 0) - performance.now())));
    onclip(null);
    return played;
  }
}
