/** Fill `{{name}}` placeholders from `data`. An unknown placeholder is kept verbatim so the rule tester can flag it. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Placeholders a template still contains after formatting (a rule forgot to pass them). */
export function unfilledPlaceholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? '');
}
