import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_AMERICAS } from "./elsewhere-africa-americas.ts";
import { ASIA_EUROPE } from "./elsewhere-asia-europe.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev24 item, in file order. */
export const DEV24_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA_AMERICAS, ...ASIA_EUROPE];
