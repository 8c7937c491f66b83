import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS_EUROPE } from "./elsewhere-americas-europe.ts";
import { ASIA_AFRICA } from "./elsewhere-asia-africa.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev45 item, in file order. */
export const DEV45_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_EUROPE, ...ASIA_AFRICA];
