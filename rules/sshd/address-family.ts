import { defineRule } from '../../src/engine/define-rule.js';
import { tryGet } from './lib/settings.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/address-family',
  meta: {
    description: 'Both IPv4 and IPv6 connections are accepted',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): AddressFamily', url: 'https://man.openbsd.org/sshd_config#AddressFamily' },
      { title: 'DevSec SSH Baseline sshd-08', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-08'] },
    precision: 'low',
    securitySeverity: 2.0,
  },
  messages: {
    anyFamily:
      'sshd accepts both IPv4 and IPv6 {{where}} (AddressFamily {{value}}): firewalls and allow-lists written for IPv4 only do not protect the IPv6 side',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'addressfamily',
      display: 'AddressFamily',
      judge: (value, item) => {
        if (value !== 'any') return undefined;
        // Explicit IPv4 ListenAddress lines already keep sshd off IPv6 (sshd -T prints IPv6 ones in brackets).
        const listen = tryGet(item.context.effective, 'listenaddress');
        const ipv6 = listen === undefined || listen.values.some((v) => v.startsWith('['));
        return ipv6 ? 'anyFamily' : undefined;
      },
      fixValue: 'inet',
      suggestion: 'Set AddressFamily inet if the host is not meant to be reached over IPv6, or filter SSH in ip6tables / an inet nftables table',
    });
  },
});
