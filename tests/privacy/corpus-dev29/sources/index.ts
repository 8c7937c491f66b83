import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_MIDEAST } from "./elsewhere-africa-mideast.ts";
import { AMERICAS_EUROPE } from "./elsewhere-americas-europe.ts";
import { ASIA } from "./elsewhere-asia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev29 item, in file order. */
export const DEV29_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA_MIDEAST, ...ASIA, ...AMERICAS_EUROPE];
