// The first part of a contracted negation as the word it stands for, shared by the text's words (words.ts) and the
// lexicon's pattern words (lexicon/pattern-words.ts), so that both read "can't", "won't" and "shan't" alike.

/** The word a contracted negation's first part stands for ("can't" is "can" + "not", "won't" is "will" + "not"; "cannot" is "can" + "not"). */
export const CONTRACTED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['can', 'can']]);
