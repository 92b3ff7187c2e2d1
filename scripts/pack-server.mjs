// `npm run pack:server`: the built server, the built apps and the production node_modules in one tarball
// that runs with Node 20+ alone: `tar xzf … && node server/dist/index.js`. Build it on the same OS and CPU
// as the server (the canvas module for tickets ships a native binary per platform). docs/deploy.md.
// `--out DIR` writes the tarball there instead of release/ (the end-to-end test packs into a temp folder).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `kezek-server-${version}-${process.platform}-${process.arch}`;
const stage = join(mkdtempSync(join(tmpdir(), 'kezek-pack-')), name);

const BUILT = ['shared/dist', 'server/dist', 'kiosk/dist', 'display/dist', 'operator/dist'];
for (const dir of BUILT) {
  if (!existsSync(join(root, dir))) throw new Error(`${dir} is missing: run npm run build first`);
}
const copy = (from, to = from) =>
  cpSync(join(root, from), join(stage, to), {
    recursive: true,
    filter: (src) =>
      !src.endsWith('.map') && !src.endsWith('.tsbuildinfo') && !src.includes(`${sep}test-support`),
  });
for (const dir of [...BUILT, 'server/voices', 'server/deploy']) if (existsSync(join(root, dir))) copy(dir);
for (const file of ['shared/package.json', 'server/package.json', 'docs/deploy.md', 'README.md']) copy(file);
writeFileSync(
  join(stage, 'package.json'),
  `${JSON.stringify({ name: 'kezek-server', version, private: true, type: 'module', scripts: { start: 'node server/dist/index.js' } }, null, 2)}\n`,
);

// The server's production dependencies as npm resolved them here (dev tools and the apps' bundled
// browser libraries stay out). The workspace packages become links to the copies above.
const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable', '-w', '@kezek/server'], {
  cwd: root,
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
// npm nests a package under server/node_modules when its version clashes with a hoisted one: both count.
const roots = [join(root, 'node_modules') + sep, join(root, 'server', 'node_modules') + sep];
const paths = ls.stdout
  .split(/\r?\n/)
  .filter((p) => roots.some((r) => p.startsWith(r)))
  .sort();
let copied = 0;
let last = null;
for (const path of paths) {
  const rel = relative(root, path);
  if (last && rel.startsWith(last + sep)) continue; // already inside a copied package
  if (rel.startsWith(join('node_modules', '@kezek'))) {
    const target = join(stage, rel);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join('..', '..', rel.split(sep).pop()), target, 'junction');
  } else {
    copy(rel);
    copied++;
  }
  last = rel;
}

const outArg = process.argv.indexOf('--out');
const out =
  outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, 'release');
mkdirSync(out, { recursive: true });
const tarball = join(out, `${name}.tar.gz`);
const tar = spawnSync('tar', ['-czf', tarball, '-C', join(stage, '..'), name], { stdio: 'inherit' });
rmSync(join(stage, '..'), { recursive: true, force: true });
if (tar.status !== 0) process.exit(tar.status ?? 1);
console.log(`kezek: ${tarball} (${copied} packages)`);
