import { describe, expect, it } from 'vitest';
import { notEnglishWarning } from '../src/io/script-check.js';

// The common-word check of src/io/script-check.ts on English news prose full of names and nouns, and on other languages.
describe('the "does not look like English" warning', () => {
  it('is not given for English news prose with few of the commonest words', () => {
    for (const text of [
      'Overnight, Russia launched 400 drones against Ukraine, hitting residential buildings, a maternity hospital and energy facilities.',
      'Ukrainian air defence shot down 40 Russian drones above Kharkiv and Odesa overnight, officials reported, while sirens sounded in Dnipro.',
      'President Zelensky met German, French and British leaders during talks, but no ceasefire date emerged Tuesday.',
    ]) expect(notEnglishWarning(text), text).toBeNull();
  });
  it('is still given for French, Spanish, Italian, German and Dutch statements', () => {
    for (const text of [
      "Le président Macron a condamné l'agression barbare de la Russie contre l'Ukraine et a appelé à un cessez-le-feu immédiat. Le régime de Kiev, selon Moscou, est illégitime.",
      'El presidente del Gobierno condenó el ataque ruso contra la población civil de Ucrania y pidió un alto el fuego inmediato y duradero.',
      "Il presidente del Consiglio ha condannato l'attacco russo contro i civili in Ucraina e ha chiesto un cessate il fuoco immediato.",
      'Der Bundeskanzler verurteilte den russischen Angriff auf die Zivilbevölkerung in der Ukraine und forderte einen sofortigen Waffenstillstand.',
      'De minister-president veroordeelde de Russische aanval op burgers in Oekraïne en riep op tot een onmiddellijk staakt-het-vuren over het hele front.',
    ]) expect(notEnglishWarning(text), text).toMatch(/does not look like English/);
  });
});
