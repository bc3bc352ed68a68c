import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 45 on blame-shifting, root-causes and maximalist-demands (lexicons only): readout and
 * commentary phrasings the lexicons missed, and the near misses (other domains, past-tense facts,
 * the other side's words) that must stay silent.
 */
const spans = predictedSpans;

describe('blame-shifting probes (qa45)', () => {
  it('a war that befell or engulfed a people or a region, something that simply happened', () => {
    expect(spans(ON_TOPIC + 'The misfortune that befell our two fraternal nations must end, Lukashenko said.', 'blame-shifting').join(' ')).toContain('befell our two');
    fires('The UN chief spoke of the war that has engulfed the region since 2022.', 'blame-shifting');
    fires('Beijing treats the conflict as a calamity that befell the continent.', 'blame-shifting');
    silent('The wildfires that engulfed the region forced thousands from their homes.', 'blame-shifting');
  });
  it('nobody should have started it, neither side wanted it, both parties went too far', () => {
    fires('This is a conflict that no one should ever have started, the cardinal said.', 'blame-shifting');
    fires('The envoy called it a war that neither side wanted.', 'blame-shifting');
    fires('Lula said both sides had gone too far and must now talk.', 'blame-shifting');
    silent('The coach described the final as a draw that neither side wanted.', 'blame-shifting');
  });
  it('both named parties need to come together, the actors involved urged, arms senders responsible', () => {
    fires('Both Moscow and Kyiv need to meet each other halfway, the Indian minister said.', 'blame-shifting');
    fires('The Holy See appealed to all the stakeholders involved to lay down arms.', 'blame-shifting');
    fires('Szijjarto said the countries that supply weapons to Kyiv are responsible for the deaths.', 'blame-shifting');
  });
  it('blame for the war pinned or laid on the West, not on the Kremlin or a referee', () => {
    expect(spans(ON_TOPIC + 'The Kremlin once again put the blame for the escalation on Washington.', 'blame-shifting').join(' ')).toContain('blame for the escalation on Washington');
    fires('Lavrov laid responsibility for the bloodshed at the door of the collective West.', 'blame-shifting');
    silent(ON_TOPIC + 'Zelensky laid the blame for the war squarely at the door of the Kremlin.', 'blame-shifting');
    silent('The coach laid the blame for the defeat on the referee.', 'blame-shifting');
    silent('The strike should never have happened, the union leader admitted.', 'blame-shifting');
  });
  it('(after the held-back set) peoples set against each other, blood on Kyiv\'s hands, a war that would have ended without weapons', () => {
    fires('The patriarch mourned the conflict that has pitted the two nations against one another.', 'blame-shifting');
    fires('Trump said Zelensky also has blood on his hands.', 'blame-shifting');
    fires('Fico said the fighting would have stopped by now without Western arms supplies.', 'blame-shifting');
    silent(ON_TOPIC + "Estonia's prime minister said Russia alone has blood on its hands.", 'blame-shifting');
    silent('The judge urged the conflicting parties in the divorce to exercise restraint.', 'blame-shifting');
  });
  it('(rounds 3-4) accused of having started, the fault of all participants, Kyiv shares the guilt, a conflict of Slavic nations', () => {
    fires('The Russian envoy accused the West of having unleashed the conflict.', 'blame-shifting');
    fires('The impasse arose through the mistakes of all the parties, the statement said.', 'blame-shifting');
    fires('Trump said Zelensky, too, bears his share of the blame.', 'blame-shifting');
    fires('Fico called it a war of two brotherly peoples.', 'blame-shifting');
    fires('The leaders agreed the fighting, now in its fourth year, is in the interest of neither side.', 'blame-shifting');
    fires('The President said the war is killing the young men of both countries.', 'blame-shifting');
    fires('Vance said Europe had blundered into this war.', 'blame-shifting');
    silent('The price war between the airlines is in the interest of neither party, analysts said.', 'blame-shifting');
    silent(ON_TOPIC + 'Kyiv accused Moscow of having started the war in 2014.', 'blame-shifting');
  });
  it('(round 5) on the both sides, not in the interest of anyone, a war both sides cannot win, responsibility shared by both', () => {
    fires('The parties regretted the heavy losses on the both sides.', 'blame-shifting');
    fires('Erdogan said the continuation of the war is not in the interest of any party.', 'blame-shifting');
    fires('Orban called it a conflict that either side can never win.', 'blame-shifting');
    fires('Lula said the blame for the conflict is shared by Moscow and Kyiv.', 'blame-shifting');
  });
});

describe('root-causes probes (qa45)', () => {
  it('a military presence next to the borders, an unconstitutional seizure of power in Kiev', () => {
    fires('Putin said Russia could not accept NATO military bases right next to its borders.', 'root-causes');
    fires('The envoy recalled the anti-constitutional coup in Kyiv in February 2014.', 'root-causes');
  });
  it('a response to NATO\'s expansion, Russia left no choice, a pre-emptive strike against a Ukrainian offensive', () => {
    fires('Moscow presents the operation as a reaction to the alliance\'s eastward expansion.', 'root-causes');
    fires('Peskov said the West gave Russia no other choice but to act.', 'root-causes');
    fires('The Kremlin called it a preventive operation against a Ukrainian offensive in Donbas.', 'root-causes');
    silent(ON_TOPIC + 'The counteroffensive left Russia no choice but to retreat from Kherson, analysts said.', 'root-causes');
  });
  it('the refusal to give Russia binding security guarantees; a bank\'s security interests stay silent', () => {
    fires('Moscow cites the West\'s refusal to provide Russia with legally binding security guarantees.', 'root-causes');
    silent('The bank cited legitimate security interests in refusing to disclose customer data.', 'root-causes');
  });
  it('(after the held-back set) NATO inching closer, roots in accumulated tensions, sources of the conflict eradicated', () => {
    fires('Lavrov said NATO infrastructure kept creeping closer to Russia for thirty years.', 'root-causes');
    fires('Beijing said the conflict has its roots in long-standing contradictions in European security.', 'root-causes');
    fires('Putin said a settlement must remove the very sources of the crisis.', 'root-causes');
    fires('Moscow cites the danger posed by Kyiv\'s NATO ambitions.', 'root-causes');
  });
  it('(rounds 3-4) genocide of Russian speakers, security built on insecurity, threats from Ukrainian territory, Kyiv\'s war on Donbas', () => {
    fires('Lavrov said the Russian-speaking residents of Donbas were subjected to genocide.', 'root-causes');
    fires('Beijing said the security of one country should not be built on the insecurity of others.', 'root-causes');
    fires('Putin said the aim was to remove threats against Russia from Ukrainian territory.', 'root-causes');
    fires('Moscow said the operation ended Kyiv\'s punitive operation against Donbass.', 'root-causes');
    fires('Peskov deplored the unwillingness to take Russia\'s security concerns into account.', 'root-causes');
  });
  it('(round 5) infrastructure moved to the Russian borders, Russia\'s security ignored, regard for Russia\'s concerns', () => {
    expect(spans(ON_TOPIC + 'Lavrov said NATO pushed its infrastructure right up to our borders.', 'root-causes')).toContain('pushed its infrastructure right up to our borders');
    fires('Peskov said the security interests of Russia were ignored for decades.', 'root-causes');
    fires('Any settlement requires regard for Russia\'s security concerns, the Kremlin said.', 'root-causes');
  });
});

describe('maximalist-demands probes (qa45)', () => {
  it('supplies halted in the passive, a halt to the transfer of jets, stop receiving armaments', () => {
    fires('Putin said a truce requires that deliveries of Western weapons to Ukraine be stopped.', 'maximalist-demands');
    fires('Moscow wants an end to the supply of tanks and missiles to the Ukrainian army.', 'maximalist-demands');
    fires('The Russian side proposed that Kyiv cease receiving foreign weapons during the pause.', 'maximalist-demands');
  });
  it('ambitions to join a bloc, barred from hosting bases, the surrender of part of the territory', () => {
    fires('Lavrov said Kyiv must give up its aspirations to join the North Atlantic Alliance.', 'maximalist-demands');
    fires('Under the draft, Ukraine would be prohibited from stationing any Western troops.', 'maximalist-demands');
    fires('Critics say the plan amounts to the surrender of a quarter of Ukraine\'s territory.', 'maximalist-demands');
  });
  it('a past-tense halt of aid or arms is a fact, not a demand', () => {
    silent('The EU halted military aid to Niger after the coup.', 'maximalist-demands');
    silent('The gun shop stopped supplying weapons to private buyers after the law changed.', 'maximalist-demands');
  });
  it('(after the held-back set) a pledge never to join blocs, a ban on Western guarantees, no restored military potential', () => {
    fires('Kyiv would have to commit never to join any military bloc, the Russian draft says.', 'maximalist-demands');
    fires('Moscow seeks a veto on any Western security guarantees for Kyiv.', 'maximalist-demands');
    fires('Russia wants assurances that Ukraine will never rebuild its military capabilities.', 'maximalist-demands');
    silent('Finland abandoned its neutrality and joined NATO in 2023.', 'maximalist-demands');
    silent(ON_TOPIC + 'Ukraine demands that Russia withdraw all its forces from Zaporizhzhia.', 'maximalist-demands');
  });
  it('(rounds 3-4) barred from cooperation with the West, sanctions lifted in full, caps on the arsenal, claims renounced forever', () => {
    fires('Under the Russian draft, Ukraine would be banned from military-technical cooperation with NATO states.', 'maximalist-demands');
    fires('Moscow wants all Western sanctions to be lifted completely before any deal.', 'maximalist-demands');
    fires('Russia seeks limits on Ukraine\'s drone and missile arsenal.', 'maximalist-demands');
    fires('The Kremlin wants Kyiv to give up once and for all its claims to Crimea.', 'maximalist-demands');
    fires('The Kremlin insists on Ukraine\'s full demobilisation.', 'maximalist-demands');
    fires('Lavrov said Kyiv must restore the rights of the Russian language.', 'maximalist-demands');
  });
  it('(round 5) the whole of Donetsk, elections within days of martial law, a halt to satellite intelligence', () => {
    fires('Putin insists on the whole of Donetsk as the price of a ceasefire.', 'maximalist-demands');
    fires('The memorandum wants elections held once martial law ends, no later than 100 days after.', 'maximalist-demands');
    fires('Moscow wants an end to American satellite imagery for Kyiv.', 'maximalist-demands');
  });
});
