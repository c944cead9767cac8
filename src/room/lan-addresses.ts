import { networkInterfaces } from 'node:os';

/** An address phones on the local network could reach this laptop at. */
export interface LanAddress {
  address: string;
  interface: string;
}

/**
 * The laptop's IPv4 addresses on its networks (no loopback, no link-local 169.254.x.x): the
 * candidates for `--host`. IPv4 only, since phones join by typing or scanning a plain address.
 */
export function lanAddresses(): LanAddress[] {
  const out: LanAddress[] = [];
  for (const [name, list] of Object.entries(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push({ address: a.address, interface: name });
    }
  }
  return out;
}

/** Whether `--host` names an address of this machine the room may bind (a LAN address or a loopback one). */
export function isBindableHost(host: string): boolean {
  if (/^127\.\d+\.\d+\.\d+$/.test(host)) return true;
  return lanAddresses().some((a) => a.address === host);
}
