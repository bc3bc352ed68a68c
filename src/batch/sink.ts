/** Something output can be written to: a stream, or the CLI's stdout. */
export interface Writable { write(chunk: string | Uint8Array): unknown; once?(event: 'drain', listener: () => void): unknown; on?(event: 'error', listener: (err: Error) => void): unknown }

const CHUNK = 64 * 1024;

/** Collects output lines into larger writes and reports when the stream below asks to wait (backpressure). */
export class BufferedSink {
  private parts: (string | Uint8Array)[] = [];
  private length = 0;
  /** True while the stream below has more buffered than it wants. */
  blocked = false;
  /** The first write error of the stream below, if any. */
  error: Error | null = null;

  /** `onError` hears the first write error of the stream below: the run cannot go on (a full disk). */
  constructor(private readonly target: Writable, private readonly onUnblock: () => void, private readonly onError: (err: Error) => void = () => {}) {
    target.on?.('error', (err) => {
      if (this.error) return;
      this.error = err;
      this.blocked = false;
      this.onError(err);
      this.onUnblock();
    });
  }

  /** Add text (or UTF-8 bytes); it goes down once enough has gathered, or at `flush`. */
  write(text: string | Uint8Array): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }

  /** Write what has gathered. */
  flush(): void {
    if (this.error) { this.parts = []; this.length = 0; return; } // a failed stream never drains: waiting for it would hang the run
    if (this.length === 0) return;
    const text = this.parts.every((p) => typeof p === 'string');
    const chunk = text ? this.parts.join('') : Buffer.concat(this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.parts = [];
    this.length = 0;
    if (this.target.write(chunk) === false && this.target.once && !this.blocked) {
      this.blocked = true;
      this.target.once('drain', () => { this.blocked = false; this.onUnblock(); });
    }
  }
}
