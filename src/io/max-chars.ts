import { createReadStream, statSync } from 'node:fs';
import { FramelensError } from '../errors.js';
import { isBinary } from './read-text.js';

/**
 * Default --max-chars of `framelens analyze`, `report` and `compare`: 10 Mi (10,485,760) UTF-16 code units, so any 10 MB
 * file passes. Time and memory grow linearly: a 10 MB readout takes about 0.85 GB of memory, a 10 MB text dense
 * with markers over 2 GB, which a higher cap would push past Node's default heap.
 */
export const DEFAULT_MAX_CHARS = 10 * 1024 * 1024;

/** Default --max-chars of `framelens batch` (1,000,000): a longer record is refused as a bad record, the others go on. */
export const DEFAULT_BATCH_MAX_CHARS = 1_000_000;

/** The message for a text over --max-chars, after what shows it (`text has 50 characters`, `file has N bytes, so more than M characters`). */
export function overMaxChars(what: string, max: number): string {
  return `${what}, over --max-chars ${max} (split the text, or raise --max-chars)`;
}

function refuse(label: string, what: string, max: number): never {
  throw new FramelensError(`${label}: ${overMaxChars(what, max)}`);
}

/** Refuse a file before reading it when its size alone shows it is too long (UTF-8 spends at most 3 bytes per UTF-16 unit). */
export function checkFileSize(path: string, max: number): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return;
    size = stat.size;
  } catch {
    return; // reading the file reports the problem
  }
  if (size > 3 * max) refuse(path, `${size} bytes, so more than ${max} characters`, max);
}

/** Refuse a decoded text longer than `max` characters (UTF-16 code units, as offsets count them). */
export function checkMaxChars(text: string, label: string, max: number): void {
  if (text.length > max) refuse(label, `${text.length} characters`, max);
}

/** Read all of a stream (stdin) as bytes, refusing it as soon as it is sure to hold more than `max` characters (3 bytes per character), or binary once its first 8 KiB show it. */
export async function readStreamWithin(stream: NodeJS.ReadableStream, label: string, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    chunks.push(buf);
    if (size - buf.length < 8192 && size >= Math.min(8192, 3 * max) && isBinary(Buffer.concat(chunks))) throw new FramelensError(`${label}: not a text file`);
    if (size > 3 * max) refuse(label, `more than ${3 * max} bytes, so more than ${max} characters`, max);
  }
  return Buffer.concat(chunks);
}

/** Read a path that is not a regular file (a FIFO, `<(command)`, a device such as /dev/zero) as a stream, within the same limit. */
export async function readSpecialWithin(path: string, max: number): Promise<Uint8Array | null> {
  try {
    const stat = statSync(path);
    if (stat.isFile() || stat.isDirectory()) return null;
  } catch {
    return null; // reading the file reports the problem
  }
  return readStreamWithin(createReadStream(path), path, max);
}
