import { readFileSync, statSync } from 'node:fs';
import { FramelensError } from '../errors.js';
import { decodeWindows1252, looksLikeWindows1252 } from './windows-1252.js';

/** A decoded input text, with warnings for the user (stderr). */
export interface InputText { text: string; warnings: string[] }

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], ['PNG', [0x89, 0x50, 0x4e, 0x47]], ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]], ['ZIP', [0x50, 0x4b, 0x03, 0x04]], ['gzip', [0x1f, 0x8b]],
];

/** True when bytes look binary: a known file signature, or a NUL byte in the first 8 KiB. */
export function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some(([, sig]) => sig.every((b, i) => bytes[i] === b))) return true;
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

/** True when the first 8 KiB have a NUL in most odd or most even bytes and almost none in the others: Latin-script text in UTF-16 (LE or BE) without a BOM. */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length < 4) return false;
  const zeros = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 2]++;
  const half = head.length / 2;
  return Math.max(...zeros) >= 0.6 * half && Math.min(...zeros) <= 0.02 * half;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** How bytes were read as text: as UTF-8; as Windows-1252 (not UTF-8, and not one valid UTF-8 sequence in them); or as damaged UTF-8, its bad bytes replaced with U+FFFD. */
export type Utf8Reading = 'utf-8' | 'windows-1252' | 'replaced';

/** Decode bytes as UTF-8, else as Windows-1252 when they read so, else with U+FFFD for the bytes that are not UTF-8 (see Utf8Reading); for files and for batch's lines alike. */
export function decodeUtf8(bytes: Uint8Array): { text: string; read: Utf8Reading } {
  try {
    return { text: strict.decode(bytes), read: 'utf-8' };
  } catch {
    if (looksLikeWindows1252(bytes)) return { text: decodeWindows1252(bytes), read: 'windows-1252' };
    return { text: lenient.decode(bytes), read: 'replaced' };
  }
}

/** The UTF-16 encoding a byte order mark at the start of `bytes` names, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

/** Decode bytes as UTF-8 (or UTF-16 after a UTF-16 BOM): binary is refused; bytes that are not UTF-8 but read as Windows-1252 are decoded so, and other invalid UTF-8 with U+FFFD, each with a warning naming `label`. */
export function decodeBytes(bytes: Uint8Array, label: string): InputText {
  const utf16 = utf16Bom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), warnings: [] };
  if (isBinary(bytes)) throw new FramelensError(`${label}: not a text file${looksLikeBomlessUtf16(bytes) ? ' (it looks like UTF-16 without a byte order mark: save it as UTF-8)' : ''}`);
  const { text, read } = decodeUtf8(bytes);
  if (read === 'windows-1252') return { text, warnings: [`framelens: ${label}: not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)`] };
  if (read === 'replaced') return { text, warnings: [`framelens: ${label}: invalid UTF-8, decoded with replacement characters (U+FFFD)`] };
  return { text, warnings: [] };
}

/** What went wrong reading a file, in a few words, from its error code ("no such file", "permission denied" ...). */
export function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder, expected a file' : `cannot read (${code ?? 'error'})`;
}

/** Read a text file; a missing file, a folder or an unreadable file is a one-line FramelensError naming the path. */
export function readTextFile(path: string): InputText {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new FramelensError(`${path}: is a folder, expected a file`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof FramelensError) throw err;
    throw new FramelensError(`${path}: ${readProblem(err)}`);
  }
  return decodeBytes(bytes, path);
}

/** Read all of a stream (stdin) as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
