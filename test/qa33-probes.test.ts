import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 33 on maximalist-demands, delegitimization and root-causes (lexicons only): probes written in
 * the styles of Kremlin readouts, Lavrov/Peskov/Zakharova/Ushakov remarks, the Russian memorandum of June 2025,
 * US envoys and the Chinese MFA, with the other side's counter-use and other-domain near misses kept silent.
 * One-sentence probes get a neutral on-topic opening so that they are not scored off-topic.
 */
const OPEN = 'The Kremlin published a readout of the call on the war in Ukraine. ';
const spans = (sentence: string, category: string) => predictedSpans(OPEN + sentence, category);

describe('maximalist demands phrased in ways earlier passes missed (qa33)', () => {
  it('arms shipments to Kyiv "be halted" (subjunctive after a demand)', () => {
    expect(spans('The Russian side demanded that Western arms shipments to Kyiv be halted for the duration of the ceasefire.', 'maximalist-demands'))
      .toContain('arms shipments to Kyiv be halted');
  });
  it('territories recognized as Russian', () => {
    expect(spans('Witkoff said Russia wants the five territories recognized as Russian.', 'maximalist-demands'))
      .toContain('territories recognized as Russian');
  });
  it('no return to the 1991 borders, but not Kyiv asking for that return', () => {
    expect(spans('There can be no return to the 1991 borders, the Russian ambassador said.', 'maximalist-demands'))
      .toContain('no return to the 1991 borders');
    expect(spans('Ukraine insists on a return to the 1991 borders.', 'maximalist-demands')).toEqual([]);
  });
  it('troops pulled back to the administrative borders of the regions', () => {
    expect(spans('Kyiv should pull back its troops to the administrative borders of the regions, Peskov said.', 'maximalist-demands'))
      .toContain('pull back its troops to the administrative borders');
  });
  it('European peacekeepers in Ukraine out of the question', () => {
    expect(spans('European peacekeepers in Ukraine are out of the question for Moscow, Lavrov said.', 'maximalist-demands'))
      .toContain('European peacekeepers in Ukraine are out of the question');
  });
  it('the full lifting of Western restrictions, an end to military cooperation with Ukraine', () => {
    expect(spans('Moscow called for the full lifting of Western restrictions on Russian banks and exports.', 'maximalist-demands'))
      .toContain('full lifting of Western restrictions');
    expect(spans('Russia demands an end to all foreign military cooperation with Ukraine.', 'maximalist-demands'))
      .toContain('end to all foreign military cooperation with Ukraine');
  });
  it('other domains stay silent', () => {
    expect(spans("The coach demanded the unconditional surrender of the rival's midfield.", 'maximalist-demands')).toEqual([]);
    expect(spans('The farmer must cede part of his land for the new road.', 'maximalist-demands')).toEqual([]);
    expect(spans('Kyiv demands the demilitarisation of the Zaporizhzhia nuclear plant.', 'maximalist-demands')).toEqual([]);
  });
});

describe('delegitimization phrased in ways earlier passes missed (qa33)', () => {
  it('regards the head of the Ukrainian state as illegitimate', () => {
    expect(spans('The Russian side regards the current head of the Ukrainian state as illegitimate.', 'delegitimization'))
      .toContain('regards the current head of the Ukrainian state as illegitimate');
  });
  it("the West's obedient vassals", () => {
    expect(spans("Kyiv's rulers are the West's obedient vassals, Medvedev wrote.", 'delegitimization'))
      .toContain("West's obedient vassals");
  });
  it('hiding behind martial law, but not the Rada speaker on elections under martial law', () => {
    expect(spans('The head of the Kyiv regime is hiding behind martial law to avoid elections.', 'delegitimization'))
      .toContain('hiding behind martial law');
    expect(spans('Ukraine cannot hold elections under martial law, the Rada speaker said.', 'delegitimization')).toEqual([]);
  });
  it('no legitimate counterpart in Kyiv; a mandate that has run out', () => {
    expect(spans('Russia sees no legitimate counterpart in Kyiv to sign a peace treaty with.', 'delegitimization'))
      .toContain('no legitimate counterpart in Kyiv');
    expect(spans("The Kiev leadership's mandate has run out, Peskov said.", 'delegitimization'))
      .toContain("Kiev leadership's mandate has run out");
  });
  it('Kyiv defended as legitimate stays silent', () => {
    expect(spans('The authorities in Kyiv are not illegitimate, whatever Moscow says.', 'delegitimization')).toEqual([]);
  });
});

describe('root causes phrased in ways earlier passes missed (qa33)', () => {
  it("the conflict's deep roots; lies at the origin of the conflict", () => {
    expect(spans("A lasting peace requires tackling the conflict's deep roots, the Russian ambassador said.", 'root-causes'))
      .toContain("conflict's deep roots");
    expect(spans('The Kremlin says the discrimination of Russian speakers in Ukraine lies at the origin of the conflict.', 'root-causes'))
      .toContain('lies at the origin of the conflict');
  });
  it("Russia's imperialism at the root of the war is the other side's answer", () => {
    expect(spans("Russia's imperialism lies at the root of this war, the Estonian minister said.", 'root-causes')).toEqual([]);
  });
  it('legitimate concerns about NATO, but not Ukraine\'s own security concerns', () => {
    expect(spans('Vance said Russia had some legitimate concerns about NATO.', 'root-causes'))
      .toContain('legitimate concerns about NATO');
    expect(spans('Ukraine has legitimate security concerns of its own, the NATO chief said.', 'root-causes')).toEqual([]);
  });
  it('NATO expansion as a response to Russian aggression stays silent', () => {
    expect(spans('NATO expansion was a response to Russian aggression, the Polish minister said.', 'root-causes')).toEqual([]);
  });
  it('Minsk used to arm Ukraine; deceived about NATO enlargement', () => {
    expect(spans('The Minsk agreements were only used to arm Ukraine, Zakharova said.', 'root-causes'))
      .toContain('Minsk agreements were only used to arm Ukraine');
    expect(spans('Putin said Russia had been deceived about NATO enlargement.', 'root-causes'))
      .toContain('deceived about NATO enlargement');
  });
});
