import {
  CIPHERS_ALL,
  COMPRESSION,
  DEBIAN_12_KEYWORDS,
  DUMP_ORDER_DEBIAN_9_2,
  KEYS_ALL_9,
  KEYS_DEFAULT,
  MACS_ALL,
  MACS_DEFAULT,
  PERMIT_ROOT_LOGIN_9,
  SIGS_ALL_9,
  SIGS_DEFAULT,
  debian12,
} from './debian-12.js';
import { editTable, keywordTable } from './keyword-table.js';
import type { KeywordEntry, MultistateTable, SshdTarget } from './types.js';

/*
 * The other targets are modelled, not proven: keyword tables and `sshd -T` order come from each release's
 * servconf.c (tags V_8_7_P1, V_8_9_P1, V_9_6_P1, V_10_0_P1, V_10_5_P1), algorithm defaults from its myproposal.h,
 * and distro build choices (PAM, Kerberos, GSSAPI key exchange, DebianBanner, paths) from the distributions'
 * packaging. docs/targets.md lists what is and is not verified.
 */

const without = (list: readonly string[], drop: readonly string[]): string[] => list.filter((x) => !drop.includes(x));
const insertAfter = (list: readonly string[], after: string, items: readonly string[]): string[] => {
  const i = list.indexOf(after);
  return i === -1 ? [...list, ...items] : [...list.slice(0, i + 1), ...items, ...list.slice(i + 1)];
};

/** Keywords 9.1/9.2 added. */
const NEW_IN_9_2 = ['requiredrsasize', 'channeltimeout', 'unusedconnectiontimeout'];

const KEX_ALL_8 = [
  'diffie-hellman-group1-sha1', 'diffie-hellman-group14-sha1', 'diffie-hellman-group14-sha256',
  'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha1',
  'diffie-hellman-group-exchange-sha256', 'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521',
  'curve25519-sha256', 'curve25519-sha256@libssh.org', 'sntrup761x25519-sha512@openssh.com',
];
const KEX_DEFAULT_8_9 = [
  'curve25519-sha256', 'curve25519-sha256@libssh.org', 'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521',
  'sntrup761x25519-sha512@openssh.com', 'diffie-hellman-group-exchange-sha256', 'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512', 'diffie-hellman-group14-sha256',
];
const KEX_DEFAULT_9_6 = [
  'sntrup761x25519-sha512@openssh.com', 'curve25519-sha256', 'curve25519-sha256@libssh.org', 'ecdh-sha2-nistp256',
  'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521', 'diffie-hellman-group-exchange-sha256', 'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512', 'diffie-hellman-group14-sha256',
];
const KEX_ALL_10 = [...KEX_ALL_8, 'sntrup761x25519-sha512', 'mlkem768x25519-sha256'];
const KEX_DEFAULT_10 = [
  'mlkem768x25519-sha256', 'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com', 'curve25519-sha256',
  'curve25519-sha256@libssh.org', 'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521',
];
const CIPHERS_DEFAULT_10 = [
  'chacha20-poly1305@openssh.com', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr',
];
/** DSA support is compiled out from 10.0 on. */
const DSA = ['ssh-dss', 'ssh-dss-cert-v01@openssh.com'];

const NEW_IN_10_0_KEYWORDS = 'pamservicename* persourcepenalties persourcepenaltyexemptlist sshdsessionpath sshdauthpath refuseconnection*';

function dumpOrder10(order: readonly string[]): string[] {
  let o = insertAfter(order, 'usepam', ['pamservicename']);
  o = insertAfter(o, 'exposeauthinfo', ['refuseconnection']);
  o = insertAfter(o, 'pubkeyacceptedalgorithms', ['sshdsessionpath', 'sshdauthpath', 'persourcepenaltyexemptlist']);
  return [...o, 'persourcepenalties'];
}

const subsystemInMatch = (t: readonly KeywordEntry[]): KeywordEntry[] => editTable(t, [], 'subsystem*');

export const ubuntu2204: SshdTarget = {
  ...debian12,
  name: 'ubuntu-22.04',
  description: 'OpenSSH 8.9p1 as built by Ubuntu 22.04 (Debian patches: GSSAPI key exchange, DebianBanner)',
  release: [8, 9],
  provenance: 'modelled',
  keywords: editTable(DEBIAN_12_KEYWORDS, NEW_IN_9_2, ''),
  algorithms: {
    ...debian12.algorithms,
    kex: { all: KEX_ALL_8, defaults: KEX_DEFAULT_8_9 },
  },
  dumpOrder: without(DUMP_ORDER_DEBIAN_9_2, NEW_IN_9_2),
};

