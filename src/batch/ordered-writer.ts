/** Puts items that finish out of order back in sequence order (0, 1, 2, ...) and hands each on as soon as all before it are done. */
export class OrderedWriter<T> {
  private readonly waiting = new Map<number, T>();
  /** How many items have been handed on; also the next sequence number expected. */
  flushed = 0;

  constructor(private readonly emit: (item: T, seq: number) => void) {}

  /** Accept item `seq`; emits it and every waiting item that now follows in order. */
  put(seq: number, item: T): void {
    if (seq !== this.flushed) { this.waiting.set(seq, item); return; }
    this.emit(item, seq);
    this.flushed++;
    for (let next = this.waiting.get(this.flushed); next !== undefined; next = this.waiting.get(this.flushed)) {
      this.waiting.delete(this.flushed);
      this.emit(next, this.flushed);
      this.flushed++;
    }
  }

  /** Items waiting for an earlier one. */
  get buffered(): number {
    return this.waiting.size;
  }
}
