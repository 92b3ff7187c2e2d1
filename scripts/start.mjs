// `npm start`: build what is missing or older than its sources, then run the server with the built apps.
// Arguments after `npm start --` go to the server (e.g. `npm start -- --port 9000`).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PACKAGES = ['shared', 'server', 'kiosk', 'display', 'operator'];

/** Newest modification time below `dir`, skipping build output and dependencies. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const s = statSync(dir);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.') || name.includes('.test.'))
      continue;
    max = Math.max(max, newest(join(dir, name)));
  }
  return max;
}

function stale() {
  const shared = newest(join(root, 'shared', 'src'));
  return PACKAGES.some((pkg) => {
    const dist = join(root, pkg, 'dist');
    return !existsSync(dist) || Math.max(newest(join(root, pkg)), shared) > newest(dist);
  });
}

if (stale()) {
  console.log('kezek: building (first start, or sources changed)…');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [join(root, 'server', 'dist', 'index.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
