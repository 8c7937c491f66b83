import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { CM } from "./elsewhere-cameroon.ts";
import { OTHER_REGIONS } from "./elsewhere-other.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev8 item, in file order. */
export const DEV8_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA, ...CM, ...OTHER_REGIONS];
