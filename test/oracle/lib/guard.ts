import { sshdOracleUnavailable } from './sshd.js';

/**
 * Whether the sshd oracle can run here. In CI (`CI` set) a missing sshd is an error, never a skip:
 * the suite must really run there. Locally it skips with the reason printed once.
 */
export function sshdOracleReady(): boolean {
  const why = sshdOracleUnavailable();
  if (why === null) return true;
  if (process.env.CI) throw new Error(`sshd oracle unavailable in CI: ${why}`);
  console.warn(`skipping sshd oracle tests: ${why}`);
  return false;
}
