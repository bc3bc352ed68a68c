import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 29, third round (lexicons only): "We reject the claim that <formula>" put before the examples of
 * every marker of the six categories fired 345 markers. The rebuttal list (`&rebuttal` in each file) now
 * stops 228 of them; labels (the Kyiv regime, the junta) keep firing inside a claim Moscow rejects or in
 * "the lies of the Kiev regime" (`&rebuttal_label` reads "talk/lies of" as content only after Russia's), and
 * a rejected claim is read to its first verb and the noun after it only, so the formula of a second
 * clause ("... that sanctions work and promised enormous economic deals") keeps firing. Only a claim or a
 * demand is "absurd", "unacceptable" or "nonsense" in the list: Moscow's "any talk of a truce without <its
 * demand> is absurd" keeps its demand.
 */
const spans = (text: string, category: string) =>
  analyze(text).annotations.filter((a) => a.category === category && isPredictedSpan(a)).map((a) => a.text);

describe('a formula inside a rejected claim is no frame (qa29)', () => {
  it.each([
    ['We reject the claim that this is a proxy war between NATO and Russia, the minister said.', 'blame-shifting'],
    ['We reject the claim that the Ukrainian leadership chose war over diplomacy in 2022, the minister said.', 'blame-shifting'],
    ['We reject the claim that Washington and Moscow mean to fix the whole thing among themselves, the minister said.', 'spheres-of-influence'],
    ['We reject the claim that Europe should stay out of the negotiations, the minister said.', 'spheres-of-influence'],
    ['We reject the claim that the Pentagon ran secret biolabs near our borders, the minister said.', 'root-causes'],
    ['We reject the claim that the Kiev authorities are run by Washington, the minister said.', 'delegitimization'],
    ['We reject the claim that the Ukrainian side is not independent in its decisions, the minister said.', 'delegitimization'],
    ['We reject the claim that Putin wants the Donbas handed over in full, the minister said.', 'maximalist-demands'],
    ['We reject the claim that peace means prosperity for everyone, the minister said.', 'economic-inducement'],
    ['Russia\'s talk of NATO infrastructure near its borders is a pretext, the Finnish minister said.', 'root-causes'],
    ['The notion that this war should never have started is a myth: Russia chose it, the Estonian minister said.', 'blame-shifting'],
    ['Russia\'s talk of the Kiev clowns is a lie, the Czech minister said.', 'delegitimization'],
    ['The myth of the Banderites is Kremlin propaganda, the Czech foreign minister said.', 'delegitimization'],
  ])('%s', (text, category) => {
    expect(spans(text, category)).toEqual([]);
  });
});

describe('the Kremlin rejecting a claim keeps its own formula (qa29)', () => {
  it.each([
    ['Zakharova dismissed the claim that the Kyiv regime wants peace.', 'delegitimization'],
    ['Zakharova said the lies of the Kiev regime are pure propaganda.', 'delegitimization'],
    ['Zakharova said the talk of the Kiev clowns about peace is a lie.', 'delegitimization'],
    ['Peskov said any talk of a truce without recognising the new territorial realities is absurd.', 'maximalist-demands'],
    ['The Russian MFA rejected the allegation that Russian forces struck a hospital, blaming the neo-Nazi regime in Kyiv.', 'delegitimization'],
    ['Peskov dismissed the claim that Moscow is the aggressor and said the West provoked the conflict.', 'root-causes'],
    ['Lavrov rejected the claim that Russia wants to seize Europe, saying NATO\'s eastward expansion caused the crisis.', 'root-causes'],
    ['Lavrov rejected the idea that Ukraine could keep its army, insisting on demilitarisation.', 'maximalist-demands'],
    ['Peskov rejected the claim that Russia started the war, saying both sides are to blame.', 'blame-shifting'],
    ['Dmitriev dismissed the claim that sanctions work and promised enormous economic deals once peace comes.', 'economic-inducement'],
  ])('%s', (text, category) => {
    expect(spans(text, category)).not.toEqual([]);
  });
});
