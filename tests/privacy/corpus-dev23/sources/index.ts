import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_ASIA_PACIFIC } from "./elsewhere-africa-asia-pacific.ts";
import { AMERICAS_EUROPE } from "./elsewhere-americas-europe.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev23 item, in file order. */
export const DEV23_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_EUROPE, ...AFRICA_ASIA_PACIFIC];
