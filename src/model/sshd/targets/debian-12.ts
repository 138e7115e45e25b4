import { keywordTable } from './keyword-table.js';
import type { MultistateTable, SshdTarget } from './types.js';

/**
 * OpenSSH 9.2p1 as Debian 12 builds it (PAM, Kerberos and GSSAPI compiled in, Debian's GSSAPI key-exchange and
 * DebianBanner patches, no rdomain support on Linux). Every value here was checked against the real `sshd -T` of
 * package 1:9.2p1-2+deb12u10.
 */
export const DEBIAN_12_KEYWORDS = keywordTable(`
  usepam pamauthenticationviakbdint!deprecated
  port hostkey hostdsakey>hostkey hostkeyagent pidfile modulifile serverkeybits!deprecated logingracetime
  keyregenerationinterval!deprecated permitrootlogin* syslogfacility loglevel* logverbose*
  rhostsauthentication!deprecated rhostsrsaauthentication!deprecated* hostbasedauthentication*
  hostbasedusesnamefrompacketonly* hostbasedacceptedalgorithms* hostbasedacceptedkeytypes>hostbasedacceptedalgorithms*
  hostkeyalgorithms rsaauthentication!deprecated* pubkeyauthentication* pubkeyacceptedalgorithms*
  pubkeyacceptedkeytypes>pubkeyacceptedalgorithms* pubkeyauthoptions* dsaauthentication>pubkeyauthentication
  kerberosauthentication* kerberosorlocalpasswd kerberosticketcleanup kerberosgetafstoken!unsupported
  kerberostgtpassing!unsupported afstokenpassing!unsupported
  gssapiauthentication* gssapicleanupcredentials gssapicleanupcreds>gssapicleanupcredentials gssapistrictacceptorcheck
  gssapikeyexchange gssapistorecredentialsonrekey gssapikexalgorithms
  gssusesessionccache!unsupported gssapiusesessioncredcache!unsupported
  passwordauthentication* kbdinteractiveauthentication* challengeresponseauthentication>kbdinteractiveauthentication*
  skeyauthentication>kbdinteractiveauthentication* checkmail!deprecated listenaddress addressfamily printmotd
  printlastlog ignorerhosts* ignoreuserknownhosts x11forwarding* x11displayoffset* x11uselocalhost* xauthlocation
  strictmodes permitemptypasswords* permituserenvironment uselogin!deprecated compression rekeylimit* tcpkeepalive
  keepalive>tcpkeepalive allowtcpforwarding* allowagentforwarding* allowusers* denyusers* allowgroups* denygroups*
  ciphers macs protocol!ignored gatewayports* subsystem maxstartups persourcemaxstartups persourcenetblocksize
  maxauthtries* maxsessions* banner* usedns verifyreversemapping!deprecated reversemappingcheck!deprecated
  clientaliveinterval* clientalivecountmax* authorizedkeysfile* authorizedkeysfile2!deprecated*
  useprivilegeseparation!deprecated acceptenv* setenv* permittunnel* permittty* permituserrc* match* permitopen*
  permitlisten* forcecommand* chrootdirectory* hostcertificate revokedkeys* trustedusercakeys*
  authorizedprincipalsfile* kexalgorithms include* ipqos* authorizedkeyscommand* authorizedkeyscommanduser*
  authorizedprincipalscommand* authorizedprincipalscommanduser* versionaddendum authenticationmethods*
  streamlocalbindmask* streamlocalbindunlink* allowstreamlocalforwarding* fingerprinthash disableforwarding*
  exposeauthinfo* rdomain* casignaturealgorithms* securitykeyprovider requiredrsasize* channeltimeout*
  unusedconnectiontimeout* debianbanner
`);

export const PERMIT_ROOT_LOGIN_9: MultistateTable = [
  ['without-password', 1],
  ['prohibit-password', 1],
  ['forced-commands-only', 2],
  ['yes', 3],
  ['no', 0],
];

export const COMPRESSION: MultistateTable = [
  ['yes', 2],
  ['delayed', 2],
  ['no', 0],
];

