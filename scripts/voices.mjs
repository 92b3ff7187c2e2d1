#!/usr/bin/env node
// `npm run voices`: speaks the default clip set with espeak-ng into server/voices/<lang>/ (Ogg Opus, mono)
// and writes each language's manifest.json, plus the chime. The files are committed, so offices and CI
// never need espeak-ng; run this only to change the default words (scripts/voices-words.mjs).
// Needs: apt-get install -y espeak-ng sox opus-tools
// `npm run voices -- --new-only` speaks only the clips not there yet and leaves the others byte for byte
// (every encode differs, so remaking all of them would change every committed file).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VOICES } from './voices-words.mjs';

const OUT = resolve(import.meta.dirname, '..', 'server', 'voices');
const tmp = mkdtempSync(join(tmpdir(), 'kezek-voices-'));
const newOnly = process.argv.includes('--new-only');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Speak, trim the silence espeak leaves around words (clips play back to back), encode small. */
function clip(voice, text, file) {
  const wav = join(tmp, 'raw.wav');
  const trimmed = join(tmp, 'trimmed.wav');
  run('espeak-ng', ['-v', voice, '-s', '150', '-w', wav, text]);
  // silence 1 0.05 1%: cut the start up to the first sound; reverse/again/reverse: the same at the end.
  run('sox', [
    wav,
    '-r',
    '24000',
    '-b',
    '16',
    trimmed,
    'silence',
    '1',
    '0.02',
    '1%',
    'reverse',
    'silence',
    '1',
    '0.02',
    '1%',
    'reverse',
    'pad',
    '0',
    '0.08',
  ]);
  run('opusenc', ['--quiet', '--bitrate', '24', trimmed, file]);
}

/** A two-tone "ding-dong" the hall hears before every call. */
function chime(file) {
  const wav = join(tmp, 'chime.wav');
  run('sox', [
    '-n',
    '-r',
    '24000',
    '-b',
    '16',
    '-c',
    '1',
    wav,
    'synth',
    '0.45',
    'sine',
    '880',
    'fade',
    'q',
    '0.01',
    '0.45',
    '0.4',
    ':',
    'synth',
    '0.7',
    'sine',
    '660',
    'fade',
    'q',
    '0.01',
    '0.7',
    '0.65',
    'gain',
    '-4',
    'pad',
    '0',
    '0.2',
  ]);
  run('opusenc', ['--quiet', '--bitrate', '32', wav, file]);
}

try {
  mkdirSync(OUT, { recursive: true });
  if (!newOnly || !existsSync(join(OUT, 'chime.ogg'))) chime(join(OUT, 'chime.ogg'));
  for (const [lang, spec] of Object.entries(VOICES)) {
    const dir = join(OUT, lang);
    if (!newOnly) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const say = (name, text) => {
      if (!newOnly || !existsSync(join(dir, name))) clip(spec.espeak, text, join(dir, name));
      return name;
    };
    const manifest = { lang, source: `espeak-ng -v ${spec.espeak}`, letters: {}, numbers: {} };
    for (const [key, text] of Object.entries(spec.phrases))
      manifest[key] = say(`${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ogg`, text);
    for (const [letter, text] of Object.entries(spec.letters))
      manifest.letters[letter] = say(`letter-${letter.toLowerCase()}.ogg`, text);
    for (const [key, text] of Object.entries(spec.numbers))
      manifest.numbers[key] = say(`number-${key}.ogg`, text);
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    process.stdout.write(
      `${lang}: ${Object.keys(spec.letters).length + Object.keys(spec.numbers).length + Object.keys(spec.phrases).length} clips\n`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
