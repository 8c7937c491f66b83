/**
 * fb2: whether a word can name a person (a farmer, a kaumātua, a widow, the imam) or only a thing, a time or an event (a
 * holiday, a wave, the chapters, a contact). Used where a claim singles someone out only if it is about a person ("the
 * last crofter in Lochcarron" is one; "the first holiday in three years that I will spend … in Daegu" is no one).
 *
 * When unsure, a word is a person's: any word that is no common English word (kaumātua, bonesetter, sangoma), an agent
 * noun (-er or -or on an English stem: farmer, speaker, survivor), -ist, -ian, -man, -woman, -wife, -ess, -ee, -ant,
 * -ent, the staff roles and relatives, and the common person nouns without such an ending.
 */
import { isEnglishWord } from "./english.ts";
import { RELATIVES, STAFF_ROLES } from "./terms.ts";

const PERSON_NOUNS = new Set(
  `man men woman women boy boys girl girls child children kid kids baby babies infant infants toddler teen teens person people
  family families couple twin twins triplets widow widows widower orphan orphans elder elders chief chiefs king queen prince princess
  heir heiress saint hero heroine pilot chef cook guide judge imam priest monk nun nuns pastor vicar bishop rabbi lama shaman healer
  nomad native natives local locals citizen resident residents settler villager islander member members athlete poet artist maid
  guard bride groom survivor survivors veteran veterans speaker speakers one ones someone anyone adult adults youth youngster
  gentleman gentlemen lady ladies folk folks soul souls victim victims case cases patient patients
  vet vets surgeon surgeons medic cop spy clerk nanny butler smith blacksmith goldsmith soldier soldiers captain colonel general
  major sergeant cadet recruit scout warden deacon sheikh mufti mullah guru swami sadhu pandit granthi monarch tycoon mogul
  celebrity legend icon star model clown champion scholar pupil graduate alumnus alumna intern jockey sherpa marine pirate
  bard mayor chairman chairwoman`.split(/\s+/).filter((w) => w !== ""),
);
const ROLE_WORDS = new Set(`${STAFF_ROLES}|${RELATIVES}`.split("|").filter((w) => /^[a-z-]+$/.test(w)));
const PERSON_ENDING = /(?:ist|ists|ian|ians|man|men|woman|women|wife|wives|ess|esses|ee|ees|eur|eurs|ant|ants|ent|ents)$/;
const AGENT_ENDING = /^(.+?)(?:er|or|ar)s?$/;

/** The lower-case word names a person, or may. */
export function isPersonWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s?$/, "");
  if (PERSON_NOUNS.has(w) || ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, ""))) return true;
  if (!isEnglishWord(w) || PERSON_ENDING.test(w)) return true;
  // An agent noun: the word less its -er/-or on an English stem ("farmer" → farm, "runner" → run, "carer" → care).
  const agent = AGENT_ENDING.exec(w);
  if (agent === null) return false;
  const stem = agent[1] as string;
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (/(.)\1$/.test(stem) && isEnglishWord(stem.slice(0, -1)));
}
