// The `_redirects` file static hosts read (Cloudflare Pages, Netlify): a line
// per rule, `from to status`. The test server applies its exact-path rules
// the way Cloudflare Pages does (a rule wins over a file at the same path),
// so the tests follow an old address as a reader's browser would.

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

export function parseRedirects(text: string, file = '_redirects'): RedirectRule[] {
  const rules: RedirectRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [from, to, status = '302', ...rest] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !to || rest.length || !/^30[1278]$/.test(status)) {
      throw new Error(`${file}:${index + 1}: expected “/from /to 301”, got “${line.trim()}”`);
    }
    rules.push({ from, to, status: Number(status) });
  });
  return rules;
}

/** The rule for a URL path, if any: the first whose path is it (hosts apply the topmost). */
export const redirectFor = (rules: readonly RedirectRule[], urlPath: string): RedirectRule | undefined => rules.find((r) => r.from === urlPath);

/** The file's text: a comment saying where it comes from, then a rule a line. */
export function formatRedirects(rules: readonly RedirectRule[], comment: string): string {
  const head = comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${head}\n${rules.map((r) => `${r.from} ${r.to} ${r.status}`).join('\n')}\n`;
}
