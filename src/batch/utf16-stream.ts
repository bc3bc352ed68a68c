import { TextDecoder } from 'node:util';
import { utf16Bom } from '../io/read-text.js';

/**
 * Pass a byte stream through unchanged, unless it starts with a UTF-16 byte order mark: then it is
 * decoded as it arrives (the mark dropped, a character split across chunks kept whole) and passed on
 * as UTF-8, so that the JSONL and CSV readers, which split UTF-8 lines, read it like any other input.
 */
export async function* utf16ToUtf8(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | null = null;
  let head: Buffer | null = Buffer.alloc(0); // the first bytes, until there are two to look at
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (head) {
      buf = Buffer.concat([head, buf]);
      if (buf.length < 2) { head = buf; continue; }
      head = null;
      const encoding = utf16Bom(buf);
      if (encoding) decoder = new TextDecoder(encoding);
    }
    if (!decoder) yield buf;
    else {
      const text = decoder.decode(buf, { stream: true });
      if (text) yield Buffer.from(text);
    }
  }
  if (head?.length) yield head;
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest);
  }
}