export const CIPHERS_ALL = [
  '3des-cbc', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr',
  'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'chacha20-poly1305@openssh.com',
];
export const CIPHERS_DEFAULT_9 = [
  'chacha20-poly1305@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com',
];
export const MACS_ALL = [
  'hmac-sha1', 'hmac-sha1-96', 'hmac-sha2-256', 'hmac-sha2-512', 'hmac-md5', 'hmac-md5-96', 'umac-64@openssh.com',
  'umac-128@openssh.com', 'hmac-sha1-etm@openssh.com', 'hmac-sha1-96-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com',
  'hmac-sha2-512-etm@openssh.com', 'hmac-md5-etm@openssh.com', 'hmac-md5-96-etm@openssh.com', 'umac-64-etm@openssh.com',
  'umac-128-etm@openssh.com',
];
export const MACS_DEFAULT = [
  'umac-64-etm@openssh.com', 'umac-128-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com',
  'hmac-sha1-etm@openssh.com', 'umac-64@openssh.com', 'umac-128@openssh.com', 'hmac-sha2-256', 'hmac-sha2-512', 'hmac-sha1',
];
const KEX_ALL = [
  'diffie-hellman-group1-sha1', 'diffie-hellman-group14-sha1', 'diffie-hellman-group14-sha256',
  'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha1',
  'diffie-hellman-group-exchange-sha256', 'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521',
  'curve25519-sha256', 'curve25519-sha256@libssh.org', 'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com',
];
const KEX_DEFAULT = [
  'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com', 'curve25519-sha256', 'curve25519-sha256@libssh.org',
  'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521', 'diffie-hellman-group-exchange-sha256',
  'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group14-sha256',
];
/** `ssh -Q key-sig` of 9.2: every key and signature algorithm, certificates included. */
export const KEYS_ALL_9 = [
  'ssh-ed25519', 'ssh-ed25519-cert-v01@openssh.com', 'sk-ssh-ed25519@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com',
  'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp521', 'ecdsa-sha2-nistp521-cert-v01@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', 'ssh-dss', 'ssh-dss-cert-v01@openssh.com', 'ssh-rsa',
  'ssh-rsa-cert-v01@openssh.com', 'rsa-sha2-256', 'rsa-sha2-256-cert-v01@openssh.com', 'rsa-sha2-512',
  'rsa-sha2-512-cert-v01@openssh.com',
];
/** `ssh -Q sig` of 9.2. */
export const SIGS_ALL_9 = [
  'ssh-ed25519', 'sk-ssh-ed25519@openssh.com', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', 'ssh-dss', 'ssh-rsa',
  'rsa-sha2-256', 'rsa-sha2-512',
];
export const KEYS_DEFAULT = [
  'ssh-ed25519-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com',
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'rsa-sha2-512-cert-v01@openssh.com', 'rsa-sha2-256-cert-v01@openssh.com',
  'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'rsa-sha2-512', 'rsa-sha2-256',
];
export const SIGS_DEFAULT = [
  'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'rsa-sha2-512', 'rsa-sha2-256',
];
export const GSS_KEX = {
  all: [
    'gss-gex-sha1-', 'gss-group1-sha1-', 'gss-group14-sha1-', 'gss-group14-sha256-', 'gss-group16-sha512-',
    'gss-nistp256-sha256-', 'gss-curve25519-sha256-',
  ],
  defaults: [
    'gss-group14-sha256-', 'gss-group16-sha512-', 'gss-nistp256-sha256-', 'gss-curve25519-sha256-', 'gss-group14-sha1-',
    'gss-gex-sha1-',
  ],
};

/** Order of `sshd -T` in 9.2 with Debian's patches; multi-line and composite entries are expanded in dump.ts. */
export const DUMP_ORDER_DEBIAN_9_2 = `
  port addressfamily listenaddress usepam logingracetime x11displayoffset maxauthtries maxsessions clientaliveinterval
  clientalivecountmax requiredrsasize streamlocalbindmask unusedconnectiontimeout permitrootlogin ignorerhosts
  ignoreuserknownhosts hostbasedauthentication hostbasedusesnamefrompacketonly pubkeyauthentication
  kerberosauthentication kerberosorlocalpasswd kerberosticketcleanup gssapiauthentication gssapicleanupcredentials
  gssapikeyexchange gssapistrictacceptorcheck gssapistorecredentialsonrekey gssapikexalgorithms passwordauthentication
  kbdinteractiveauthentication printmotd printlastlog x11forwarding x11uselocalhost permittty permituserrc strictmodes
  tcpkeepalive permitemptypasswords compression gatewayports usedns allowtcpforwarding allowagentforwarding
  disableforwarding allowstreamlocalforwarding streamlocalbindunlink fingerprinthash exposeauthinfo pidfile modulifile
  xauthlocation ciphers macs banner forcecommand chrootdirectory trustedusercakeys revokedkeys securitykeyprovider
  authorizedprincipalsfile versionaddendum authorizedkeyscommand authorizedkeyscommanduser authorizedprincipalscommand
  authorizedprincipalscommanduser hostkeyagent kexalgorithms casignaturealgorithms hostbasedacceptedalgorithms
  hostkeyalgorithms pubkeyacceptedalgorithms loglevel syslogfacility authorizedkeysfile hostkey hostcertificate
  allowusers denyusers allowgroups denygroups acceptenv setenv authenticationmethods logverbose channeltimeout subsystem
  maxstartups persourcemaxstartups persourcenetblocksize permittunnel ipqos rekeylimit permitopen permitlisten
  permituserenvironment pubkeyauthoptions
`
  .split(/\s+/)
  .filter(Boolean);

export const debian12: SshdTarget = {
  name: 'debian-12',
  description: 'OpenSSH 9.2p1 as built by Debian 12 (package 1:9.2p1-2+deb12u10)',
  release: [9, 2],
  provenance: 'oracle',
  sshdir: '/etc/ssh',
  keywords: DEBIAN_12_KEYWORDS,
  paths: {
    pidFile: '/run/sshd.pid',
    moduliFile: '/etc/ssh/moduli',
    xauthLocation: '/usr/bin/xauth',
    defaultHostKeys: ['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key'],
  },
  multistate: { permitRootLogin: PERMIT_ROOT_LOGIN_9, compression: COMPRESSION },
  algorithms: {
    ciphers: { all: CIPHERS_ALL, defaults: CIPHERS_DEFAULT_9 },
    macs: { all: MACS_ALL, defaults: MACS_DEFAULT },
    kex: { all: KEX_ALL, defaults: KEX_DEFAULT },
    keys: { all: KEYS_ALL_9, defaults: KEYS_DEFAULT },
    signatures: { all: SIGS_ALL_9, defaults: SIGS_DEFAULT },
    gssKex: GSS_KEX,
  },
  defaults: { usePam: 'no', ipqos: ['lowdelay', 'throughput'], kbdInteractiveAuthentication: 'yes' },
  behaviour: {
    duplicateSubsystemFatal: true,
    subsystemInMatch: false,
    camelCaseDump: false,
    rdomainSupported: false,
    extraMatchCriteria: [],
  },
  dumpOrder: DUMP_ORDER_DEBIAN_9_2,
};
