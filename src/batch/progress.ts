import type { CliIO } from '../cli/context.js';

/** Progress on stderr: records done, records/s and, when the input size is known, a bar and an ETA. */
export interface Progress { update(records: number, bytes: number): void; stop(): void }

const NONE: Progress = { update() {}, stop() {} };

/** A progress display on stderr when it is a terminal and not --quiet; otherwise one that prints nothing. */
export async function createProgress(io: CliIO, quiet: boolean, totalBytes: number | null): Promise<Progress> {
  if (quiet || !io.stderr.isTTY) return NONE;
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
  bar.start(known ? totalBytes : 1, 0, { records: 0, rate: '0' });
  return {
    update(records, bytes) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, { records, rate: seconds > 0 ? (records / seconds).toFixed(0) : '0' });
    },
    stop() { bar.stop(); },
  };
}
