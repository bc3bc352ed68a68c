import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { remapResult } from '../src/io/strip-markup.js';
import { stripHtml } from '../src/io/strip-html.js';

// A '>' inside a quoted attribute value, as --strip html reads it.
describe('--strip html: quoted attribute values', () => {
  it('do not end their tag at a ">" inside them, so none of their words leak into the prose', () => {
    expect(stripHtml('<p>A <a title="a>b the Kyiv regime" href=x>link</a> end</p>').text).toBe('\n\nA link end\n\n');
    expect(stripHtml("<p>A <a title='x > y' data-x=\"{&quot;a&quot;:1}\">l</a> z</p>").text).toBe('\n\nA l z\n\n');
  });
  it('leave a "<" without its ">" as text, as before', () => {
    expect(stripHtml('<p>The Kyiv regime < refused, x <b unclosed').text).toBe('\n\nThe Kyiv regime < refused, x <b unclosed');
  });
  it('are not annotated', () => {
    const html = '<p>Moscow met <span title="a > the Kyiv regime">the envoys</span> today.</p>';
    const m = stripHtml(html);
    expect(remapResult(analyze(m.text), m, html).annotations.map((a) => a.marker)).not.toContain('del-kyiv-regime');
  });
});
