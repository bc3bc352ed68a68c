import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** The factors of the first annotation of a category, by name (throws when the category has none: every text here has one). */
const factorsOf = (text: string, category: string) => {
  const a = analyze(text).annotations.find((x) => x.category === category);
  if (!a) throw new Error(`no ${category} annotation`);
  return a.explanation.factors.map((f) => f.factor);
};

describe('a short statement that names the war and one more topic word is on the topic', () => {
  it('scores a strike statement that names Russia and its missiles in full', () => {
    const text = 'Last night Russia fired more than 400 drones and 40 missiles at our cities. Whole districts were left without heat in the frost. This is pure terror against civilians, and two children were killed in Rivne when a strike hit a residential building.';
    expect(factorsOf(text, 'humanitarian-appeal')).not.toContain('off-topic');
  });
  it('scores a post that names Putin and the war in full', () => {
    const text = 'Had a very productive meeting with President Putin today. We are getting close on many points, and I think this horrible war can be over soon. Nobody has ever worked harder to end it than me. Lots of good things are happening and the whole world is watching!';
    expect(factorsOf(text, 'credit-claiming')).not.toContain('off-topic');
  });
  it('reads "the Ukraine crisis" as two topic words, the place and the crisis', () => {
    const text = 'On the Ukraine crisis, China believes that dialogue and negotiation are the only way out. We call on all parties to show restraint and to create conditions for a settlement, and we will continue to play a constructive role in our own way as we always have done.';
    expect(factorsOf(text, 'peace-process')).not.toContain('off-topic');
  });
});

describe('a name of the war alone, or a name that is not one, does not put a story on the topic', () => {
  it('keeps a sports story with Washington and a price war off the topic', () => {
    const text = 'The Washington Wizards opened the season with a comfortable win on Saturday night. Ticket prices fell sharply as the two arenas in the city kept up their price war, and the club called the result a historic breakthrough for its young squad after a difficult summer.';
    expect(factorsOf(text, 'credit-claiming')).toContain('off-topic');
  });
  it('keeps a longer business story with one name and one topic word off the topic', () => {
    const filler = 'The chain said its new stores would open in the spring, and the chief executive promised shoppers lower prices, longer hours and a better range of fresh food in every town it serves. ';
    const text = `${filler}${filler}${filler}Analysts said a ruinous price war could follow, and the Russian-born founder called the plan a historic breakthrough for the company. ${filler}`;
    expect(text.split(/\s+/).length).toBeGreaterThan(120);
    expect(factorsOf(text, 'credit-claiming')).toContain('off-topic');
  });
});

describe('topic words without a name of the war', () => {
  it('keep a long sports story with sanctions, a pitch invasion and an occupied club shop off the topic', () => {
    const text = 'The league confirmed sanctions of nine points against the club last week. The supporters had occupied the club shop in December, and on Saturday a pitch invasion followed the late winner. ' +
      'The chair of the supporters\' trust said the root causes of the crisis at the club, years of overspending on wages, had not gone away. The manager praised the energy of his squad and the stability of the back four, ' +
      'and said the players would now rest before the trip to the league leaders, where the club has not won for more than a decade, and where a draw would already feel like a small victory for everybody involved.';
    expect(factorsOf(text, 'root-causes')).toContain('off-topic');
  });
  it('still put a long commentary that names Russia on the topic with three of them', () => {
    const text = 'Russia answered the new sanctions with another wave of missile strikes on the power grid overnight. The ministers who met in Brussels on Thursday said the root causes of the crisis lie in the invasion itself. ' +
      'Diplomats said the talks on a ceasefire would resume next month, although few expected progress before the winter, and several delegations said that the energy strikes made any agreement harder to reach.';
    expect(factorsOf(text, 'root-causes')).not.toContain('off-topic');
  });
});

describe('an off-topic text scores a category by its strongest annotation (summarize.ts)', () => {
  it('does not add up weak matches of everyday words into a detected category', () => {
    const text = 'Market traders and the council agreed a truce over parking fees on Monday after weeks of protests. The mediation by a local vicar helped, and both sides spoke of a peaceful settlement. ' +
      'Stallholders said the ceasefire would hold until the spring review, when the council will look again at the charges for the square and at the new loading bays behind the covered hall.';
    const r = analyze(text);
    const annotations = r.annotations.filter((a) => a.category === 'peace-process');
    expect(annotations.length).toBeGreaterThan(1);
    expect(r.categories['peace-process'].score).toBe(Math.max(...annotations.map((a) => a.score)));
    expect(r.categories['peace-process'].detected).toBe(false);
  });
});
