import type { LocaleId } from '../../core/faker.ts';
import type { Phrasebook } from './book.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { sv } from './sv.ts';

/** The phrasebook each locale writes in. */
export const phrasebooks: Readonly<Record<LocaleId, Phrasebook>> = {
  en_US: en,
  en_GB: en,
  en_CA: en,
  en_AU: en,
  en_IN: en,
  de,
  fr,
  es,
  es_MX: es,
  it,
  nl,
  pt_BR: pt,
  sv,
  pl,
  ja,
  ko,
};
