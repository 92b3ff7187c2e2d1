#!/usr/bin/env node
// Part of `npm run voices`: speaks the kiosk's voice guidance (scripts/voices-kiosk-words.mjs) with
// espeak-ng into kiosk/public/voice/<lang>/, served with the kiosk at /kiosk/voice/<lang>/<name>.ogg.
// Committed like the hall's clips. Needs a built server (tsc -b) and espeak-ng, sox, opus-tools.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KIOSK_VOICES } from './voices-kiosk-words.mjs';

const OUT = resolve(import.meta.dirname, '..', 'kiosk', 'public', 'voice');
const tmp = mkdtempSync(join(tmpdir(), 'kezek-kiosk-voices-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** The same shaping as the hall's clips: silence trimmed at both ends, a short pause after, Opus 24 kbit/s. */
function clip(voice, text, file) {
  const wav = join(tmp, 'raw.wav');
  const trimmed = join(tmp, 'trimmed.wav');
  run('espeak-ng', ['-v', voice, '-s', '150', '-w', wav, text]);
  run('sox', [wav, '-r', '24000', '-b', '16', trimmed, 'silence', '1', '0.02', '1%', 'reverse']);
  run('sox', [trimmed, join(tmp, 'end.wav'), 'silence', '1', '0.02', '1%', 'reverse', 'pad', '0', '0.15']);
  run('opusenc', ['--quiet', '--bitrate', '24', join(tmp, 'end.wav'), file]);
}

try {
  for (const [lang, spec] of Object.entries(KIOSK_VOICES)) {
    const dir = join(OUT, lang);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(spec.clips)) clip(spec.espeak, text, join(dir, `${name}.ogg`));
    // The kiosk reads it to know which sector and service names have a clip of their own.
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(Object.keys(spec.clips).sort())}\n`);
    process.stdout.write(`kiosk ${lang}: ${Object.keys(spec.clips).length} clips\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
