import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data directory: $XDG_DATA_HOME (or ~/.local/share), ~/Library/Application Support, or %LOCALAPPDATA%. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(homedir(), 'AppData', 'Local'), 'casual-memory');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'casual-memory');
  const xdg = env['XDG_DATA_HOME'];
  return join(xdg?.startsWith('/') ? xdg : join(homedir(), '.local', 'share'), 'casual-memory');
}
