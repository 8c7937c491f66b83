import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_MIDDLE_EAST } from "./elsewhere-africa-middle-east.ts";
import { AMERICAS_ASIA_PACIFIC_EUROPE } from "./elsewhere-americas-asia-pacific-europe.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev18 item, in file order. */
export const DEV18_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA_MIDDLE_EAST, ...AMERICAS_ASIA_PACIFIC_EUROPE];
