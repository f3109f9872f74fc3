// Problems are data: collected from every stage, reported together at the end.
// Modelled on vfile-message: a place, a rule id, a reason, and whether the
// input is unusable (fatal) or merely imperfect (warning).

export interface Diagnostic {
  file: string;
  line: number | null;
  page?: number | null;
  /** Stable id of the check, e.g. `units/missing`. */
  ruleId: string;
  /** What is wrong and, where possible, how to fix it. */
  reason: string;
  /** The text that triggered it, shortened. */
  actual?: string;
  fatal: boolean;
}

export function warning(file: string, line: number | null, ruleId: string, reason: string, actual?: string): Diagnostic {
  return { file, line, ruleId, reason, actual: actual ? shorten(actual) : undefined, fatal: false };
}

export function fatal(file: string, line: number | null, ruleId: string, reason: string, actual?: string): Diagnostic {
  return { file, line, ruleId, reason, actual: actual ? shorten(actual) : undefined, fatal: true };
}

function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

/** `file:line  error|warning  reason  [ruleId]`, the shape compilers print. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line === null ? d.file : `${d.file}:${d.line}`;
  const page = d.page ? ` (p. ${d.page})` : '';
  const actual = d.actual ? ` — “${d.actual}”` : '';
  return `${place}${page}  ${d.fatal ? 'error' : 'warning'}  ${d.reason}${actual}  [${d.ruleId}]`;
}

export function countByRule(diagnostics: Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}
