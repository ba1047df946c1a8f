import type { NetworkInterfaceInfo } from 'node:os'
import { networkInterfaces } from 'node:os'

/**
 * The IPv4 addresses other devices on the room's network can reach this computer at (Wi-Fi,
 * Ethernet, a hotspot), loopback and link-local ones left out; most likely first (192.168.x, 10.x,
 * then 172.16–31.x, then the rest).
 */
const PRIVATE_172 = /^172\.(?:1[6-9]|2\d|3[01])\./

export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const rank = (ip: string): number => ip.startsWith('192.168.') ? 0 : ip.startsWith('10.') ? 1 : PRIVATE_172.test(ip) ? 2 : 3
  return Object.values(interfaces)
    .flatMap(list => list ?? [])
    .filter(info => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'))
    .map(info => info.address)
    .sort((a, b) => rank(a) - rank(b))
}

/** Whether a listening address accepts connections from other devices (all interfaces). */
export function listensOnNetwork(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === ''
}
