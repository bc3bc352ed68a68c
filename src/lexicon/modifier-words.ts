/**
 * `<MOD>`: an adverb that neither negates, hedges nor boosts (the context stage reads those), so
 * `would <MOD>? mean war` takes "would once again mean war" and still not "would not mean war".
 */
export const MODIFIER_WORDS = ['also', 'again', 'once again', 'yet again', 'now', 'repeatedly', 'already', 'still', 'further', 'even', 'only', 'just', 'deliberately', 'consistently', 'constantly', 'actually', 'effectively', 'directly', 'openly', 'systematically', 'increasingly', 'ultimately', 'thereby', 'essentially', 'actively', 'brazenly', 'cynically', 'de facto'];
