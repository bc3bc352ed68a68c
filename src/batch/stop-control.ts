import type { FramelensError } from '../errors.js';

/** Why a run stopped early: a signal (exit 128 + its number) or a fatal error. */
export type Stop = { kind: 'signal'; code: number } | { kind: 'fatal'; error: FramelensError };

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(SIGNAL_CODES) as NodeJS.Signals[];

/** Stops a run once: on Ctrl-C (SIGINT), SIGTERM or SIGHUP, or on a fatal error; closes the input streams so reading ends at once. */
export class StopControl {
  /** Why the run stopped, once it has. */
  reason: Stop | null = null;
  /** Input streams being read, destroyed on stop. */
  readonly streams = new Set<{ destroy(): unknown }>();
  /** Resolves with the reason when the run stops. */
  readonly stopped: Promise<Stop>;
  private resolve: (stop: Stop) => void = () => {};
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (!this.reason) { this.halt({ kind: 'signal', code: SIGNAL_CODES[signal] ?? 1 }); return; }
    this.onForce(); // a second signal while stopping: clean up, then let the signal end the process as usual
    this.unlisten();
    process.kill(process.pid, signal);
  };

  /** `onHalt` runs when the run stops; `onForce` before a second signal ends the process (it removes the temporary files). */
  constructor(private readonly onHalt: () => void, private readonly onForce: () => void = () => {}) {
    this.stopped = new Promise<Stop>((resolve) => { this.resolve = resolve; });
  }

  /** Listen for SIGINT, SIGTERM and SIGHUP (a closed terminal): the first stops the run, a second ends the process after removing the temporary files. */
  listen(): void {
    for (const s of SIGNALS) process.on(s, this.onSignal);
  }

  /** Stop listening for signals. */
  unlisten(): void {
    for (const s of SIGNALS) process.removeListener(s, this.onSignal);
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
