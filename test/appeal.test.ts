import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const credit = (text: string) => analyze(text).annotations.find((a) => a.category === 'credit-claiming');

describe('an appeal to others claims no credit (context: appeals)', () => {
  it('scores a credit-claiming marker in the infinitive after an appeal verb low, explained', () => {
    const a = credit('We urge both sides to hold productive talks on the war in Ukraine.')!;
    expect(a.modifiers).toEqual(['appeal']);
    expect(a.explanation.factors).toEqual([{ factor: 'appeal', cue: 'urge', effect: 'x0.1', value: a.score }]);
    expect(a.score).toBeLessThan(0.1);
    expect(credit('The President urged Kyiv and Moscow to reach a great deal to end the war.')!.modifiers).toContain('appeal');
    expect(credit('We call on Moscow to make it a very good call for peace in Ukraine.')!.modifiers).toContain('appeal');
  });
  it('scores a credit-claiming marker low after a wish and a modal or infinitive: hoping is not achieving', () => {
    const a = credit('Beijing hopes the two sides will reach a great deal.')!;
    expect(a.modifiers).toEqual(['appeal']);
    expect(a.explanation.factors[0]).toMatchObject({ factor: 'appeal', cue: 'hopes' });
    expect(credit('We hope all parties will hold productive talks.')!.modifiers).toContain('appeal');
    expect(credit('We hope to achieve a breakthrough.')!.modifiers).toContain('appeal');
  });
  it('leaves a claim next to a wish alone when no modal or infinitive leads from the wish to it', () => {
    expect(credit('Thanks to President Trump, we achieved a breakthrough, and we hope it will last.')!.modifiers).toEqual([]);
    expect(credit('We expect that the understandings reached in Anchorage will be implemented.')!.modifiers).toEqual([]);
  });
  it('leaves a claim, an appeal without an infinitive, and other categories alone', () => {
    expect(credit('We held productive talks with Ukraine on the war.')!.modifiers).toEqual([]);
    expect(credit('We urge restraint after productive talks on the war in Ukraine.')!.modifiers).toEqual([]);
    const peace = analyze('We urge both sides to agree a ceasefire in the war in Ukraine.').annotations.find((a) => a.category === 'peace-process')!;
    expect(peace.modifiers).not.toContain('appeal');
  });
});
