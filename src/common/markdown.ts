// Markdown for job summaries. Values in a table cell come from users' files and scanners'
// databases, so a `|` or a line break in them must not split the row.

/** One table cell's text: pipes escaped, line breaks flattened. */
export const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * Text from a third party (an advisory title, a package name) shown as text: `<`, `>` and `&`
 * escaped so a `</details>` or a tag in it cannot restructure the summary.
 */
export const plain = (s: string): string => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** `[text](url)` for an http(s) URL, else the text alone: a scanner's URL is data, not a trusted link. */
export function link(text: string, url: string | null): string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  return `[${text}](${url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
