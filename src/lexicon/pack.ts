// The compact form of the compiled built-in lexicon: every distinct value stored once, as one stream of integers.
//
// Compiled patterns repeat the same pieces thousands of times (`(a|an|the)?`, `<ADJ>?`, the same word lists),
// so the build stores a table of distinct values instead of the plain tree: the strings and numbers as JSON
// (dist/builtin-lexicon.json) and the nodes as a flat list of 32-bit integers written as raw bytes beside it
// (dist/builtin-lexicon.bin), instead of tens of thousands of small JSON arrays or 300,000 numbers for
// JSON.parse to read. Reading it is one pass (cold start: see the README's speed section). Values that were
// equal come back as one shared object: the compiled lexicon is read-only.

/**
 * A packed value as the build writes it: the strings and numbers as JSON (`tables`), and the node stream
 * as raw Int32 little-endian bytes (`stream`); node i only refers to nodes before it, the last node is the root.
 */
export interface PackedTables { packed: 4; strings: string[]; numbers: number[] }

/** Node tags in `code`, each followed by its payload. */
const enum Tag { Str = 0, Num = 1, True = 2, False = 3, Null = 4, Arr = 5, Obj = 6 }

/** Pack a JSON-compatible value (no undefined inside arrays; undefined object fields are dropped, as JSON.stringify does) into its tables and node stream. */
export function pack(value: unknown): { tables: PackedTables; stream: Buffer } {
  const strings: string[] = [];
  const numbers: number[] = [];
  const code: number[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  const intern = (key: string, emit: () => number[]): number => {
    let at = seen.get(key);
    if (at === undefined) { code.push(...emit()); at = count++; seen.set(key, at); }
    return at;
  };
  const visit = (v: unknown): number => {
    if (typeof v === 'string') return intern(`s${v}`, () => [Tag.Str, strings.push(v) - 1]);
    if (typeof v === 'number') return intern(`n${v}`, () => [Tag.Num, numbers.push(v) - 1]);
    if (v === true) return intern('t', () => [Tag.True]);
    if (v === false) return intern('f', () => [Tag.False]);
    if (v === null) return intern('z', () => [Tag.Null]);
    if (Array.isArray(v)) {
      const refs = v.map(visit);
      return intern(`a${refs.join(',')}`, () => [Tag.Arr, refs.length, ...refs]);
    }
    if (typeof v === 'object') {
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const k = visit(keys);
      const refs = keys.map((key) => visit((v as Record<string, unknown>)[key]));
      return intern(`o${k}:${refs.join(',')}`, () => [Tag.Obj, k, ...refs]);
    }
    throw new Error(`framelens: cannot pack a value of type ${typeof v}`);
  };
  const root = visit(value);
  if (root !== count - 1) throw new Error('framelens: pack: the root is not the last node'); // cannot happen: children are visited first
  const ints = new Int32Array(code);
  return { tables: { packed: 4, strings, numbers }, stream: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength) };
}

/** True when a parsed JSON value holds the tables of a packed value whose node stream is stored apart. */
export function isPackedTables(value: unknown): value is PackedTables {
  return typeof value === 'object' && value !== null && (value as PackedTables).packed === 4 && Array.isArray((value as PackedTables).strings) && Array.isArray((value as PackedTables).numbers);
}

/** The node stream's bytes as integers (in place when aligned, which a file read into its own buffer is); undefined when the length is not whole integers. */
export function streamInts(bytes: Buffer): Int32Array | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  return new Int32Array(Uint8Array.from(bytes).buffer);
}

/** Rebuild a value from its tables and node stream in one pass (shared values come back as one object). */
export function unpackStream<T>(strings: string[], numbers: number[], code: Int32Array): T {
  const out: unknown[] = [];
  let i = 0;
  while (i < code.length) {
    const tag = code[i++];
    if (tag === Tag.Str) out.push(strings[code[i++]]);
    else if (tag === Tag.Num) out.push(numbers[code[i++]]);
    else if (tag === Tag.True) out.push(true);
    else if (tag === Tag.False) out.push(false);
    else if (tag === Tag.Null) out.push(null);
    else if (tag === Tag.Arr) {
      const n = code[i++];
      const arr = new Array(n);
      for (let j = 0; j < n; j++) arr[j] = out[code[i++]];
      out.push(arr);
    } else {
      const keys = out[code[i++]] as string[];
      const obj: Record<string, unknown> = {};
      for (let j = 0; j < keys.length; j++) obj[keys[j]] = out[code[i++]];
      out.push(obj);
    }
  }
  return out[out.length - 1] as T;
}
