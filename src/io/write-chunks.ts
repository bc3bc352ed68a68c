/** A stream written to in chunks: `write` returns false when its buffer is full, and `once('drain')` says when to go on. */
export interface ChunkTarget { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown }

/** Write chunks in order, waiting for 'drain' whenever the stream asks to, so a slow reader (a pipe) never makes output pile up in memory. */
export async function writeChunks(target: ChunkTarget, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (target.write(chunk) === false && target.once) await new Promise<void>((resolve) => target.once!('drain', resolve));
  }
}
