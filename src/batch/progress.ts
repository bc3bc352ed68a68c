import { type CliIO, warn } from '../cli/context.js';

/** Progress on stderr: records done, records/s and, when the input size is known, a bar and an ETA; `log` prints a diagnostic line around it. */
export interface Progress { update(records: number, bytes: number): void; log(message: string): void; stop(): void }

/** A progress display on stderr when it is a terminal and not --quiet; otherwise one that prints nothing but the lines it is given to log. */
export async function createProgress(io: CliIO, quiet: boolean, totalBytes: number | null): Promise<Progress> {
  if (quiet || !io.stderr.isTTY) return { update() {}, log: (message) => warn(io, message), stop() {} };
  const { default: cliProgress } = await import('cli-progress');
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar({
    format: known ? 'framelens {bar} {percentage}% | {records} records | {rate} records/s | ETA {eta_formatted}' : 'framelens {records} records | {rate} records/s',
    stream: io.stderr as NodeJS.WritableStream,
    clearOnComplete: true,
    hideCursor: true,
    etaBuffer: 200,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  let done = { records: 0, bytes: 0 };
  const values = () => {
    const seconds = (Date.now() - started) / 1000;
    return [known ? Math.min(done.bytes, totalBytes) : 0, { records: done.records, rate: seconds > 0 ? (done.records / seconds).toFixed(0) : '0' }] as const;
  };
  const begin = () => { const [value, payload] = values(); bar.start(known ? totalBytes : 1, value, payload); };
  begin();
  return {
    update(records, bytes) {
      done = { records, bytes };
      bar.update(...values());
    },
    // The bar is taken down (its line cleared, line wrapping back on) for the message and drawn again below it: a message is not glued to the bar, cut at the terminal width, or erased when the bar's saved cursor is restored at the end.
    log(message) {
      bar.stop();
      warn(io, message);
      begin();
    },
    stop() { bar.stop(); },
  };
}
