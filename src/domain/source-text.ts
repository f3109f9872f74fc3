// The text a source's line numbers count (a measure's 第 N 行): a plain text
// file as it is, a PDF, Word, Excel or web page file as its reader extracted
// it. The ingest writes it (content/sources/), the site publishes it at
// /sources/<name>, so a reader can check a measure against its source: an
// open-data review could not, for a third of the measures had no page number.
/** The text's file name: the source's own for plain text, `<name>.txt` for a file read by a format's reader. */
export const sourceTextName = (file: string): string => {
  const name = file.split('/').at(-1)!;
  return /\.txt$/i.test(name) ? name : `${name}.txt`;
};

/** Where the site publishes a source's text. */
export const sourceTextHref = (file: string): string => `/sources/${encodeURIComponent(sourceTextName(file))}`;
