/** The documented (sshd_config.5) spelling of each canonical keyword, for messages and CamelCase dumps (≥ 10.4). */
const NAMES = `
Port AddressFamily ListenAddress UsePAM LoginGraceTime X11DisplayOffset MaxAuthTries MaxSessions ClientAliveInterval
ClientAliveCountMax RequiredRSASize StreamLocalBindMask UnusedConnectionTimeout PermitRootLogin IgnoreRhosts
IgnoreUserKnownHosts HostbasedAuthentication HostbasedUsesNameFromPacketOnly PubkeyAuthentication
KerberosAuthentication KerberosOrLocalPasswd KerberosTicketCleanup GSSAPIAuthentication GSSAPICleanupCredentials
GSSAPIKeyExchange GSSAPIStrictAcceptorCheck GSSAPIStoreCredentialsOnRekey GSSAPIKexAlgorithms GSSAPIDelegateCredentials
PasswordAuthentication KbdInteractiveAuthentication PrintMotd PrintLastLog X11Forwarding X11UseLocalhost PermitTTY
PermitUserRC StrictModes TCPKeepAlive PermitEmptyPasswords Compression GatewayPorts UseDNS AllowTcpForwarding
AllowAgentForwarding DisableForwarding AllowStreamLocalForwarding StreamLocalBindUnlink FingerprintHash ExposeAuthInfo
PidFile ModuliFile XAuthLocation Ciphers MACs Banner ForceCommand ChrootDirectory TrustedUserCAKeys RevokedKeys
SecurityKeyProvider AuthorizedPrincipalsFile VersionAddendum AuthorizedKeysCommand AuthorizedKeysCommandUser
AuthorizedPrincipalsCommand AuthorizedPrincipalsCommandUser HostKeyAgent KexAlgorithms CASignatureAlgorithms
HostbasedAcceptedAlgorithms HostKeyAlgorithms PubkeyAcceptedAlgorithms LogLevel SyslogFacility AuthorizedKeysFile HostKey
HostCertificate AllowUsers DenyUsers AllowGroups DenyGroups AcceptEnv SetEnv AuthenticationMethods LogVerbose
ChannelTimeout Subsystem MaxStartups PerSourceMaxStartups PerSourceNetBlockSize PerSourcePenalties
PerSourcePenaltyExemptList PermitTunnel IPQoS RekeyLimit PermitOpen PermitListen PermitUserEnvironment PubkeyAuthOptions
SshdSessionPath SshdAuthPath RefuseConnection PAMServiceName RDomain DebianBanner KerberosGetAFSToken Include Match
`
  .split(/\s+/)
  .filter(Boolean);

const BY_CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));

/** "permitrootlogin" → "PermitRootLogin"; unknown names are returned unchanged. */
export function displayName(canonical: string): string {
  return BY_CANONICAL.get(canonical) ?? canonical;
}

/** The keyword as `sshd -T` of 10.4+ prints it: its own table's spelling, which differs from the manual for MACs. */
export function dumpName(canonical: string): string {
  return canonical === 'macs' ? 'Macs' : displayName(canonical);
}
