import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostFsFor } from '../../../src/cli/commands/print-config-fail2ban.js';
import { buildFail2banModel } from '../../../src/model/fail2ban/index.js';
import { TARGET_NAMES } from '../../../src/model/targets.js';

/** Real-world configurations (../shared/corpus, when present) and our fixtures: none may crash the model. */
function trees(): string[] {
  const out: string[] = [];
  for (const root of ['fixtures/fail2ban', '../shared/corpus/fail2ban', '../shared/corpus/multi']) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = path.join(root, name);
      if (existsSync(path.join(dir, 'etc/fail2ban'))) out.push(dir);
      else if (existsSync(path.join(dir, 'config/jail.conf'))) out.push(path.join(dir, 'config'));
    }
  }
  return out;
}

describe('every fail2ban tree of the corpus resolves without a crash, for every target', () => {
  const list = trees();
  it('finds trees', () => expect(list.length).toBeGreaterThan(0));
  it.each(list)('%s', (dir) => {
    for (const target of TARGET_NAMES) {
      const m = buildFail2banModel(hostFsFor(dir), { target });
      expect(m, `${dir} (${target})`).toBeDefined();
      expect(m!.jails.length).toBeGreaterThan(0);
      for (const j of m!.jails) expect(typeof j.enabled.value).toBe('boolean');
    }
  });
});
