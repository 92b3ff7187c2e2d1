// The clip sets the server announces calls with: the defaults shipped in server/voices/, overlaid per
// language by an office's own recordings in the data folder's voice/<lang>/. Read once at start.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_VOICE_LANGUAGES, LANGS, type Announcement, type CallView, type Lang } from '@kezek/shared';
import { overlay, parseManifest, type VoiceManifest } from './manifest.js';
import { playlist, type CallForm } from './playlist.js';

/** server/voices, from src/voice/ (tests) and dist/voice/ (the built server) alike. */
export const DEFAULT_VOICE_DIR = fileURLToPath(new URL('../../voices', import.meta.url));

export class Voice {
  constructor(readonly manifests: ReadonlyMap<Lang, VoiceManifest>) {}

  /**
   * The ticket's language first, then the office's others in their order, `count` in all; languages
   * without clips are skipped. Each part carries the brief form the display says while calls queue up.
   */
  announce(call: CallView, languages: readonly Lang[], count = DEFAULT_VOICE_LANGUAGES): Announcement {
    const order = [call.lang, ...languages.filter((l) => l !== call.lang)];
    return order
      .filter((lang) => this.manifests.has(lang))
      .slice(0, Math.max(1, count))
      .map((lang) => {
        const manifest = this.manifests.get(lang) as VoiceManifest;
        const say = (form: CallForm) => playlist(call.number, call.deskNumber, lang, manifest, form);
        return { lang, clips: say('full'), brief: say('brief') };
      });
  }

  /** Calls as sent to displays: each with what the hall hears. */
  decorate(calls: readonly CallView[], languages: readonly Lang[], count?: number): CallView[] {
    return calls.map((call) => ({ ...call, announce: this.announce(call, languages, count) }));
  }
}

export async function loadVoice(officeDir: string | null, defaultDir = DEFAULT_VOICE_DIR): Promise<Voice> {
  const manifests = new Map<Lang, VoiceManifest>();
  for (const lang of LANGS) {
    const base = parseManifest(lang, await readJson(join(defaultDir, lang, 'manifest.json')));
    const own = officeDir
      ? parseManifest(lang, await readJson(join(officeDir, lang, 'manifest.json')))
      : null;
    const merged = base && own ? overlay(base, own) : (own ?? base);
    if (merged) manifests.set(lang, merged);
  }
  return new Voice(manifests);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    // No manifest (the usual case for an office) or a broken one: the defaults speak instead.
    return null;
  }
}
