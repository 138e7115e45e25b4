/**
 * Keyword pools for generated sshd configs. Values are what a user would write after the keyword;
 * `bad` values are ones sshd 9.2 refuses (the oracle decides; the pools only steer the mix so most
 * generated configs are valid and get their dumps compared).
 *
 * `scope: 'match'` keywords may appear inside a Match block; `'global'` ones are refused there
 * (except after `Match all`), which the generator also produces on purpose.
 */
export interface KeywordPool {
  readonly keyword: string;
  /** Other spellings sshd accepts for the same setting (aliases) — first wins across them. */
  readonly aliases?: readonly string[];
  readonly scope: 'match' | 'global';
  readonly values: readonly string[];
  readonly bad?: readonly string[];
}

const yesNo = ['yes', 'no', 'YES', 'No'];
const times = ['0', '30', '5m', '1h30m', '90s', '2h'];

export const KEYWORDS: readonly KeywordPool[] = [
  // First value wins, allowed in Match.
  { keyword: 'PasswordAuthentication', scope: 'match', values: yesNo, bad: ['maybe', 'true'] },
  { keyword: 'PermitRootLogin', scope: 'match', values: ['yes', 'no', 'prohibit-password', 'without-password', 'forced-commands-only', 'YES'], bad: ['maybe'] },
  { keyword: 'KbdInteractiveAuthentication', aliases: ['ChallengeResponseAuthentication', 'SKeyAuthentication'], scope: 'match', values: yesNo },
  { keyword: 'PubkeyAuthentication', scope: 'match', values: yesNo },
  // An alias of PubkeyAuthentication that 9.2 refuses inside Match (the alias has its own scope flags).
  { keyword: 'DSAAuthentication', scope: 'global', values: yesNo },
  { keyword: 'X11Forwarding', scope: 'match', values: yesNo, bad: ['true'] },
  { keyword: 'X11DisplayOffset', scope: 'match', values: ['10', '20'], bad: ['-1'] },
  { keyword: 'MaxAuthTries', scope: 'match', values: ['3', '6', '10'], bad: ['lots', '0x10', '-1', '3#x'] },
  { keyword: 'MaxSessions', scope: 'match', values: ['1', '10', '0'] },
  { keyword: 'ClientAliveInterval', scope: 'match', values: times, bad: ['2x'] },
  { keyword: 'ClientAliveCountMax', scope: 'match', values: ['0', '3', '5'] },
  { keyword: 'Banner', scope: 'match', values: ['none', '/etc/issue.net', '"/etc/issue net"', '/etc/ssh/banner-%u'] },
  { keyword: 'AllowTcpForwarding', scope: 'match', values: ['yes', 'no', 'local', 'remote', 'all'], bad: ['sometimes'] },
  { keyword: 'AllowAgentForwarding', scope: 'match', values: yesNo },
  { keyword: 'AllowStreamLocalForwarding', scope: 'match', values: ['yes', 'no', 'local', 'remote', 'all'] },
  { keyword: 'DisableForwarding', scope: 'match', values: yesNo },
  { keyword: 'PermitTTY', scope: 'match', values: yesNo },
  { keyword: 'PermitUserRC', scope: 'match', values: yesNo },
  { keyword: 'PermitEmptyPasswords', scope: 'match', values: yesNo },
  { keyword: 'HostbasedAuthentication', scope: 'match', values: yesNo },
  { keyword: 'IgnoreRhosts', scope: 'match', values: ['yes', 'no', 'shosts-only'] },
  { keyword: 'GatewayPorts', scope: 'match', values: ['yes', 'no', 'clientspecified'] },
  { keyword: 'LogLevel', scope: 'match', values: ['INFO', 'VERBOSE', 'debug3', 'QUIET', 'ERROR'], bad: ['LOUD'] },
  { keyword: 'ChrootDirectory', scope: 'match', values: ['none', '/srv/chroot/%u', '/var/empty'] },
  { keyword: 'ForceCommand', scope: 'match', values: ['internal-sftp', 'none', '/usr/bin/echo hello world'] },
  { keyword: 'PermitTunnel', scope: 'match', values: ['yes', 'no', 'point-to-point', 'ethernet'], bad: ['Yes'] },
  { keyword: 'AuthenticationMethods', scope: 'match', values: ['publickey', 'publickey,password publickey,keyboard-interactive', 'any'], bad: ['foo'] },
  { keyword: 'PermitOpen', scope: 'match', values: ['any', 'none', 'localhost:80', 'localhost:80 127.0.0.1:8080'] },
  { keyword: 'PermitListen', scope: 'match', values: ['any', 'none', '8080', 'localhost:8080 9090'] },
  { keyword: 'IPQoS', scope: 'match', values: ['lowdelay', 'af21 cs1', 'throughput'] },
  { keyword: 'RekeyLimit', scope: 'match', values: ['default none', '1G 1h', '512M'] },
  { keyword: 'AuthorizedKeysFile', scope: 'match', values: ['.ssh/authorized_keys', 'none', '.ssh/authorized_keys /etc/ssh/keys/%u'] },
  { keyword: 'SetEnv', scope: 'match', values: ['A=1', 'A=1 B=2', 'LANG=C.UTF-8'] },
  { keyword: 'PubkeyAcceptedAlgorithms', aliases: ['PubkeyAcceptedKeyTypes'], scope: 'match', values: ['+ssh-rsa', '-ssh-rsa*', 'ssh-ed25519,rsa-sha2-512', '^ssh-ed25519'] },
  { keyword: 'HostbasedAcceptedAlgorithms', aliases: ['HostbasedAcceptedKeyTypes'], scope: 'match', values: ['ssh-ed25519', '-ecdsa-*'] },
  { keyword: 'RequiredRSASize', scope: 'match', values: ['2048', '3072'] },
  { keyword: 'ChannelTimeout', scope: 'match', values: ['session=5m', 'global=1h agent-connection=10m'] },
  { keyword: 'ExposeAuthInfo', scope: 'match', values: yesNo },
  { keyword: 'TrustedUserCAKeys', scope: 'match', values: ['/etc/ssh/ca.pub', 'none'] },
  { keyword: 'RevokedKeys', scope: 'match', values: ['/etc/ssh/revoked', 'none'] },
  // Last value wins (quirk) / sticky none (quirk).
  { keyword: 'StreamLocalBindMask', scope: 'match', values: ['0177', '0111', '022'] },
  { keyword: 'UnusedConnectionTimeout', scope: 'match', values: ['none', '10m', '1h'] },
  // Accumulating.
  { keyword: 'AllowUsers', scope: 'match', values: ['alice', 'alice bob', 'root@10.0.0.0/8', 'carol *@192.168.1.*'], bad: ['bob@10.0.0.0/33'] },
  { keyword: 'DenyUsers', scope: 'match', values: ['mallory', 'guest*'] },
  { keyword: 'AllowGroups', scope: 'match', values: ['sshusers', 'wheel admin'] },
  { keyword: 'DenyGroups', scope: 'match', values: ['nogroup'] },
  { keyword: 'AcceptEnv', scope: 'match', values: ['LANG LC_*', 'GIT_*', 'TZ'] },
  // Per-name first wins; a second definition of the same name is fatal in 9.2; Match-allowed only from 9.5.
  { keyword: 'Subsystem', scope: 'global', values: ['sftp internal-sftp', 'sftp /usr/lib/openssh/sftp-server -l INFO', 'backup /usr/local/bin/backup'], bad: ['sftp'] },
  // Global only.
  { keyword: 'Port', scope: 'global', values: ['22', '2222', '443'], bad: ['0', '99999', 'ssh'] },
  { keyword: 'ListenAddress', scope: 'global', values: ['127.0.0.1', '0.0.0.0', '[::1]:2022', '10.0.0.1:2200', '::'] },
  { keyword: 'AddressFamily', scope: 'global', values: ['any', 'inet', 'inet6'] },
  { keyword: 'HostKey', aliases: ['HostDSAKey'], scope: 'global', values: ['/etc/ssh/ssh_host_ed25519_key', '/etc/ssh/ssh_host_rsa_key'] },
  { keyword: 'Ciphers', scope: 'global', values: ['aes128-ctr,aes256-ctr', '+aes128-cbc', '-*-ctr', '^aes256-gcm@openssh.com', '-chacha20-poly1305@openssh.com,nonexistent'], bad: ['blowfish-cbc', 'aes*-gcm@openssh.com'] },
  { keyword: 'MACs', scope: 'global', values: ['hmac-sha2-256,hmac-sha2-256', '-*sha1*', '+hmac-md5', 'hmac-sha2-512-etm@openssh.com'], bad: ['hmac-foo'] },
  { keyword: 'KexAlgorithms', scope: 'global', values: ['curve25519-sha256', '-diffie-hellman-group14-sha256', '+diffie-hellman-group1-sha1'], bad: ['mlkem768x25519-sha256'] },
  { keyword: 'HostKeyAlgorithms', scope: 'global', values: ['ssh-ed25519', '^rsa-sha2-512'] },
  { keyword: 'UsePAM', scope: 'global', values: yesNo },
  { keyword: 'UseDNS', scope: 'global', values: yesNo },
  { keyword: 'LoginGraceTime', scope: 'global', values: ['2m', '30', '1h30m', '0'], bad: ['2x'] },
  { keyword: 'PrintMotd', scope: 'global', values: yesNo },
  { keyword: 'PrintLastLog', scope: 'global', values: yesNo },
  { keyword: 'TCPKeepAlive', aliases: ['KeepAlive'], scope: 'global', values: yesNo },
  { keyword: 'Compression', scope: 'global', values: ['yes', 'no', 'delayed'] },
  { keyword: 'SyslogFacility', scope: 'global', values: ['AUTH', 'AUTHPRIV', 'LOCAL0'], bad: ['KERN2'] },
  { keyword: 'FingerprintHash', scope: 'global', values: ['md5', 'sha256'] },
  { keyword: 'StrictModes', scope: 'global', values: yesNo },
  { keyword: 'MaxStartups', scope: 'global', values: ['10:30:100', '5', '1:2:3', '8:16:32'], bad: ['10:30'] },
  { keyword: 'PermitUserEnvironment', scope: 'global', values: ['yes', 'no', 'Yes', 'LANG,LC_*'] },
  { keyword: 'VersionAddendum', scope: 'global', values: ['none', 'hello world'] },
  { keyword: 'PidFile', scope: 'global', values: ['/run/sshd.pid', '/var/run/other.pid', 'none'] },
  { keyword: 'IgnoreUserKnownHosts', scope: 'global', values: yesNo },
  { keyword: 'PerSourceMaxStartups', scope: 'global', values: ['none', '10'] },
  { keyword: 'PerSourceNetBlockSize', scope: 'global', values: ['32:128', '24'] },
  { keyword: 'GSSAPIAuthentication', scope: 'match', values: yesNo },
  { keyword: 'KerberosAuthentication', scope: 'match', values: yesNo },
  { keyword: 'DebianBanner', scope: 'global', values: yesNo },
];

