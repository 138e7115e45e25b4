/**
 * C quirks of Debian 12's sshd (OpenSSH 9.2p1) that `sshd -T` shows. Every expected value below was printed by
 * the real `sshd -T` for the same one-line config.
 */
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';
import type { SshdModel } from '../../../src/model/sshd/index.js';

function main(text: string): SshdModel {
  const m = buildSshdModel(memoryHostFs({ '/etc/ssh/sshd_config': `${text}\n` }), { target: 'debian-12' });
  if (!m) throw new Error('no model');
  return m;
}
const value = (text: string, keyword: string): readonly string[] => main(text).evaluate().get(keyword).values;
const fatal = (text: string): string[] => main(text).diagnostics.filter((d) => d.severity === 'fatal').map((d) => d.message);

describe('sshd value quirks (checked against sshd -T)', () => {
  it.each([
    ['IPQoS 1', '0x01 0x01'],
    ['IPQoS +1', '0x01 0x01'],
    ['IPQoS 0x01', '0x01 0x01'],
    ['IPQoS 4', 'le le'],
    ['IPQoS reliability', 'le le'],
    ['IPQoS 255', '0xff 0xff'],
    ['IPQoS 0', 'cs0 cs0'],
  ])('%s prints ipqos %s', (line, printed) => {
    expect(value(line, 'ipqos')).toEqual([printed]);
  });

  it('HostKey none and HostCertificate NONE print (null)', () => {
    expect(value('HostKey none', 'hostkey')).toEqual(['(null)']);
    expect(value('HostCertificate NONE\nHostCertificate /x', 'hostcertificate')).toEqual(['(null)', '/x']);
  });

  it.each([
    ['Ciphers ,', 'assemble_algorithms: ciphers: invalid argument'],
    ['Ciphers ,,', 'assemble_algorithms: ciphers: invalid argument'],
    ['MACs ,', 'assemble_algorithms: macs: invalid argument'],
    ['KexAlgorithms ,', 'assemble_algorithms: kex_algorithms: invalid argument'],
    ['PubkeyAcceptedAlgorithms !ssh-rsa', 'assemble_algorithms: pubkey_accepted_algos: invalid argument'],
  ])('%s is fatal', (line, message) => {
    expect(fatal(line)).toEqual([message]);
  });

  it('a list with a modifier and no names keeps the defaults', () => {
    for (const line of ['Ciphers +,', 'Ciphers -,', 'Ciphers ^,']) {
      expect(fatal(line)).toEqual([]);
      expect(value(line, 'ciphers')).toEqual(value('', 'ciphers'));
    }
  });

  it('MaxStartups and PerSourceNetBlockSize numbers wrap to a 32-bit int', () => {
    expect(value('MaxStartups 99999999999:30:99999999999', 'maxstartups')).toEqual(['1215752191:30:1215752191']);
    expect(value('MaxStartups 10:30:4294967396', 'maxstartups')).toEqual(['10:30:100']);
    expect(value('PerSourceNetBlockSize 4294967296:4294967424', 'persourcenetblocksize')).toEqual(['0:128']);
    for (const n of ['2147483648', '4294967295', '4294967296', '99999999999999999999']) {
      expect(fatal(`MaxStartups ${n}`)).toEqual(['Invalid MaxStartups spec.']);
    }
  });

  it('PerSourceMaxStartups 2147483647 prints none', () => {
    expect(value('PerSourceMaxStartups 2147483647', 'persourcemaxstartups')).toEqual(['none']);
  });

  it('RekeyLimit is a signed 64-bit byte count', () => {
    expect(value('RekeyLimit 7E', 'rekeylimit')).toEqual(['8070450532247928832 0']);
    expect(value('RekeyLimit 9223372036854775807', 'rekeylimit')).toEqual(['9223372036854775807 0']);
    for (const n of ['8E', '15E', '9223372036854775808']) {
      expect(fatal(`RekeyLimit ${n}`)).toEqual([`Bad RekeyLimit number '${n}': Numerical result out of range`]);
    }
  });
});
