import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { AMERICAS_ASIA_PACIFIC } from "./elsewhere-americas-asia-pacific.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev31 item, in file order. */
export const DEV31_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_ASIA_PACIFIC, ...AFRICA];
