// Electron entry: read the switches and the saved config, then open the role's window, or the first-run
// settings when the role or server is not known yet. All decisions live in the plain modules beside it.
import { Menu, app, type BrowserWindow } from 'electron';
import { parseShellArgs } from './args.js';
import { loadConfig, resolveLaunch, saveConfig } from './config-store.js';
import { roleBehaviour } from './role-behaviour.js';
import { openRoleWindow } from './role-window.js';
import { openSetupWindow } from './setup-window.js';

const args = parseShellArgs(process.argv);
for (const problem of args.problems) console.error(`kezek: ${problem}`);
const configDir = app.getPath('userData');
const saved = args.reset ? null : loadConfig(configDir);
const launch = resolveLaunch(args, saved);

// Switches Chromium reads at start (sound without a tap on the display, no pinch on shared screens).
const behaviour = launch ? roleBehaviour(launch.role) : null;
for (const [name, value] of behaviour?.switches ?? []) app.commandLine.appendSwitch(name, value);

if (!app.requestSingleInstanceLock()) app.exit(0);
Menu.setApplicationMenu(null);

let main: BrowserWindow | undefined;
app.on('second-instance', () => main?.focus());
app.on('window-all-closed', () => app.quit());

void app.whenReady().then(() => {
  if (!launch) {
    openSetupWindow(configDir, { ...saved, ...args }, saved);
    return;
  }
  // Switches given at start are remembered, so the next start needs none.
  if (JSON.stringify(launch) !== JSON.stringify(saved)) saveConfig(configDir, launch);
  main = openRoleWindow(launch, () => {
    if (main) openSetupWindow(configDir, launch, launch, main);
  });
  // The kiosk and the display have no close button; only the settings' "quit" ends them.
  if (!behaviour?.closable) main.on('close', (event) => event.preventDefault());
});
