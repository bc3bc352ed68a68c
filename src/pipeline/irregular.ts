/**
 * Irregular inflections that a stemmer cannot join to their base form (began -> begin, crises -> crisis),
 * and the regular ones of a base in a double consonant that Porter's stemmer cuts apart ("added" and
 * "adding" stem to "ad", "add" stays "add": without them "he added that" reported nothing).
 * Cheaper than a full lemmatiser, and all that stem matching needs.
 */
const BASES: ReadonlyMap<string, string> = new Map(
  `be:was,were,been,is,are,am|have:has,had|do:did,done,does|go:went,gone|say:said|tell:told|speak:spoke,spoken
begin:began,begun|break:broke,broken|bring:brought|build:built|buy:bought|catch:caught|choose:chose,chosen
come:came|cost:cost|draw:drew,drawn|drive:drove,driven|eat:ate,eaten|fall:fell,fallen|feel:felt|fight:fought
find:found|fly:flew,flown|forget:forgot,forgotten|freeze:froze,frozen|get:got,gotten|give:gave,given|grow:grew,grown
hold:held|hear:heard|hide:hid,hidden|keep:kept|know:knew,known|lay:laid|lead:led|leave:left|lend:lent|lose:lost
make:made|mean:meant|meet:met|pay:paid|rise:rose,risen|run:ran|see:saw,seen|seek:sought|sell:sold|send:sent
set:set|shake:shook,shaken|shoot:shot|show:shown|sink:sank,sunk|sit:sat|stand:stood|steal:stole,stolen
strike:struck,stricken|swear:swore,sworn|take:took,taken|teach:taught|tear:tore,torn|think:thought|throw:threw,thrown
understand:understood|undertake:undertook,undertaken|win:won|withdraw:withdrew,withdrawn|write:wrote,written
overtake:overtook,overtaken|undergo:underwent,undergone|forgive:forgave,forgiven|mislead:misled|spend:spent|bear:bore,borne|arise:arose,arisen
add:added,adding|staff:staffed,staffing
crisis:crises|analysis:analyses|thesis:theses|hypothesis:hypotheses|basis:bases|emphasis:emphases|diagnosis:diagnoses
life:lives|wife:wives|knife:knives|man:men|woman:women|child:children|person:people|foot:feet|tooth:teeth|mouse:mice`
    .split(/[|\n]/)
    .flatMap((group) => {
      const [base, forms] = group.split(':');
      return forms.split(',').map((f) => [f, base] as [string, string]);
    }),
);

/** The base form of an irregular inflection, or the word itself. */
export function irregularBase(lower: string): string {
  return BASES.get(lower) ?? lower;
}
