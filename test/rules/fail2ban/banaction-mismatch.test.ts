import rule from '../../../rules/fail2ban/banaction-mismatch.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const NFT = 'flush ruleset\ntable inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    tcp dport 22 accept\n  }\n}\n';
const UFW = '*filter\n:ufw-user-input - [0:0]\n### RULES ###\n\n### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in\n-A ufw-user-input -p tcp --dport 22 -j ACCEPT\n\n### END RULES ###\nCOMMIT\n';
const V4 = '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n';

testRule(rule, {
  valid: [
    { files: { [J]: '[DEFAULT]\nbanaction = nftables\n[sshd]\nenabled = true\n', 'etc/nftables.conf': NFT } },
    { files: { [J]: '[DEFAULT]\nbanaction = ufw\n[sshd]\nenabled = true\n', 'etc/ufw/user.rules': UFW } },
    // The stock iptables-multiport with an iptables ruleset.
    { files: { [J]: '[sshd]\nenabled = true\n', 'etc/iptables/rules.v4': V4 } },
    // No firewall files: nothing to compare with.
    { files: { [J]: '[sshd]\nenabled = true\n' } },
  ],
  invalid: [
    {
      name: 'the stock iptables action on an nftables host (the value comes from jail.conf)',
      files: { [J]: '[sshd]\nenabled = true\n', 'etc/nftables.conf': NFT },
      findings: [{ messageId: 'mismatch', line: 1, column: 1, endColumn: 7, file: J }],
    },
    {
      files: { [J]: '[DEFAULT]\nbanaction = iptables-multiport\n\n[sshd]\nenabled = true\n', 'etc/ufw/user.rules': UFW },
      findings: [{ messageId: 'mismatch', line: 2, column: 13, endColumn: 31, file: J }],
    },
  ],
});
