import type { RuleDefinition } from '../../src/engine/define-rule.js';
import addressFamily from './address-family.js';
import allowAgentForwarding from './allow-agent-forwarding.js';
import allowStreamlocalForwarding from './allow-streamlocal-forwarding.js';
import allowTcpForwarding from './allow-tcp-forwarding.js';
import banner from './banner.js';
import ciphers from './ciphers.js';
import clientAliveCountMax from './client-alive-count-max.js';
import clientAliveInterval from './client-alive-interval.js';
import compression from './compression.js';
import cryptoPolicy from './crypto-policy.js';
import debianBanner from './debian-banner.js';
import disableForwarding from './disable-forwarding.js';
import fingerprintHash from './fingerprint-hash.js';
import gatewayPorts from './gateway-ports.js';
import hostKeyAlgorithms from './host-key-algorithms.js';
import hostKeys from './host-keys.js';
import kexAlgorithms from './kex-algorithms.js';
import kexPostQuantum from './kex-post-quantum.js';
import listenAddress from './listen-address.js';
import logLevel from './log-level.js';
import macs from './macs.js';
import maxSessions from './max-sessions.js';
import maxStartups from './max-startups.js';
import perSourceLimits from './per-source-limits.js';
import permitOpenListen from './permit-open-listen.js';
import permitTty from './permit-tty.js';
import permitTunnel from './permit-tunnel.js';
import permitUserRc from './permit-user-rc.js';
import port from './port.js';
import printLastLog from './print-last-log.js';
import printMotd from './print-motd.js';
import rekeyLimit from './rekey-limit.js';
import sftpSubsystem from './sftp-subsystem.js';
import syslogFacility from './syslog-facility.js';
import tcpKeepalive from './tcp-keepalive.js';
import terrapin from './terrapin.js';
import unusedConnectionTimeout from './unused-connection-timeout.js';
import useDns from './use-dns.js';
import versionAddendum from './version-addendum.js';
import x11Forwarding from './x11-forwarding.js';
import x11UseLocalhost from './x11-use-localhost.js';

/** Every sshd rule, sorted by id. Adding a rule: import it here. */
export const sshdRules: readonly RuleDefinition[] = [
  addressFamily,
  allowAgentForwarding,
  allowStreamlocalForwarding,
  allowTcpForwarding,
  banner,
  ciphers,
  clientAliveCountMax,
  clientAliveInterval,
  compression,
  cryptoPolicy,
  debianBanner,
  disableForwarding,
  fingerprintHash,
  gatewayPorts,
  hostKeyAlgorithms,
  hostKeys,
  kexAlgorithms,
  kexPostQuantum,
  listenAddress,
  logLevel,
  macs,
  maxSessions,
  maxStartups,
  perSourceLimits,
  permitOpenListen,
  permitTty,
  permitTunnel,
  permitUserRc,
  port,
  printLastLog,
  printMotd,
  rekeyLimit,
  sftpSubsystem,
  syslogFacility,
  tcpKeepalive,
  terrapin,
  unusedConnectionTimeout,
  useDns,
  versionAddendum,
  x11Forwarding,
  x11UseLocalhost,
];
