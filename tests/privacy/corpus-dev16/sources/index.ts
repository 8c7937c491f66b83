import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { ELSEWHERE_NORTH } from "./elsewhere-north.ts";
import { ELSEWHERE_SOUTH } from "./elsewhere-south.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev16 item, in file order. */
export const DEV16_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ELSEWHERE_NORTH, ...ELSEWHERE_SOUTH];
