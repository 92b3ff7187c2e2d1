// Electron entry: read the switches and the saved config, then open the role's window, or the first-run
// settings when the role or server is not known yet or a kiosk or display has no PIN. All decisions live
// in the plain modules beside it.
import { Menu, app, powerMonitor } from 'electron';
import { parseShellArgs } from './args.js';
import type { SetupNotice } from './channels.js';
import { reloadsAfter } from './child-gone.js';
import { closeGuard } from './close-guard.js';
import { configDirIn, loadConfig, needsPin, resolveLaunch, saveConfig } from './config-store.js';
import { forcesX11, hotkeyNotice } from './linux-session.js';
import { pinGuard } from './pin-guard.js';
import { roleBehaviour } from './role-behaviour.js';
import { openRoleWindow, type RoleWindow } from './role-window.js';
import { openSetupWindow } from './setup-window.js';

const args = parseShellArgs(process.argv);
for (const problem of args.problems) console.error(`kezek: ${problem}`);
// Named here rather than taken from the package name, so it is the folder docs/deploy.md names.
const configDir = configDirIn(app.getPath('appData'));
app.setPath('userData', configDir);
const saved = args.reset ? null : loadConfig(configDir);
const launch = resolveLaunch(args, saved);
for (const name of launch.ignored) {
  console.warn(`kezek: ${name} ignored, the saved settings win (start once with --reset to replace them)`);
}
const config = launch.config;
const behaviour = config ? roleBehaviour(config.role) : null;

// Switches Chromium reads at start (sound without a tap on the display, no pinch on shared screens).
for (const [name, value] of behaviour?.switches ?? []) app.commandLine.appendSwitch(name, value);
if (forcesX11(config?.role, process.platform, process.env, process.argv)) {
  app.commandLine.appendSwitch('ozone-platform', 'x11');
}

if (!app.requestSingleInstanceLock()) app.exit(0);
Menu.setApplicationMenu(null);

// Wrong PINs are counted here, for the life of the process, whichever window asks.
const guard = pinGuard();
const close = closeGuard(behaviour?.closable ?? true);
let role: RoleWindow | undefined;

function openStaffSettings(notice?: SetupNotice): void {
  if (!role || !config) return;
  const parent = role.win;
  const { supervised } = args;
  openSetupWindow({
    configDir,
    mode: 'staff',
    current: config,
    saved: config,
    guard,
    notice,
    parent,
    supervised,
  });
}

app.on('second-instance', (_event, argv) => {
  if (parseShellArgs(argv).settings) openStaffSettings();
  else role?.win.focus();
});
app.on('window-all-closed', () => app.quit());
app.on('before-quit', () => close.allowQuit());
app.on('child-process-gone', (_event, details) => {
  if (reloadsAfter(details)) role?.recover();
});

void app.whenReady().then(() => {
  // Logout and shutdown on Linux: the unattended window must not hold the session open.
  powerMonitor.on('shutdown', () => {
    close.allowQuit();
    app.quit();
  });
  if (!config || needsPin(config)) {
    const current = config ?? { role: args.role, server: args.server, screen: args.screen };
    const notice = config ? 'pinRequired' : undefined;
    const { supervised } = args;
    openSetupWindow({ configDir, mode: 'first-run', current, saved, guard, notice, supervised });
    return;
  }
  // Switches that seeded a new device are remembered, so the next start needs none.
  if (launch.seeded) saveConfig(configDir, config);
  role = openRoleWindow(config, {
    onStaffGesture: () => openStaffSettings(),
    onHotkeyProblem: () => openStaffSettings(hotkeyNotice(process.platform, process.env)),
  });
  // The kiosk and the display have no close button; only the settings' Quit, or the system, ends them.
  role.win.on('close', (event) => close.onClose(event));
  role.win.on('session-end', () => close.allowQuit());
  if (args.settings) openStaffSettings();
});
