import { describe, expect, it } from 'vitest';
import rule from '../../../rules/sshd/host-key-size.js';
import { rsaBits } from '../../../rules/sshd/lib/ssh-keys.js';
import { testRule } from '../../helpers/rule-tester.js';
import { RSA_2048_PUB, RSA_3072_PUB, RSA_4096_PUB } from './fixtures/host-keys.js';

describe('rsaBits', () => {
  it('agrees with ssh-keygen -l on generated keys', () => {
    expect(rsaBits(RSA_2048_PUB)).toBe(2048);
    expect(rsaBits(RSA_3072_PUB)).toBe(3072);
    expect(rsaBits(RSA_4096_PUB)).toBe(4096);
  });
  it('ignores other key types and garbage', () => {
    expect(rsaBits('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl host')).toBeUndefined();
    expect(rsaBits('ssh-rsa !!!')).toBeUndefined();
  });
});

const CONFIG = 'HostKey /etc/ssh/ssh_host_rsa_key\n';

testRule(rule, {
  valid: [
    { files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key.pub': RSA_3072_PUB } },
    { name: 'no public keys in the repo', code: CONFIG },
    { name: 'ssh-audit allows 2048 with a lower policy', files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key.pub': RSA_2048_PUB }, options: { minRsaBits: 2048 } },
  ],
  invalid: [
    {
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key.pub': RSA_2048_PUB },
      findings: [{ messageId: 'shortRsa', file: 'etc/ssh/ssh_host_rsa_key.pub', line: 1, column: 1, endColumn: RSA_2048_PUB.length, messageIncludes: '2048 bits' }],
    },
    {
      name: 'DevSec wants 4096',
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key.pub': RSA_3072_PUB },
      options: { minRsaBits: 4096 },
      findings: [{ messageId: 'shortRsa', file: 'etc/ssh/ssh_host_rsa_key.pub', line: 1, column: 1 }],
    },
    {
      name: 'a key named by HostKey outside /etc/ssh',
      files: { 'etc/ssh/sshd_config': 'HostKey /srv/keys/host_rsa\n', 'srv/keys/host_rsa.pub': RSA_2048_PUB },
      findings: [{ messageId: 'shortRsa', file: 'srv/keys/host_rsa.pub', line: 1, column: 1 }],
    },
    {
      name: 'DSA',
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_dsa_key.pub': 'ssh-dss AAAAB3NzaC1kc3MAAACBAP host\n' },
      findings: [{ messageId: 'dsa', file: 'etc/ssh/ssh_host_dsa_key.pub', line: 1, column: 1 }],
    },
  ],
});
