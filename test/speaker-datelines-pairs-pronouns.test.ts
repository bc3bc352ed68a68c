import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { datelineRanges } from '../src/pipeline/datelines.js';

const datelines = (text: string) => datelineRanges(text).map(([start, end]) => text.slice(start, end));
const speakerOf = (text: string, category: string) => analyze(text).annotations.find((a) => a.category === category)?.speaker ?? null;

describe('datelines (where a story was filed) are found at line starts', () => {
  it('finds a place in capitals with a date and an agency before a dash and a capital', () => {
    expect(datelines('WASHINGTON - Today the President spoke.')).toEqual(['WASHINGTON - ']);
    expect(datelines('Title\n\nMOSCOW, March 18 (TASS) — The Kremlin said ...')).toEqual(['MOSCOW, March 18 (TASS) — ']);
    expect(datelines('ST. PETERSBURG, June 5, 2025 – Putin said ...')).toEqual(['ST. PETERSBURG, June 5, 2025 – ']);
    expect(datelines('BRUSSELS/KYIV - The Council met.')).toEqual(['BRUSSELS/KYIV - ']);
  });
  it('leaves out short capitals, a lower-case sentence after the dash, and capitals inside a line', () => {
    expect(datelines('US - Russia talks resumed.')).toEqual([]);
    expect(datelines('NATO - the alliance - met today.')).toEqual([]);
    expect(datelines('He said WASHINGTON - The end.')).toEqual([]);
  });
});

describe('a dateline is no speaker of the story after it', () => {
  it('lets "they" and "he" stand for the people the story names', () => {
    expect(speakerOf('WASHINGTON - Today, President Trump and President Putin spoke about peace. They also stressed the need for improved bilateral relations.', 'spheres-of-influence')).toBe('President Trump and President Putin');
    expect(speakerOf('KYIV — President Zelensky met the delegation. He said the Kiev regime label was Russian propaganda.', 'delegitimization')).toBe('President Zelensky');
  });
  it('keeps an agency in brackets out of the speakers', () => {
    expect(speakerOf('MOSCOW, March 18 (TASS) - Peskov spoke to reporters. He said the Kiev regime cannot be trusted.', 'delegitimization')).toBe('Peskov');
  });
});

describe('"they" after two people named as one subject stands for both', () => {
  it('names the pair, and leaves "he" to neither of them', () => {
    expect(speakerOf('President Trump and President Putin spoke for two hours. They said the Kiev regime had to go.', 'delegitimization')).toBe('President Trump and President Putin');
    expect(speakerOf('President Trump and President Putin spoke for two hours. He said the Kiev regime had to go.', 'delegitimization')).toBeNull();
  });
});

describe('"they" after a person who met, spoke to or spoke "with" another stands for both; "he" for the subject', () => {
  it('pairs the subject with the one named after "with"', () => {
    expect(speakerOf('Vladimir Putin had a telephone conversation with President Donald Trump. They stressed that the Kiev regime must stop its attacks.', 'delegitimization')).toBe('Vladimir Putin and President Donald Trump');
    expect(speakerOf('Putin spoke with Trump for two hours. He said the Kiev regime was sabotaging the talks.', 'delegitimization')).toBe('Putin');
  });
  it('pairs the subject with the one it met, received or spoke to', () => {
    expect(speakerOf('Trump met Putin in Alaska. They said the Kiev regime had to go.', 'delegitimization')).toBe('Trump and Putin');
    expect(speakerOf('President Xi received President Lukashenko in Beijing. They said the Kiev regime had to go.', 'delegitimization')).toBe('President Xi and President Lukashenko');
    expect(speakerOf('Erdogan spoke to Zelensky by phone. They stressed that the Kiev regime label was wrong.', 'delegitimization')).toBe('Erdogan and Zelensky');
    expect(speakerOf('Trump met Putin in Alaska. He said the Kiev regime had to go.', 'delegitimization')).toBe('Trump');
  });
  it('does not pair a person named after another verb', () => {
    expect(speakerOf('Trump criticised Putin on Friday. They said the Kiev regime had to go.', 'delegitimization')).toBe('Trump');
  });
});

