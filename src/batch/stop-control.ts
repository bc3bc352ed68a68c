import type { FramelensError } from '../errors.js';

/** Why a run stopped early: a signal (exit 128 + its number) or a fatal error. */
export type Stop = { kind: 'signal'; code: number } | { kind: 'fatal'; error: FramelensError };

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Stops a run once: on Ctrl-C (SIGINT) or SIGTERM, or on a fatal error; closes the input streams so reading ends at once. */
export class StopControl {
  /** Why the run stopped, once it has. */
  reason: Stop | null = null;
  /** Input streams being read, destroyed on stop. */
  readonly streams = new Set<{ destroy(): unknown }>();
  /** Resolves with the reason when the run stops. */
  readonly stopped: Promise<Stop>;
  private resolve: (stop: Stop) => void = () => {};
  private readonly onSignal = (signal: NodeJS.Signals) => this.halt({ kind: 'signal', code: SIGNAL_CODES[signal] ?? 1 });

  constructor(private readonly onHalt: () => void) {
    this.stopped = new Promise<Stop>((resolve) => { this.resolve = resolve; });
  }

  /** Listen for SIGINT and SIGTERM (once each: a second Ctrl-C kills as usual). */
  listen(): void {
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  /** Stop listening for signals. */
  unlisten(): void {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }

  /** Stop the run (the first reason wins). */
  halt(reason: Stop): void {
    if (this.reason) return;
    this.reason = reason;
    for (const stream of this.streams) stream.destroy();
    this.resolve(reason);
    this.onHalt();
  }
}
