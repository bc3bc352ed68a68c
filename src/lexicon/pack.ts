// The compact form of the compiled built-in lexicon: every distinct value stored once.
//
// Compiled patterns repeat the same pieces thousands of times (`(a|an|the)?`, `<ADJ>?`, the same word lists),
// so `dist/builtin-lexicon.json` holds a table of distinct values instead of the plain tree. Reading it is then
// a smaller JSON.parse and one pass over the table (cold start: see the README's speed section).
// Values that were equal come back as one shared object: the compiled lexicon is read-only.

/** A packed value: the node table and the index of the root. Node i only refers to nodes before it. */
export interface Packed { packed: 1; nodes: PackedNode[]; root: number }

/** A table entry: a primitive as itself, an array as `[node indices]`, an object as `[-1 - keys node, ...value node indices]`. */
export type PackedNode = string | number | boolean | null | number[];

/** Pack a JSON-compatible value (no undefined inside arrays; undefined object fields are dropped, as JSON.stringify does). */
export function pack(value: unknown): Packed {
  const nodes: PackedNode[] = [];
  const seen = new Map<string, number>();
  const intern = (node: PackedNode): number => {
    const key = typeof node === 'string' ? `s${node}` : JSON.stringify(node);
    let at = seen.get(key);
    if (at === undefined) { at = nodes.push(node) - 1; seen.set(key, at); }
    return at;
  };
  const visit = (v: unknown): number => {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return intern(v);
    if (Array.isArray(v)) return intern(v.map(visit));
    if (typeof v === 'object') {
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const k = intern(keys.map((key) => intern(key)));
      return intern([-1 - k, ...keys.map((key) => visit((v as Record<string, unknown>)[key]))]);
    }
    throw new Error(`framelens: cannot pack a value of type ${typeof v}`);
  };
  const root = visit(value);
  return { packed: 1, nodes, root };
}

/** True when a parsed JSON value is a packed table rather than a plain tree. */
export function isPacked(value: unknown): value is Packed {
  return typeof value === 'object' && value !== null && (value as Packed).packed === 1 && Array.isArray((value as Packed).nodes);
}

/** Rebuild the value from its table, in one pass (shared values come back as one object). */
export function unpack<T>(packed: Packed): T {
  const { nodes } = packed;
  const out: unknown[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === null || typeof node !== 'object') { out[i] = node; continue; }
    if (node.length === 0 || node[0] >= 0) {
      const arr = new Array(node.length);
      for (let j = 0; j < node.length; j++) arr[j] = out[node[j]];
      out[i] = arr;
    } else {
      const keys = out[-1 - node[0]] as string[];
      const obj: Record<string, unknown> = {};
      for (let j = 0; j < keys.length; j++) obj[keys[j]] = out[node[j + 1]];
      out[i] = obj;
    }
  }
  return out[packed.root] as T;
}
