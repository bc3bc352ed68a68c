import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 29, second round (lexicons only): the rebuttal families carried by more markers, tried on
 * answers written after the first round. Each answer fired a marker of its category on the lexicon
 * before this pass; the Kremlin sentences below them keep firing (two were misses, now covered).
 */
const spans = (text: string, category: string) =>
  analyze(text).annotations.filter((a) => a.category === category && isPredictedSpan(a)).map((a) => a.text);

describe('a claim debunked, called a lie or an excuse, a demand rejected or forced on no one (qa29)', () => {
  it.each([
    ['Putin\'s obsession with NATO expansion is an excuse for an imperial war, the Latvian prime minister said.', 'root-causes'],
    ['The talk of threats from Ukrainian territory is a pretext for conquest, the Ukrainian MFA said.', 'root-causes'],
    ['We reject the claim that Kyiv was planning to seize Donbas by force, the Ukrainian MFA said.', 'root-causes'],
    ['The myth of a Nazi regime in Kyiv has been debunked many times, the think tank wrote.', 'delegitimization'],
    ['Moscow\'s lie that Ukraine is not a real country insults millions, the Ukrainian foreign minister said.', 'delegitimization'],
    ['The claim that Kyiv is incapable of negotiating is a lie, the Ukrainian MFA said.', 'delegitimization'],
    ['We reject the claim that the West bears responsibility for the war, the UK foreign secretary said.', 'blame-shifting'],
    ['Europe rejects Moscow\'s demand for an end to military aid to Ukraine, the German chancellor said.', 'maximalist-demands'],
    ['No one will force Ukraine to renounce its NATO aspirations, the NATO Secretary-General said.', 'maximalist-demands'],
    ['We reject any return to a Europe divided into spheres of influence, the German foreign minister said.', 'spheres-of-influence'],
    ['Business deals with Moscow cannot come at the price of Ukraine\'s sovereignty, the EU foreign policy chief said.', 'economic-inducement'],
    ['The promise of enormous economic deals is a trap, the Ukrainian prime minister said.', 'economic-inducement'],
  ])('%s', (text, category) => {
    expect(spans(text, category)).toEqual([]);
  });
});

describe('the Kremlin\'s side keeps firing (qa29)', () => {
  it.each([
    ['Lavrov said NATO enlargement forced Russia\'s hand.', 'root-causes'],
    ['Russia calls for lifting sanctions as part of a peace deal.', 'economic-inducement'],
    ['Ukraine is a matter for Moscow and Washington to settle, Russian state media said.', 'spheres-of-influence'],
    ['Lavrov said the West started this war in 2014.', 'root-causes'],
    ['Putin said Ukraine is not a real country.', 'delegitimization'],
    ['Moscow demands an end to Western military aid to Ukraine.', 'maximalist-demands'],
    ['Moscow demands that Ukraine renounce its NATO aspirations for good.', 'maximalist-demands'],
    ['Medvedev called Zelensky a puppet of the West.', 'delegitimization'],
    ['The junta in Kiev seized power in a coup, Lavrov said.', 'delegitimization'],
  ])('%s', (text, category) => {
    expect(spans(text, category)).not.toEqual([]);
  });
});

describe('Kyiv\'s answer to the Moscow-Washington formula (qa29)', () => {
  it('is negated or rebutted, not the frame', () => {
    expect(spans('Ukraine\'s future is not a matter for Moscow and Washington to settle, the Polish foreign minister said.', 'spheres-of-influence')).toEqual([]);
    expect(spans('We reject the claim that Ukraine is a matter for Moscow and Washington, the minister said.', 'spheres-of-influence')).toEqual([]);
  });
});

describe('a last round of fresh answers (qa29)', () => {
  it.each([
    ['Russia\'s ultimatum that Ukraine cede the Donetsk region is unacceptable, the French president said.', 'maximalist-demands'],
    ['Sanctions relief will not be on the table until Russia ends its war, the EU foreign ministers said.', 'economic-inducement'],
    ['Calling Zelensky illegitimate is Kremlin propaganda, the UK foreign secretary said.', 'delegitimization'],
    ['Russia\'s security interests do not justify the killing of civilians, the Dutch foreign minister said.', 'root-causes'],
  ])('%s', (text, category) => {
    expect(spans(text, category)).toEqual([]);
  });
  it.each([
    ['Moscow demands that Kyiv cede the Donetsk region.', 'maximalist-demands'],
    ['Dmitriev said sanctions relief is on the table once a deal is reached.', 'economic-inducement'],
    ['Lavrov said Zelensky lacks legitimacy.', 'delegitimization'],
    ['Moscow demands that the West respect Russia\'s legitimate security interests.', 'root-causes'],
  ])('%s keeps firing', (text, category) => {
    expect(spans(text, category)).not.toEqual([]);
  });
});
