import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/version.js';
import { captureIo } from '../helpers/io.js';

describe('sshlint main', () => {
  it('prints the package version', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(io.out()).toBe(`${pkg.version}\n`);
    expect(VERSION).toBe(pkg.version);
  });

  it('prints help with exit 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('print-config');
  });
});
