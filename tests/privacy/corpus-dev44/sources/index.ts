import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS_AFRICA } from "./elsewhere-americas-africa.ts";
import { ASIA_EUROPE } from "./elsewhere-asia-europe.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev44 item, in file order. */
export const DEV44_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_AFRICA, ...ASIA_EUROPE];
