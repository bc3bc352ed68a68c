/** Hyphens that join the parts of one written word ("trust-based", "peace‑loving"): hyphen-minus, hyphen (U+2010), non-breaking hyphen (U+2011). */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

/** True when `value` (a token) is one hyphen: hyphen-minus, U+2010 or U+2011. */
export const isHyphen = (value: string): boolean => HYPHENS.has(value);
