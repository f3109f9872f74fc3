// The `_headers` file static hosts read (Netlify, Cloudflare Pages): blocks of
// a path pattern followed by indented `Name: value` lines. The test server
// applies it, so the browser tests run under the deployed security headers.

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`${file}:${index + 1}: expected an indented “Name: value” under a path line, got “${line.trim()}”`);
    rule.headers.push([match[1], match[2]]);
  });
  return rules;
}

/** Headers for a URL path: every rule whose pattern matches (`*` matches anything), in file order. */
export function headersFor(rules: HeaderRule[], urlPath: string): [string, string][] {
  return rules
    .filter((rule) =>
      new RegExp(
        `^${rule.pattern
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ).test(urlPath),
    )
    .flatMap((rule) => rule.headers);
}
