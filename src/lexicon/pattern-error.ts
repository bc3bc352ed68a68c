/** A pattern that cannot be compiled; `message` names the problem. */
export class PatternError extends Error {}