describe('"according to him" names whom the pronoun stands for', () => {
  it('gives the words to the person named before, not to a name inside them', () => {
    expect(speakerOf('Volodymyr Zelenskyy noted that pressure on Russia must increase. According to him, Moscow is only playing for time.', 'loaded-language')).toBe('Volodymyr Zelenskyy');
    expect(speakerOf('Maria Zakharova spoke to reporters on Friday. According to her, the Kiev regime is stalling the talks.', 'delegitimization')).toBe('Maria Zakharova');
  });
});

describe('a side\'s "colleagues" and "partners" speak as the text names them', () => {
  it('takes the country word before them into the source', () => {
    expect(speakerOf('We have listened to the statements of our Western colleagues. Once again, they call the Kiev regime a democracy.', 'delegitimization')).toBe('Western colleagues');
  });
});

describe('"the Secretary" of a State Department readout, or "the Federal Chancellor", is the holder the text named', () => {
  it('names the holder in brackets, and leaves the Secretary-General alone', () => {
    expect(speakerOf('Secretary of State Marco Rubio spoke today with Foreign Minister Lavrov. The Secretary underscored that the Kiev regime label was false.', 'delegitimization')).toBe('Secretary (Marco Rubio)');
    expect(speakerOf('Federal Chancellor Friedrich Merz spoke with President Zelensky. The Federal Chancellor said the Kiev regime label was Russian propaganda.', 'delegitimization')).toBe('Federal Chancellor (Friedrich Merz)');
    expect(speakerOf('The UN Secretary-General spoke. The Secretary-General said the Kiev regime must talk.', 'delegitimization')).toBe('Secretary-General');
  });
});

describe('"the President of the Republic" of a French readout is one speaker', () => {
  it('names the office, not "Republic"', () => {
    expect(speakerOf('The President of the Republic spoke with President Putin. He said the Kiev regime label was an insult.', 'delegitimization')).toBe('President of the Republic');
  });
});

describe('a bare object inside another speaker\'s report stays that speaker\'s', () => {
  it('does not give "Russia rejected the truce" in his report to Russia', () => {
    expect(speakerOf('Zelensky spoke to reporters in Kyiv. He added that Russia had rejected the energy ceasefire.', 'peace-process')).toBe('Zelensky');
  });
  it('still gives a clause reported inside a report to its inner speaker', () => {
    expect(speakerOf('Zelensky spoke to reporters. He said that Lavrov had claimed the Kiev regime was illegitimate.', 'delegitimization')).toBe('Lavrov');
  });
  it('still gives a bare object outside another report to its subject', () => {
    expect(speakerOf('Russia rejected the energy ceasefire on Tuesday.', 'peace-process')).toBe('Russia');
  });
});

describe('a country in the possessive before a source is part of it', () => {
  it('names "Ukraine\'s foreign ministry" and "Russia\'s Defence Ministry", not the office alone', () => {
    expect(speakerOf("In a statement, Ukraine's foreign ministry said the so-called peace plan amounted to capitulation.", 'loaded-language')).toBe("Ukraine's foreign ministry");
    expect(speakerOf("Russia's Defence Ministry said the Kiev regime had attacked again.", 'delegitimization')).toBe("Russia's Defence Ministry");
  });
  it('leaves a person\'s office alone', () => {
    expect(speakerOf("Zelensky's office said the Kiev regime label was false.", 'delegitimization')).toBe('Zelensky');
  });
});

describe('"dismissed X as Y": the name after "as" is the subject\'s word', () => {
  it('gives a quoted name to the one who dismissed, not to the document dismissed', () => {
    expect(speakerOf('Peskov, for his part, dismissed the statement as "hysteria".', 'loaded-language')).toBe('Peskov');
    expect(speakerOf('The statement called the attack "barbaric".', 'loaded-language')).toBe('the statement');
  });
});
