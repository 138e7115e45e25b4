import rule from '../../../rules/sshd/moduli.js';
import { testRule } from '../../helpers/rule-tester.js';

/** moduli(5) lines: time type tests tries size generator modulus (size = bits - 1; the modulus is shortened here). */
const line = (size: number): string => `20220714110357 2 6 100 ${size} 2 E98F2A209BA9F4C8C1FFB02490E599A9`;
const MODULI = ['# Time Type Tests Tries Size Generator Modulus', line(2047), line(2047), line(3071), line(4095), ''].join('\n');
const STRONG = ['# Time Type Tests Tries Size Generator Modulus', line(3071), line(4095), ''].join('\n');

testRule(rule, {
  valid: [
    { files: { 'etc/ssh/sshd_config': 'LogLevel INFO\n', 'etc/ssh/moduli': STRONG } },
    { name: 'DH group exchange disabled', files: { 'etc/ssh/sshd_config': 'KexAlgorithms -diffie-hellman-group-exchange-*\n', 'etc/ssh/moduli': MODULI } },
    { name: 'DevSec threshold', files: { 'etc/ssh/sshd_config': 'LogLevel INFO\n', 'etc/ssh/moduli': MODULI }, options: { minBits: 2048 } },
  ],
  invalid: [
    {
      files: { 'etc/ssh/sshd_config': 'LogLevel INFO\n', 'etc/ssh/moduli': MODULI },
      findings: [{ messageId: 'smallGroups', file: 'etc/ssh/moduli', line: 2, column: 1, endColumn: line(2047).length + 1, messageIncludes: '2 Diffie-Hellman groups' }],
    },
    {
      name: 'a ModuliFile elsewhere',
      files: { 'etc/ssh/sshd_config': 'ModuliFile /etc/ssh/moduli.local\n', 'etc/ssh/moduli.local': MODULI },
      findings: [{ messageId: 'smallGroups', file: 'etc/ssh/moduli.local', line: 2, column: 1 }],
    },
  ],
});
