import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA_AMERICAS } from "./elsewhere-africa-americas.ts";
import { ASIA_PACIFIC } from "./elsewhere-asia-pacific.ts";
import { MIDDLE_EAST } from "./elsewhere-middle-east.ts";
import { AU } from "./australia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev14 item, in file order. */
export const DEV14_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ASIA_PACIFIC, ...MIDDLE_EAST, ...AFRICA_AMERICAS];
