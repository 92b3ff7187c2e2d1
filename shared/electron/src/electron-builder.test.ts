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
  productName: string;
  extraMetadata: {
    main: string;
    productName: string;
    homepage: string;
    author: { name: string; email: string };
  };
  electronFuses: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
  files: string[];
  directories: { buildResources: string };
  win: { target: { target: string }[]; icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string };
  linux: { target: { target: string }[]; maintainer: string; icon: string };
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The sizes an .ico holds, each entry checked to lie inside the file and to be a PNG or a 32-bit bitmap. */
function icoSizes(ico: Buffer): number[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico[at] === 0 ? 256 : (ico[at] ?? 0);
    const [length, offset] = [ico.readUInt32LE(at + 8), ico.readUInt32LE(at + 12)];
    expect(offset + length).toBeLessThanOrEqual(ico.length);
    const image = ico.subarray(offset, offset + length);
    if (image.readUInt32BE(0) === 0x89504e47) expect(pngSize(image)).toEqual({ width: size, height: size });
    else expect([image.readInt32LE(4), image.readUInt16LE(14)]).toEqual([size, 32]);
    return size;
  });
}

describe('electron-builder.yml', () => {
  it('builds a Windows NSIS installer and Linux AppImage and deb packages', () => {
    expect(config.appId).toBe('kz.kezek.shell');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/); // a .deb needs a maintainer address
  });

  it('gives the .deb its homepage and author, and names the app Kezek as the docs do', () => {
    expect(config.productName).toBe('Kezek');
    expect(config.extraMetadata.productName).toBe('Kezek');
    expect(new URL(config.extraMetadata.homepage).protocol).toBe('https:');
    expect(config.extraMetadata.author.email).toMatch(/.+@.+/);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS, no --inspect, the app only from its asar', () => {
    // The keys of electron-builder 26's FuseOptionsV1 (https://www.electron.build/docs/tutorials/adding-electron-fuses).
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
    const known = [
      'runAsNode',
      'enableCookieEncryption',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'enableEmbeddedAsarIntegrityValidation',
      'onlyLoadAppFromAsar',
      'loadBrowserProcessSpecificV8Snapshot',
      'grantFileProtocolExtraPrivileges',
    ];
    for (const key of Object.keys(config.electronFuses)) expect(known, key).toContain(key);
  });

  it('packs the kiosk session, the user service and the Windows restart loop beside the app', () => {
    const packed = config.extraResources.flatMap((r) =>
      readdirSync(join(ROOT, r.from)).map((f) => `${r.to}/${f}`),
    );
    expect(packed).toEqual(
      expect.arrayContaining([
        'linux/kezek-kiosk.desktop',
        'linux/kezek-kiosk-session',
        'linux/kezek-shell.service',
        'windows/kezek-kiosk.cmd',
      ]),
    );
  });

  it('has the Kezek icons: a large PNG for Linux, an .ico with every Windows size for the app and NSIS', () => {
    expect(config.directories.buildResources).toBe('build');
    const png = pngSize(readFileSync(join(ROOT, config.linux.icon)));
    expect(png.width).toBe(png.height);
    expect(png.width).toBeGreaterThanOrEqual(512); // electron-builder's minimum for Linux icons
    for (const ico of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) {
      expect(icoSizes(readFileSync(join(ROOT, ico)))).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    }
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
    for (const name of [...ROLES, 'setup', 'unattended']) {
      const code = readFileSync(join(DIST, `preload-${name}.cjs`), 'utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(required, name).toEqual(['electron']);
    }
  });
});