export const rhel9: SshdTarget = {
  ...debian12,
  name: 'rhel-9',
  description: 'OpenSSH 8.7p1 as built by RHEL 9 (GSSAPI key exchange patch; crypto policies arrive by Include)',
  release: [8, 7],
  provenance: 'modelled',
  keywords: editTable(DEBIAN_12_KEYWORDS, [...NEW_IN_9_2, 'debianbanner'], ''),
  paths: { ...debian12.paths, pidFile: '/var/run/sshd.pid', moduliFile: '/etc/ssh/moduli' },
  algorithms: {
    ...debian12.algorithms,
    kex: { all: KEX_ALL_8, defaults: without(KEX_DEFAULT_8_9, ['sntrup761x25519-sha512@openssh.com']) },
  },
  defaults: { ...debian12.defaults, ipqos: ['af21', 'cs1'] },
  dumpOrder: without(DUMP_ORDER_DEBIAN_9_2, NEW_IN_9_2),
};

export const ubuntu2404: SshdTarget = {
  ...debian12,
  name: 'ubuntu-24.04',
  description: 'OpenSSH 9.6p1 as built by Ubuntu 24.04 (Debian patches: GSSAPI key exchange, DebianBanner)',
  release: [9, 6],
  provenance: 'modelled',
  keywords: subsystemInMatch(DEBIAN_12_KEYWORDS),
  algorithms: {
    ...debian12.algorithms,
    kex: { all: without(KEX_ALL_10, ['sntrup761x25519-sha512', 'mlkem768x25519-sha256']), defaults: KEX_DEFAULT_9_6 },
  },
  behaviour: { ...debian12.behaviour, duplicateSubsystemFatal: false, subsystemInMatch: true },
};

export const debian13: SshdTarget = {
  ...debian12,
  name: 'debian-13',
  description: 'OpenSSH 10.0p1 as built by Debian 13 (GSSAPI key exchange and DebianBanner patches)',
  release: [10, 0],
  provenance: 'modelled',
  keywords: editTable(subsystemInMatch(DEBIAN_12_KEYWORDS), [], NEW_IN_10_0_KEYWORDS),
  paths: { ...debian12.paths, sshdSessionPath: '/usr/lib/openssh/sshd-session', sshdAuthPath: '/usr/lib/openssh/sshd-auth' },
  algorithms: {
    ...debian12.algorithms,
    ciphers: { all: CIPHERS_ALL, defaults: CIPHERS_DEFAULT_10 },
    kex: { all: KEX_ALL_10, defaults: KEX_DEFAULT_10 },
    keys: { all: without(KEYS_ALL_9, DSA), defaults: KEYS_DEFAULT },
    signatures: { all: without(SIGS_ALL_9, DSA), defaults: SIGS_DEFAULT },
  },
  behaviour: { ...debian12.behaviour, duplicateSubsystemFatal: false, subsystemInMatch: true, extraMatchCriteria: ['invalid-user', 'version'] },
  dumpOrder: dumpOrder10(DUMP_ORDER_DEBIAN_9_2),
};

const PERMIT_ROOT_LOGIN_10_4: MultistateTable = [PERMIT_ROOT_LOGIN_9[1] ?? ['prohibit-password', 1], ...PERMIT_ROOT_LOGIN_9.filter(([k]) => k !== 'prohibit-password')];

/** 10.5's table with PAM, Kerberos and GSSAPI compiled in (no distro patches). */
const UPSTREAM_KEYWORDS = keywordTable(`
  port listenaddress hostkey ipqos* gatewayports* streamlocalbindmask* streamlocalbindunlink* syslogfacility loglevel*
  permituserenvironment subsystem* maxstartups persourcenetblocksize persourcepenalties rekeylimit* addressfamily rdomain*
  hostcertificate hostkeyagent pidfile modulifile logingracetime permitrootlogin* ignorerhosts* ignoreuserknownhosts
  printmotd x11forwarding* x11displayoffset* x11uselocalhost* xauthlocation permittty* permituserrc* strictmodes
  tcpkeepalive ciphers macs kexalgorithms logverbose* hostbasedauthentication* hostbasedusesnamefrompacketonly*
  hostbasedacceptedalgorithms* hostkeyalgorithms casignaturealgorithms* pubkeyauthoptions* pubkeyauthentication*
  pubkeyacceptedalgorithms* passwordauthentication* kbdinteractiveauthentication* permitemptypasswords* compression
  allowtcpforwarding* allowstreamlocalforwarding* allowagentforwarding* disableforwarding* allowusers* denyusers*
  allowgroups* denygroups* acceptenv* setenv* persourcemaxstartups persourcepenaltyexemptlist maxauthtries* maxsessions*
  banner* usedns clientaliveinterval* clientalivecountmax* authorizedkeysfile* forcecommand* permittunnel* permitopen*
  permitlisten* chrootdirectory* revokedkeys* trustedusercakeys* authorizedkeyscommand* authorizedkeyscommanduser*
  authorizedprincipalsfile* authorizedprincipalscommand* authorizedprincipalscommanduser* versionaddendum
  authenticationmethods* fingerprinthash exposeauthinfo* securitykeyprovider requiredrsasize* channeltimeout*
  unusedconnectiontimeout* sshdsessionpath sshdauthpath refuseconnection*
  serverkeybits!deprecated keyregenerationinterval!deprecated rhostsauthentication!deprecated
  rhostsrsaauthentication!deprecated* rsaauthentication!deprecated* checkmail!deprecated uselogin!deprecated
  verifyreversemapping!deprecated reversemappingcheck!deprecated authorizedkeysfile2!deprecated*
  useprivilegeseparation!deprecated kerberostgtpassing!deprecated afstokenpassing!deprecated protocol!ignored
  hostdsakey>hostkey hostbasedacceptedkeytypes>hostbasedacceptedalgorithms* pubkeyacceptedkeytypes>pubkeyacceptedalgorithms*
  dsaauthentication>pubkeyauthentication challengeresponseauthentication>kbdinteractiveauthentication*
  skeyauthentication>kbdinteractiveauthentication* keepalive>tcpkeepalive
  usepam pamservicename* printlastlog kerberosgetafstoken!unsupported kerberosauthentication* kerberosorlocalpasswd
  kerberosticketcleanup gssapiauthentication* gssapicleanupcredentials gssapidelegatecredentials gssapistrictacceptorcheck
  match* include*
`);

