import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_MIDEAST } from "./elsewhere-africa.ts";
import { ASIA } from "./elsewhere-asia.ts";
import { AMERICAS_EUROPE_OCEANIA } from "./elsewhere-americas-europe-oceania.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev21 item, in file order. */
export const DEV21_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA_MIDEAST, ...ASIA, ...AMERICAS_EUROPE_OCEANIA];
