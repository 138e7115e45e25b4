/**
 * Messages are written without a final period (they are also shown inline by the stylish reporter);
 * SARIF, annotations and the job summary join a message and its suggestion, so each gets one.
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
