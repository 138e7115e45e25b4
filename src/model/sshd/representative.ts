import { parseCidr } from './patterns.js';
import type { ConnectionSpec, SshdMatchBlock } from './types.js';

/**
 * A connection that satisfies a Match block's criteria as far as a concrete value can: the first positive entry of
 * each pattern list with wildcards filled in, the network address of a CIDR. contexts() also forces the block (and
 * the blocks it is included under) to match, so criteria a concrete value cannot satisfy (Group) still apply; other
 * blocks are evaluated normally against this connection. LocalPort defaults to -1, which matches no block.
 */
export function representativeConnection(block: SshdMatchBlock): ConnectionSpec {
  let spec: { -readonly [K in keyof ConnectionSpec]: ConnectionSpec[K] } = { lport: -1 };
  for (const c of block.criteria) {
    const first = firstPositive(c.patterns.value);
    if (first === null) continue;
    switch (c.attribute) {
      case 'user':
        spec = { ...spec, user: example(first) };
        break;
      case 'host':
        spec = { ...spec, host: example(first).toLowerCase() };
        break;
      case 'address':
        spec = { ...spec, addr: exampleAddress(first) };
        break;
      case 'localaddress':
        spec = { ...spec, laddr: exampleAddress(first) };
        break;
      case 'localport': {
        const n = Number(first);
        if (Number.isInteger(n) && n > 0) spec = { ...spec, lport: n };
        break;
      }
      case 'rdomain':
        spec = { ...spec, rdomain: example(first) };
        break;
      default:
        break;
    }
  }
  return spec;
}

function firstPositive(list: string): string | null {
  for (const p of list.split(',')) if (p !== '' && !p.startsWith('!')) return p;
  return null;
}

function example(pattern: string): string {
  const v = pattern.replace(/\*/g, 'x').replace(/\?/g, 'x');
  return v === '' ? 'x' : v;
}

function exampleAddress(pattern: string): string {
  const c = parseCidr(pattern);
  if (c.r === 0) {
    const bytes = c.addr.bytes;
    if (c.addr.kind === 'ipv4') return bytes.join('.');
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
    return groups.join(':');
  }
  return pattern.includes(':') ? pattern.replace(/[*?]/g, '1') : pattern.replace(/\*/g, '1').replace(/\?/g, '1');
}