/**
 * Less common keywords and value spellings: quoting and escapes, raw-rest-of-line keywords, tokens,
 * numbers in odd bases, hostnames, rdomains, and values at the edge of what sshd accepts.
 */
export const EXOTIC: readonly KeywordPool[] = [
  { keyword: 'ForceCommand', scope: 'match', values: ['echo "a b"  # not a comment?', "/bin/sh -c 'exit 0'", '"/usr/bin/quoted cmd"'] },
  { keyword: 'AuthorizedKeysCommand', scope: 'match', values: ['/usr/bin/keys %u %f', 'none', '"/opt/x y" %u'] },
  { keyword: 'AuthorizedKeysCommandUser', scope: 'match', values: ['nobody', 'keys'] },
  { keyword: 'AuthorizedPrincipalsFile', scope: 'match', values: ['none', '/etc/ssh/principals/%u'] },
  { keyword: 'AuthorizedPrincipalsCommand', scope: 'match', values: ['/usr/bin/principals %u'] },
  { keyword: 'AuthorizedPrincipalsCommandUser', scope: 'match', values: ['nobody'] },
  { keyword: 'VersionAddendum', scope: 'global', values: ['my build # with comment', '"quoted words"', 'a\\b'] },
  { keyword: 'Banner', scope: 'match', values: ["'/etc/single quoted'", '"/etc/esc\\"aped"', '/etc/back\\ slash', '""'] },
  { keyword: 'SetEnv', scope: 'match', values: ['"A=b c" D=e', "X='y z'", 'NOEQUALS'] },
  { keyword: 'AcceptEnv', scope: 'match', values: ['"LC_*" LANG', 'A B C', '*'] },
  { keyword: 'ChrootDirectory', scope: 'match', values: ['"/srv/with space"', '%h', '/home/%u'] },
  { keyword: 'MaxAuthTries', scope: 'match', values: ['010', '0', '2147483647', '+3', ' 4'] },
  { keyword: 'MaxSessions', scope: 'match', values: ['0', '999'] },
  { keyword: 'ClientAliveInterval', scope: 'match', values: ['1w', '0s', '1d1h', '2147483647', '5M'] },
  { keyword: 'LoginGraceTime', scope: 'global', values: ['1W', '3600s', '00'] },
  { keyword: 'ListenAddress', scope: 'global', values: ['localhost', '127.0.0.1 rdomain vrf0', '[::1]', '0.0.0.0:2201', '127.0.0.2:ssh'] },
  { keyword: 'Port', scope: 'global', values: ['ssh', '65535', '1', '022', 'altssh', 'https'] },
  { keyword: 'PermitOpen', scope: 'match', values: ['*:*', '[::1]:22', 'localhost:*', '*:443 host.example:80'], bad: ['foo'] },
  { keyword: 'PermitListen', scope: 'match', values: ['*:8080', 'localhost:*', '0'] },
  { keyword: 'IPQoS', scope: 'match', values: ['0x10', 'af11 0x20', 'le', 'none', 'cs7 ef'], bad: ['bogus'] },
  { keyword: 'RekeyLimit', scope: 'match', values: ['4G', '1K 30s', 'default 10m', '0'] },
  { keyword: 'StreamLocalBindMask', scope: 'match', values: ['0', '0777', '7'], bad: ['0999'] },
  { keyword: 'StreamLocalBindUnlink', scope: 'match', values: yesNo },
  { keyword: 'HostCertificate', scope: 'global', values: ['/etc/ssh/ssh_host_ed25519_key-cert.pub'] },
  { keyword: 'HostKeyAgent', scope: 'global', values: ['none', 'SSH_AUTH_SOCK', '/run/agent.sock'] },
  { keyword: 'HostKey', scope: 'global', values: ['relative_key', '~/key', '/etc/ssh/a key'] },
  { keyword: 'XAuthLocation', scope: 'global', values: ['/usr/bin/xauth', 'none'] },
  { keyword: 'ModuliFile', scope: 'global', values: ['/etc/ssh/moduli.safe'] },
  { keyword: 'SecurityKeyProvider', scope: 'global', values: ['internal', '/usr/lib/sk.so'] },
  { keyword: 'PubkeyAuthOptions', scope: 'match', values: ['none', 'touch-required', 'verify-required touch-required'], bad: ['sometimes'] },
  { keyword: 'KerberosOrLocalPasswd', scope: 'global', values: yesNo },
  { keyword: 'KerberosTicketCleanup', scope: 'global', values: yesNo },
  { keyword: 'GSSAPICleanupCredentials', scope: 'global', values: yesNo },
  { keyword: 'GSSAPIStrictAcceptorCheck', scope: 'global', values: yesNo },
  { keyword: 'GSSAPIKeyExchange', scope: 'global', values: yesNo },
  { keyword: 'GSSAPIStoreCredentialsOnRekey', scope: 'global', values: yesNo },
  { keyword: 'HostbasedUsesNameFromPacketOnly', scope: 'match', values: yesNo },
  { keyword: 'LogVerbose', scope: 'match', values: ['kex.c:*:1000', 'none', 'a.c:f:1 b.c:g:2'] },
  { keyword: 'CASignatureAlgorithms', scope: 'match', values: ['ssh-ed25519', '-ssh-rsa', '+ssh-rsa'] },
  { keyword: 'ChannelTimeout', scope: 'match', values: ['none', 'session:*=5m', 'x11-connection=1h direct-tcpip=30s'], bad: ['session'] },
  { keyword: 'UnusedConnectionTimeout', scope: 'match', values: ['0', '1s'] },
  { keyword: 'MaxStartups', scope: 'global', values: ['10:30:60', '100:100:100', '0'], bad: ['30:10:5'] },
  { keyword: 'PerSourceMaxStartups', scope: 'global', values: ['1', '100'] },
  { keyword: 'PerSourceNetBlockSize', scope: 'global', values: ['32', '16:64', '0:0'], bad: ['33'] },
  { keyword: 'AllowUsers', scope: 'match', values: ['"alice bob"', 'alice@192.168.1.0/24', '*@::1', 'u@host.example'] },
  { keyword: 'DenyGroups', scope: 'match', values: ['"two words"', 'g*'] },
  { keyword: 'Subsystem', scope: 'global', values: ['"sftp" internal-sftp', 'sftp  internal-sftp  -d  /home', 'x /bin/x "quoted arg"'] },
  { keyword: 'AuthenticationMethods', scope: 'match', values: ['publickey,publickey', 'keyboard-interactive:pam', 'password,publickey hostbased'], bad: ['publickey,'] },
  { keyword: 'PermitRootLogin', scope: 'match', values: ['Prohibit-Password', 'FORCED-COMMANDS-ONLY'] },
  { keyword: 'Compression', scope: 'global', values: ['DELAYED', 'Yes'] },
  { keyword: 'AddressFamily', scope: 'global', values: ['INET', 'Any'] },
  { keyword: 'FingerprintHash', scope: 'global', values: ['SHA256', 'Md5'], bad: ['sha1024'] },
  { keyword: 'SyslogFacility', scope: 'global', values: ['local7', 'Daemon'] },
  { keyword: 'LogLevel', scope: 'match', values: ['debug', 'DEBUG1', 'fatal'] },
];

/** Lines that are odd but accepted (ignored, deprecated) or refused as unknown. */
export const ODD_LINES: readonly string[] = [
  'X11Forwarding yes   ',
  'X11Forwarding yes\f',
  '\fPermitTTY no',
  '=PermitTTY no',
  'PermitTTY=no=',
  'MaxSessions 5 #',
  '#',
  '\t#\tPort 1',
  'Protocol 2',
  'UsePrivilegeSeparation yes',
  'RSAAuthentication yes',
  'UseLogin no',
  'AuthorizedKeysFile2 /x',
  'KerberosTgtPassing yes',
];

export const BAD_LINES: readonly string[] = [
  'Port=',
  'Port = = 22',
  'X11Forwarding yes\fno',
  'PasswordAuthentication "no',
  'Ciphers',
  'Pörtal yes',
  'Subsystem sftp',
  'FooBar yes',
  'UseRoaming no',
  'PerSourcePenalties yes',
  'PermitRootLogin no yes',
  'PermitRootLogin',
  'MaxAuthTries==3',
  'Banner "unbalanced',
  'Match Foo x',
  'Match User',
  'Match',
  'Match Address 10.0.1.0/8',
  'Include',
];
