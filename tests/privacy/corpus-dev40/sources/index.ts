import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { AMERICAS_ASIA_EUROPE } from "./elsewhere-americas-asia-europe.ts";
import { AU } from "./australia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev40 item, in file order. */
export const DEV40_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA, ...AMERICAS_ASIA_EUROPE];
