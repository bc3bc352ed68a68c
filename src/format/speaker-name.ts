/** A title named after its holder, as resolve-titles.ts writes it: "Russian President (Vladimir Putin)". */
const NAMED_TITLE = /^.+ \((.+)\)$/;

/** The person a speaker names: the holder of a resolved title ("Vladimir Putin" of "Russian President (Vladimir Putin)"), else the speaker as written. */
export function personOf(speaker: string): string {
  return NAMED_TITLE.exec(speaker)?.[1] ?? speaker;
}
