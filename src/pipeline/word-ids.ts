/**
 * One process-wide dictionary of small integer ids for the stem keys and exact forms that lexicon
 * patterns name, shared by the indexes and the word stream, so matching compares integers and looks
 * each distinct word up once. Only lexicon words get ids (text words that no pattern names read as
 * -1), so the dictionary does not grow with the texts. Ids are stable for the life of the process;
 * stem keys and exact forms have separate namespaces in one number space. `generation` changes when
 * new ids are added, so caches of text-word ids know to start again.
 */
const keyIds = new Map<string, number>();
const exactIds = new Map<string, number>();
let count = 0;
let generation = 0;

/** The id of a stem key a lexicon names (assigned on first use). */
export function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) { keyIds.set(key, (id = count++)); generation++; }
  return id;
}

/** The id of an exact form a lexicon names (assigned on first use). */
export function exactId(form: string): number {
  let id = exactIds.get(form);
  if (id === undefined) { exactIds.set(form, (id = count++)); generation++; }
  return id;
}

/** The id of a text word's stem key, or -1 when no lexicon names it. */
export function knownKeyId(key: string): number {
  return keyIds.get(key) ?? -1;
}

/** The id of a text word's exact form, or -1 when no lexicon names it. */
export function knownExactId(form: string): number {
  return exactIds.get(form) ?? -1;
}

/** Changes whenever ids are added. */
export function idGeneration(): number {
  return generation;
}

/** The word ids of stem keys and exact forms, in one array (keys first; given on first use). */
export function idsOf(words: { keys: Iterable<string>; exact: Iterable<string> }): Int32Array {
  return Int32Array.from([...[...words.keys].map(keyId), ...[...words.exact].map(exactId)]);
}

/** How many ids have been assigned so far: every id is below it. */
export function idCount(): number {
  return count;
}
