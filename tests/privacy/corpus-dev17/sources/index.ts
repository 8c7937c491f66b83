import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { AMERICAS_EUROPE } from "./elsewhere-americas-europe.ts";
import { ASIA_PACIFIC } from "./elsewhere-asia-pacific.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev17 item, in file order. */
export const DEV17_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA, ...AMERICAS_EUROPE, ...ASIA_PACIFIC];
