import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { ELSEWHERE_AFRICA_AMERICAS } from "./elsewhere-africa-americas.ts";
import { ELSEWHERE_ASIA_EUROPE } from "./elsewhere-asia-europe.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev36 item, in file order. */
export const DEV36_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ELSEWHERE_ASIA_EUROPE, ...ELSEWHERE_AFRICA_AMERICAS];
