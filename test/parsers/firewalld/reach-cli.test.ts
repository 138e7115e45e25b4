import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/io.js';

/** `sshlint reach` on a lone firewalld zone file evaluates it as the default zone (firewalld.zone(5) semantics). */

async function reach(args: string[]): Promise<{ verdict: string; symptom?: string; path: { line: number }[] }> {
  const io = captureIo();
  expect(await main(['reach', ...args, '--format', 'json'], io)).toBe(0);
  return JSON.parse(io.out()) as { verdict: string; symptom?: string; path: { line: number }[] };
}

describe('sshlint reach on a firewalld zone file', () => {
  it('allowed port, rejected network, and the default reject of the rest', async () => {
    const open = await reach(['fixtures/firewall-formats/firewalld/work.xml', '--port', '2222', '--from', '198.51.100.1']);
    expect(open).toMatchObject({ verdict: 'accepted', symptom: 'open' });
    expect(open.path.at(-1)?.line).toBe(6);
    expect(await reach(['fixtures/firewall-formats/firewalld/work.xml', '--port', '2222', '--from', '203.0.113.9'])).toMatchObject({ verdict: 'rejected', symptom: 'refused' });
    expect(await reach(['fixtures/firewall-formats/firewalld/work.xml', '--port', '22'])).toMatchObject({ verdict: 'rejected', symptom: 'unreachable' });
  });
});
