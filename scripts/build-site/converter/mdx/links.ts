// Web and mail addresses in policy text become explicit links. Left as text,
// GFM's autolink-literal rule would find them too, but it ends an address
// only at whitespace, and Chinese prose has none: "www.zlcp.org.cn）,提升…"
// would link the rest of the paragraph. Addresses in these documents are
// ASCII, so an address ends at the first character outside ASCII.
import type { PhrasingContent } from 'mdast';

const ADDRESS = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Sentence punctuation that may follow an address without belonging to it.
const TRAILING = /[.,;:!?'*]+$/;

export function linkify(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    if (!/[A-Za-z]{2,}/.test(address.split('@').pop() ?? '')) continue;
    const start = match.index;
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    out.push({ type: 'link', url: hrefOf(address), children: [{ type: 'text', value: address }] });
    last = start + address.length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out.length ? out : [{ type: 'text', value }];
}

function hrefOf(address: string): string {
  if (address.includes('@') && !/^(https?:|www\.)/.test(address)) return `mailto:${address}`;
  return address.startsWith('www.') ? `https://${address}` : address;
}
