// A reform its documents write in more than one way (带押过户, 带押登记;
// “办不成事”反映窗口 for 办不成事反映窗口): search finds each way exactly as
// written, so a query naming the reform one way offers the others.

export interface ReformForms {
  name: string;
  url: string;
  /** The ways its adopting documents write it. */
  forms: string[];
}

/** Quotes and spaces fold away when telling which reform a query names. */
const fold = (text: string) => text.replace(/[“”"'‘’\s]/g, '');
/** As the query parser keeps a phrase: without the punctuation it starts or ends on. */
const trim = (text: string) => text.replace(/^[“"‘']+|[”"’']+$/g, '');

/** The reform a query names (by its name or a form its documents use), and the forms the query did not type. */
export function otherForms(query: string, reforms: readonly ReformForms[]): { reform: ReformForms; others: string[] } | undefined {
  const typed = fold(query);
  if (!typed) return undefined;
  const reform = reforms.find((r) => [r.name, ...r.forms].some((f) => fold(f) === typed));
  const others = reform?.forms.filter((f) => trim(f) !== trim(query.trim())) ?? [];
  return reform && others.length ? { reform, others } : undefined;
}

/** A reform worth a hint: its documents write it otherwise than its name, or in more than one way. */
export function hasOtherForms(reform: Pick<ReformForms, 'name' | 'forms'>): boolean {
  return reform.forms.length > 1 || (reform.forms.length === 1 && reform.forms[0] !== reform.name);
}
