/**
 * One process-wide dictionary of small integer ids for stem keys and exact forms, shared by the
 * lexicon indexes and the word stream, so matching compares integers and looks each distinct word
 * up once. Ids are stable for the life of the process; stem keys and exact forms have separate
 * namespaces in one number space.
 */
const keyIds = new Map<string, number>();
const exactIds = new Map<string, number>();
let count = 0;

/** The id of a stem key (assigned on first use). */
export function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = count++));
  return id;
}

/** The id of an exact form (assigned on first use). */
export function exactId(form: string): number {
  let id = exactIds.get(form);
  if (id === undefined) exactIds.set(form, (id = count++));
  return id;
}

/** How many ids have been assigned so far: every id is below it. */
export function idCount(): number {
  return count;
}
