// Reads the few keys of a systemd unit file the tests start the server from (server/deploy/kezek.service).

export interface ServiceUnit {
  execStart: string;
  workingDirectory: string;
  environment: Record<string, string>;
}

export function parseUnit(text: string): ServiceUnit {
  const unit: ServiceUnit = { execStart: '', workingDirectory: '', environment: {} };
  for (const line of text.split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line.trim());
    if (!m?.[1] || m[2] === undefined) continue;
    const [, key, value] = m;
    if (key === 'ExecStart') unit.execStart = value;
    if (key === 'WorkingDirectory') unit.workingDirectory = value;
    if (key === 'Environment') {
      const eq = value.indexOf('=');
      unit.environment[value.slice(0, eq)] = value.slice(eq + 1);
    }
  }
  return unit;
}
