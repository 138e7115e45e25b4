import * as core from '@actions/core';

export async function run(): Promise<void> {
  await Promise.resolve();
  core.setFailed('sshlint action is not available yet');
}
