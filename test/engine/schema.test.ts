import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configJsonSchema } from '../../src/engine/config.js';
import { STARTER_CONFIG } from '../../src/cli/commands/init.js';

describe('schema/sshlint.schema.json', () => {
  it('is generated from the zod schema (update with vitest -u)', async () => {
    await expect(`${JSON.stringify(configJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../schema/sshlint.schema.json');
  });

  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync('schema/sshlint.schema.json', 'utf8')) as object);

  it.each([
    ['the init starter', parse(STARTER_CONFIG) as unknown],
    ['the example repo', parse(readFileSync('fixtures/example-repo/.sshlint.yml', 'utf8')) as unknown],
    ['a full config', { extends: ['strict', 'cis'], target: 'rhel-9', rules: { 'sshd/max-auth-tries': ['warning', { max: 3 }], 'sshd/x11-forwarding': 'off' }, include: ['hosts/**'], exclude: ['old/**'], plugins: ['./rules'], overrides: [{ files: ['hosts/a/**'], target: 'debian-13', rules: { 'sshd/use-pam': 'note' } }], sshd: { files: ['**/*.sshd'] } }],
  ])('accepts %s', (_name, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown key', { rulez: {} }],
    ['an unknown level', { rules: { 'sshd/x': 'warn' } }],
    ['an unknown preset', { extends: 'paranoid' }],
    ['an unknown target', { target: 'windows' }],
    ['an override without files', { overrides: [{ target: 'rhel-9' }] }],
  ])('rejects %s', (_name, config) => {
    expect(validate(config)).toBe(false);
  });
});
