import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** The speaker of the first annotation of a text (every text here has one quoted marker). */
const speaker = (text: string) => analyze(text).annotations[0]?.speaker;

describe('a bare title is named after the one holder the text has named (resolve-titles.ts)', () => {
  it('adds the name of the office holder the text named before, in brackets', () => {
    expect(speaker('Vladimir Putin had a telephone conversation with Donald Trump. The Russian President noted that "the root causes of the crisis" must be eliminated.'))
      .toBe('Russian President (Vladimir Putin)');
    expect(speaker('Vladimir Putin had a telephone conversation with President of the United States Donald Trump. The American leader said the war "should never have started".'))
      .toBe('American leader (Donald Trump)');
    expect(speaker('Prime Minister Narendra Modi spoke with President Zelenskyy. Prime Minister reiterated that "the root causes" must be addressed.'))
      .toBe('Prime Minister (Narendra Modi)');
    expect(speaker('Prime Minister Jan Novak met the press. The Prime Minister said "the Kyiv regime" cannot be trusted.')).toBe('Prime Minister (Jan Novak)');
  });
  it('leaves a title as written when two people could hold it, or none of its country was named', () => {
    expect(speaker('Today, President Trump and President Putin spoke. The President said the war "should never have started".')).toBe('President');
    expect(speaker('President Trump spoke to reporters. The Russian President said "the root causes of the crisis" must be eliminated.')).toBe('Russian President');
    expect(speaker('Foreign Minister Andrii Sybiha met his British counterpart. The Foreign Secretary said "the Kyiv regime" is a Russian slur.')).toBe('Foreign Secretary');
    expect(speaker('The Russian President said "the root causes of the crisis" must be eliminated. Vladimir Putin then left.')).toBe('Russian President');
  });
  it('reads "the President of Russia" as one title of its country, named after its holder', () => {
    expect(speaker('Vladimir Putin spoke with Donald Trump. The President of Russia stressed that "the Kyiv regime" is illegitimate.')).toBe('President of Russia (Vladimir Putin)');
    expect(speaker('Vladimir Putin spoke with Donald Trump. The President of the Russian Federation said "the root causes" must go.')).toBe('President of the Russian Federation (Vladimir Putin)');
    expect(speaker('The President of Russia stressed that "the Kyiv regime" is illegitimate.')).toBe('President of Russia');
  });
  it('leaves a bare title that came before any holder was named to the text\'s own principal', () => {
    const uk = 'The Prime Minister spoke to Prime Minister Giorgia Meloni of Italy this afternoon. The Prime Minister said that "the Kyiv regime" is a Kremlin slur.';
    expect(speaker(uk)).toBe('Prime Minister');
    expect(speaker('The Prime Minister spoke to Prime Minister Giorgia Meloni of Italy. The Italian Prime Minister said "the Kyiv regime" is a slur.')).toBe('Italian Prime Minister (Giorgia Meloni of Italy)');
  });
  it('leaves "Federal" out of the name it adds', () => {
    expect(speaker('Federal Chancellor Friedrich Merz met the press. The Chancellor said "the Kyiv regime" is a Russian slur.')).toBe('Chancellor (Friedrich Merz)');
  });
  it('reads "the Prime Minister of India Narendra Modi" as that holder, not an unnamed title the text opened with', () => {
    expect(speaker('The Prime Minister of India Narendra Modi met Vladimir Putin. The Prime Minister said "the Kyiv regime" is a slur.')).toBe('Prime Minister (Narendra Modi)');
    expect(speaker('The President of the United States Donald Trump met Vladimir Putin. The President of Russia said "the Kyiv regime" is a slur.')).toBe('President of Russia (Vladimir Putin)');
  });
  it('keeps a later bare title to the principal the text opened with, also when it came with its country', () => {
    expect(speaker('The President spoke with President Zelensky today. The President emphasized that "the Kyiv regime" is a slur.')).toBe('President');
    expect(speaker('The President of Russia had a telephone conversation with President of the United States Donald Trump. The President of Russia noted that "the Kyiv regime" is a slur.')).toBe('President of Russia');
    expect(speaker('The President of Russia had a telephone conversation with President of the United States Donald Trump. The President noted that "the Kyiv regime" is a slur.')).toBe('President');
    expect(speaker('President Trump met the Ukrainian President today. The President said the war "should never have started".')).toBe('President (Trump)');
    expect(speaker('The Russian President had a telephone conversation with Donald Trump. Vladimir Putin noted this. The President said "the Kyiv regime" is a slur.')).toBe('President (Vladimir Putin)');
  });
  it('keeps a title before "of (the)?" and a country with the name that follows, at a sentence start too', () => {
    expect(speaker('President of the United States Donald Trump said the war "should never have started".')).toBe('President of the United States Donald Trump');
    expect(speaker('Minister of Foreign Affairs Sergey Lavrov said "the Kyiv regime" cannot be trusted.')).toBe('Minister of Foreign Affairs Sergey Lavrov');
  });
  it('reads "the People\'s Republic of China" as one country, with a curly or a straight apostrophe', () => {
    expect(speaker('Xi Jinping met Putin. The President of the People’s Republic of China said that "the root causes of the crisis" must be addressed.')).toBe('President of the People’s Republic of China (Xi Jinping)');
    expect(speaker("Xi Jinping met Putin. The President of the People's Republic of China said that \"the root causes\" must be addressed.")).toBe("President of the People's Republic of China (Xi Jinping)");
    expect(speaker('President of the People’s Republic of China Xi Jinping said that "the root causes" must be addressed.')).toBe('President of the People’s Republic of China Xi Jinping');
  });
});
