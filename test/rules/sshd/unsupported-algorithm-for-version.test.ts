import rule from '../../../rules/sshd/unsupported-algorithm-for-version.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: "Bad SSH2 KexAlgorithms 'mlkem768x25519-sha256,curve25519-sha256'", exit 255; '-' lists are not validated; blowfish-cbc is fatal (research catalog §3.2). Other targets are modelled, not proven.
testRule(rule, {
  valid: [
    'KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n',
    'KexAlgorithms -mlkem768x25519-sha256\n',
    {
      name: 'ML-KEM on OpenSSH 10.0',
      code: 'KexAlgorithms mlkem768x25519-sha256,curve25519-sha256\n',
      target: 'debian-13',
    },
  ],
  invalid: [
    {
      name: 'ML-KEM on OpenSSH 9.2',
      code: 'KexAlgorithms mlkem768x25519-sha256,curve25519-sha256\n',
      findings: [{ messageId: 'otherRelease', line: 1, column: 15, endLine: 1, endColumn: 54, messageIncludes: 'debian-13' }],
    },
    {
      name: 'DSA on OpenSSH 10.0',
      code: 'PubkeyAcceptedAlgorithms +ssh-dss\n',
      target: 'debian-13',
      findings: [{ messageId: 'otherRelease', line: 1, column: 26, endLine: 1, endColumn: 34, messageIncludes: 'debian-12' }],
    },
    {
      name: 'a name no release knows',
      code: 'Ciphers aes256-gcm@openssh.com,blowfish-cbc\n',
      findings: [{ messageId: 'unsupportedAlgorithm', line: 1, column: 9, endLine: 1, endColumn: 44 }],
    },
  ],
});
