/** Small iptables-save texts shared by the firewall rule tests. */
export const V4 = 'etc/iptables/rules.v4';
export const V6 = 'etc/iptables/rules.v6';
export const SSHD = 'etc/ssh/sshd_config';
export const F2B = 'etc/fail2ban/jail.local';

/** A filter table with the given INPUT policy and rules (one per line, without "-A INPUT"). */
export function filter(policy: 'ACCEPT' | 'DROP', ...rules: string[]): string {
  return ['*filter', `:INPUT ${policy} [0:0]`, ':FORWARD DROP [0:0]', ':OUTPUT ACCEPT [0:0]', ...rules.map((r) => (/^(-[AINP] |:)/.test(r) ? r : `-A INPUT ${r}`)), 'COMMIT', ''].join('\n');
}

export const GOOD_V4 = filter('DROP', '-i lo -j ACCEPT', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT');
export const GOOD_V6 = filter('DROP', '-i lo -j ACCEPT', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p ipv6-icmp -j ACCEPT', '-p tcp --dport 22 -s fd00::/8 -j ACCEPT');
