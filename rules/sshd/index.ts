import type { RuleDefinition } from '../../src/engine/define-rule.js';
import acceptEnv from './accept-env.js';
import accessRestriction from './access-restriction.js';
import addressFamily from './address-family.js';
import allowAgentForwarding from './allow-agent-forwarding.js';
import allowStreamlocalForwarding from './allow-streamlocal-forwarding.js';
import allowTcpForwarding from './allow-tcp-forwarding.js';
import authenticationMethods from './authentication-methods.js';
import banner from './banner.js';
import caSignatureAlgorithms from './ca-signature-algorithms.js';
import ciphers from './ciphers.js';
import clientAliveCountMax from './client-alive-count-max.js';
import clientAliveInterval from './client-alive-interval.js';
import compression from './compression.js';
import configInvalid from './config-invalid.js';
import cryptoPolicy from './crypto-policy.js';
import debianBanner from './debian-banner.js';
import deprecatedKeyword from './deprecated-keyword.js';
import disableForwarding from './disable-forwarding.js';
import dropinShadowing from './dropin-shadowing.js';
import duplicateDirective from './duplicate-directive.js';
import effectivePasswordLogin from './effective-password-login.js';
import fingerprintHash from './fingerprint-hash.js';
import gatewayPorts from './gateway-ports.js';
import globalOnlyInMatch from './global-only-in-match.js';
import gssapiAuthentication from './gssapi-authentication.js';
import gssapiCleanupCredentials from './gssapi-cleanup-credentials.js';
import hostKeyAlgorithms from './host-key-algorithms.js';
import hostKeys from './host-keys.js';
import hostbasedAcceptedAlgorithms from './hostbased-accepted-algorithms.js';
import hostbasedAuthentication from './hostbased-authentication.js';
import ignoreRhosts from './ignore-rhosts.js';
import ignoreUserKnownHosts from './ignore-user-known-hosts.js';
import invalidValue from './invalid-value.js';
import kbdInteractiveAuthentication from './kbd-interactive-authentication.js';
import kerberosAuthentication from './kerberos-authentication.js';
import kerberosOrLocalPasswd from './kerberos-or-local-passwd.js';
import kerberosTicketCleanup from './kerberos-ticket-cleanup.js';
import kexAlgorithms from './kex-algorithms.js';
import kexPostQuantum from './kex-post-quantum.js';
import listenAddress from './listen-address.js';
import lockoutRisk from './lockout-risk.js';
import logLevel from './log-level.js';
import loginGraceTime from './login-grace-time.js';
import macs from './macs.js';
import matchOverridesGlobal from './match-overrides-global.js';
import maxAuthTries from './max-auth-tries.js';
import maxSessions from './max-sessions.js';
import maxStartups from './max-startups.js';
import noUsableAuthMethod from './no-usable-auth-method.js';
import passwordAuthentication from './password-authentication.js';
import perSourceLimits from './per-source-limits.js';
import permitEmptyPasswords from './permit-empty-passwords.js';
import permitOpenListen from './permit-open-listen.js';
import permitRootLogin from './permit-root-login.js';
import permitTty from './permit-tty.js';
import permitTunnel from './permit-tunnel.js';
import permitUserEnvironment from './permit-user-environment.js';
import permitUserRc from './permit-user-rc.js';
import port from './port.js';
import portCommentedOut from './port-commented-out.js';
import printLastLog from './print-last-log.js';
import printMotd from './print-motd.js';
import pubkeyAcceptedAlgorithms from './pubkey-accepted-algorithms.js';
import pubkeyAuthentication from './pubkey-authentication.js';
import rekeyLimit from './rekey-limit.js';
import requiredRsaSize from './required-rsa-size.js';
import sftpSubsystem from './sftp-subsystem.js';
import shadowedDirective from './shadowed-directive.js';
import strictModes from './strict-modes.js';
import syslogFacility from './syslog-facility.js';
import tcpKeepalive from './tcp-keepalive.js';
import terrapin from './terrapin.js';
import trustedCaRevocation from './trusted-ca-revocation.js';
import unknownKeyword from './unknown-keyword.js';
import unsupportedAlgorithmForVersion from './unsupported-algorithm-for-version.js';
import unusedConnectionTimeout from './unused-connection-timeout.js';
import useDns from './use-dns.js';
import useLogin from './use-login.js';
import usePam from './use-pam.js';
import versionAddendum from './version-addendum.js';
import x11Forwarding from './x11-forwarding.js';
import x11UseLocalhost from './x11-use-localhost.js';
import dropinLayout from './dropin-layout.js';
import hostKeySize from './host-key-size.js';
import hostPrivateKeyInRepo from './host-private-key-in-repo.js';
import moduli from './moduli.js';
import strongRng from './strong-rng.js';
import hostPrivateKeyPerms from './host-private-key-perms.js';

/** Every sshd rule, sorted by id. Adding a rule: import it here. */
export const sshdRules: readonly RuleDefinition[] = [
  acceptEnv,
  accessRestriction,
  addressFamily,
  allowAgentForwarding,
  allowStreamlocalForwarding,
  allowTcpForwarding,
  authenticationMethods,
  banner,
  caSignatureAlgorithms,
  ciphers,
  clientAliveCountMax,
  clientAliveInterval,
  compression,
  configInvalid,
  cryptoPolicy,
  debianBanner,
  deprecatedKeyword,
  disableForwarding,
  dropinLayout,
  dropinShadowing,
  duplicateDirective,
  effectivePasswordLogin,
  fingerprintHash,
  gatewayPorts,
  globalOnlyInMatch,
  gssapiAuthentication,
  gssapiCleanupCredentials,
  hostKeyAlgorithms,
  hostKeySize,
  hostKeys,
  hostPrivateKeyInRepo,
  hostPrivateKeyPerms,
  hostbasedAcceptedAlgorithms,
  hostbasedAuthentication,
  ignoreRhosts,
  ignoreUserKnownHosts,
  invalidValue,
  kbdInteractiveAuthentication,
  kerberosAuthentication,
  kerberosOrLocalPasswd,
  kerberosTicketCleanup,
  kexAlgorithms,
  kexPostQuantum,
  listenAddress,
  lockoutRisk,
  logLevel,
  loginGraceTime,
  macs,
  matchOverridesGlobal,
  maxAuthTries,
  maxSessions,
  maxStartups,
  moduli,
  noUsableAuthMethod,
  passwordAuthentication,
  perSourceLimits,
  permitEmptyPasswords,
  permitOpenListen,
  permitRootLogin,
  permitTty,
  permitTunnel,
  permitUserEnvironment,
  permitUserRc,
  port,
  portCommentedOut,
  printLastLog,
  printMotd,
  pubkeyAcceptedAlgorithms,
  pubkeyAuthentication,
  rekeyLimit,
  requiredRsaSize,
  sftpSubsystem,
  shadowedDirective,
  strictModes,
  strongRng,
  syslogFacility,
  tcpKeepalive,
  terrapin,
  trustedCaRevocation,
  unknownKeyword,
  unsupportedAlgorithmForVersion,
  unusedConnectionTimeout,
  useDns,
  useLogin,
  usePam,
  versionAddendum,
  x11Forwarding,
  x11UseLocalhost,
];
