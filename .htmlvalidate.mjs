// html-validate (scripts/dev/validate-html.ts, run by .ci/run): the
// recommended rules, over one built page of every route. Each exception
// below says why the site departs from the rule.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Heading ids are made from the heading's own text (Astro's slugger over the
    // policy text), and Chinese headings often begin with their number
    // (“6规范行业协会商会收费”). HTML allows any id without whitespace; the strict
    // form asks for ids usable as bare CSS selectors, which nothing here needs.
    'valid-id': ['error', { relaxed: true }],
  },
};
