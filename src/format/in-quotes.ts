/** Quotation marks a wording may open or close with. */
const QUOTE_AT_END = /^["“”«»‘’']|["“”«»‘’']$/;

/**
 * A wording in quotation marks for the text formats, unless it already opens or closes with one: a match across a
 * quotation prints as `"Peace cannot be negotiated," he said`, not `""Peace cannot be negotiated," he said"`.
 */
export function inQuotes(text: string): string {
  return QUOTE_AT_END.test(text) ? text : `"${text}"`;
}
