import { spawnSync } from 'node:child_process'
import process from 'node:process'

/** How a command can be run with the network closed on this machine, if at all. */
export type OfflineMode = 'network-namespace' | 'browser-only'

const QUOTE = /'/g

function canUnshare(): boolean {
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' })
  return probe.status === 0
}

/**
 * Runs `command args…` with the network closed. Where the machine allows it (root, or user
 * namespaces), the command runs in a fresh network namespace that has only loopback: nothing can
 * leave the machine, whatever asks. Elsewhere the browser alone is cut off from every host but
 * localhost (LESSON_BLOCK_NETWORK, read by scripts/export.ts).
 */
export function runOffline(command: string, args: string[], cwd: string): { mode: OfflineMode, status: number | null, output: string } {
  const quoted = [command, ...args].map(a => `'${a.replace(QUOTE, `'\\''`)}'`).join(' ')
  const mode: OfflineMode = canUnshare() ? 'network-namespace' : 'browser-only'
  const result = mode === 'network-namespace'
    ? spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && exec ${quoted}`], { cwd, encoding: 'utf8', env: { ...process.env, LESSON_BLOCK_NETWORK: '1' } })
    : spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LESSON_BLOCK_NETWORK: '1' } })
  return { mode, status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}
