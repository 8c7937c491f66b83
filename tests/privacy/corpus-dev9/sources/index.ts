import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS_MIDEAST } from "./elsewhere-americas-mideast.ts";
import { ASIA_AFRICA_PACIFIC } from "./elsewhere-asia-africa-pacific.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev9 item, in file order. */
export const DEV9_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_MIDEAST, ...ASIA_AFRICA_PACIFIC];