const UPSTREAM_DUMP_ORDER = `
  port addressfamily listenaddress usepam pamservicename logingracetime x11displayoffset maxauthtries maxsessions
  clientaliveinterval clientalivecountmax requiredrsasize streamlocalbindmask unusedconnectiontimeout permitrootlogin
  ignorerhosts ignoreuserknownhosts hostbasedauthentication hostbasedusesnamefrompacketonly pubkeyauthentication
  kerberosauthentication kerberosorlocalpasswd kerberosticketcleanup gssapiauthentication gssapicleanupcredentials
  gssapidelegatecredentials gssapistrictacceptorcheck passwordauthentication kbdinteractiveauthentication printmotd
  printlastlog x11forwarding x11uselocalhost permittty permituserrc strictmodes tcpkeepalive permitemptypasswords
  compression gatewayports usedns allowtcpforwarding allowagentforwarding disableforwarding allowstreamlocalforwarding
  streamlocalbindunlink fingerprinthash exposeauthinfo refuseconnection pidfile modulifile xauthlocation ciphers macs
  banner forcecommand chrootdirectory trustedusercakeys securitykeyprovider authorizedprincipalsfile versionaddendum
  authorizedkeyscommand authorizedkeyscommanduser authorizedprincipalscommand authorizedprincipalscommanduser
  hostkeyagent kexalgorithms casignaturealgorithms hostbasedacceptedalgorithms hostkeyalgorithms
  pubkeyacceptedalgorithms sshdsessionpath sshdauthpath persourcepenaltyexemptlist loglevel syslogfacility
  authorizedkeysfile revokedkeys hostkey hostcertificate allowusers denyusers allowgroups denygroups acceptenv setenv
  authenticationmethods logverbose channeltimeout subsystem maxstartups persourcemaxstartups persourcenetblocksize
  permittunnel ipqos rekeylimit permitopen permitlisten permituserenvironment pubkeyauthoptions persourcepenalties
`
  .split(/\s+/)
  .filter(Boolean);

export const upstream: SshdTarget = {
  name: 'upstream',
  description: 'OpenSSH 10.5p1 portable, sysconfdir /etc/ssh, with PAM, Kerberos and GSSAPI, no distribution patches',
  release: [10, 5],
  provenance: 'modelled',
  sshdir: '/etc/ssh',
  keywords: UPSTREAM_KEYWORDS,
  paths: {
    pidFile: '/var/run/sshd.pid',
    moduliFile: '/etc/ssh/moduli',
    xauthLocation: '/usr/bin/xauth',
    defaultHostKeys: ['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key'],
    sshdSessionPath: '/usr/libexec/sshd-session',
    sshdAuthPath: '/usr/libexec/sshd-auth',
  },
  multistate: { permitRootLogin: PERMIT_ROOT_LOGIN_10_4, compression: COMPRESSION },
  algorithms: {
    ciphers: { all: CIPHERS_ALL, defaults: CIPHERS_DEFAULT_10 },
    macs: { all: MACS_ALL, defaults: MACS_DEFAULT },
    kex: { all: [...KEX_ALL_10, 'mlkem768nistp256-sha256'], defaults: KEX_DEFAULT_10 },
    keys: { all: without(KEYS_ALL_9, DSA), defaults: KEYS_DEFAULT },
    signatures: { all: without(SIGS_ALL_9, DSA), defaults: SIGS_DEFAULT },
  },
  defaults: { usePam: 'no', ipqos: ['ef', 'cs0'], kbdInteractiveAuthentication: 'yes' },
  behaviour: {
    duplicateSubsystemFatal: false,
    subsystemInMatch: true,
    camelCaseDump: true,
    rdomainSupported: false,
    extraMatchCriteria: ['invalid-user', 'version'],
  },
  dumpOrder: UPSTREAM_DUMP_ORDER,
};

