// electron-builder cannot run here (it downloads Electron), so its config is checked against the build:
// npm test builds first, then this holds that the packaged app would find everything it starts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'shared/electron/dist');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  appId: string;
  extraMetadata: { main: string };
  files: string[];
  win: { target: { target: string }[] };
  linux: { target: { target: string }[]; maintainer: string };
};

describe('electron-builder.yml', () => {
  it('builds a Windows NSIS installer and Linux AppImage and deb packages', () => {
    expect(config.appId).toBe('kz.kezek.shell');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/); // a .deb needs a maintainer address
  });

  it('starts the built shell, which exists after the build', () => {
    expect(config.extraMetadata.main).toBe('shared/electron/dist/main.js');
    expect(existsSync(join(ROOT, config.extraMetadata.main)), 'run `npm run build` first').toBe(true);
  });

  it('every files entry matches something that was built', () => {
    for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
      const star = pattern.indexOf('*');
      const base = join(ROOT, star < 0 ? pattern : pattern.slice(0, star));
      expect(existsSync(base), pattern).toBe(true);
      if (star >= 0) {
        const ext = pattern.slice(pattern.lastIndexOf('.'));
        expect(
          readdirSync(base).some((f) => f.endsWith(ext)),
          pattern,
        ).toBe(true);
      }
    }
    // The main process runs as an ES module because shared/package.json says "type": "module".
    expect(JSON.parse(readFileSync(join(ROOT, 'shared/package.json'), 'utf8')).type).toBe('module');
  });

  it("each role's sandboxed preload is built as CommonJS and requires nothing but electron", () => {
    for (const name of [...ROLES, 'setup']) {
      const code = readFileSync(join(DIST, `preload-${name}.cjs`), 'utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(required, name).toEqual(['electron']);
    }
  });
});
