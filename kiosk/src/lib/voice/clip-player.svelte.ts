// Plays clips back to back through one <audio> element. A new playlist cuts the old one off at once: at
// the kiosk the visitor's last press is what matters, unlike the hall, where no call may be cut.
import type { Lang } from '@kezek/shared';

export class ClipPlayer {
  /** What is being said, as clip names (also rendered for tests and screen readers). */
  said = $state.raw<string[]>([]);
  /** Clips the browser started playing since the page opened (sound refused leaves it at 0). */
  started = $state(0);

  #audio: HTMLAudioElement | null = null;
  #run = 0;

  constructor(readonly base: string) {}

  say(lang: Lang, clips: readonly string[]): void {
    const run = ++this.#run;
    this.said = [...clips];
    this.#audio ??= new Audio();
    this.#audio.pause();
    void this.#playFrom(run, lang, clips, 0);
  }

  stop(): void {
    this.#run++;
    this.said = [];
    this.#audio?.pause();
  }

  async #playFrom(run: number, lang: Lang, clips: readonly string[], i: number): Promise<void> {
    const audio = this.#audio;
    const name = clips[i];
    if (!audio || name === undefined || run !== this.#run) return;
    audio.src = `${this.base}${lang}/${name}.ogg`;
    await new Promise<void>((resolve) => {
      audio.onended = () => resolve();
      // A missing or broken clip, or sound refused, is skipped: the rest of the sentence still helps.
      audio.onerror = () => resolve();
      audio.play().then(
        () => this.started++,
        () => resolve(),
      );
    });
    await this.#playFrom(run, lang, clips, i + 1);
  }
}
