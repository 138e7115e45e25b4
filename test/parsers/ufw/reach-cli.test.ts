import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/io.js';

/**
 * `sshlint reach` on a lone ufw rules file reads it as ufw (wired into INPUT as ufw-init does), not as a plain
 * iptables-save file whose ufw chains nothing jumps to. Expected verdicts: the real ufw's rendering of this
 * fixture in the kernel (test/oracle/firewall-ufw.test.ts): 8080 is denied, 443 rejected with a TCP reset.
 */

async function reach(args: string[]): Promise<{ code: number; json: { verdict: string; symptom?: string } }> {
  const io = captureIo();
  const code = await main(['reach', ...args, '--format', 'json'], io);
  return { code, json: JSON.parse(io.out()) as { verdict: string; symptom?: string } };
}

describe('sshlint reach on ufw files', () => {
  it('a lone user.rules', async () => {
    const r = await reach(['fixtures/firewall-formats/ufw/limit-ssh/etc/ufw/user.rules', '--port', '8080']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ verdict: 'dropped', symptom: 'timeout' });
  });

  it('a lone user6.rules', async () => {
    const r = await reach(['fixtures/firewall-formats/ufw/limit-ssh/etc/ufw/user6.rules', '--port', '443', '--family', '6']);
    expect(r.json).toMatchObject({ verdict: 'rejected', symptom: 'refused' });
  });
});
