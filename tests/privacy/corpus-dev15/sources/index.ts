import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./africa.ts";
import { AMERICAS } from "./americas.ts";
import { ASIA_PACIFIC } from "./asia-pacific.ts";
import { AU } from "./australia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev15 item, in file order. */
export const DEV15_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA, ...ASIA_PACIFIC, ...AMERICAS];
