// `npm run dev`: TypeScript in watch mode, the server restarted on change, and the three apps on Vite's
// dev server (ports 5173-5175, proxying Socket.IO to the server on 8080).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (name, cmd, args) => {
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout.on('data', (d) => console.log(prefix(d)));
  child.stderr.on('data', (d) => console.error(prefix(d)));
  return child;
};

const children = [
  run('tsc', 'npx', ['tsc', '-b', '--watch', '--preserveWatchOutput']),
  run('server', process.execPath, [
    '--watch-path=server/dist',
    '--watch-path=shared/dist',
    'server/dist/index.js',
  ]),
  run('kiosk', 'npm', ['run', 'dev', '-w', 'kiosk']),
  run('display', 'npm', ['run', 'dev', '-w', 'display']),
  run('operator', 'npm', ['run', 'dev', '-w', 'operator']),
];
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));
