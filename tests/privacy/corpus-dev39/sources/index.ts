import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS_EUROPE_MENA } from "./elsewhere-americas-europe-mena.ts";
import { ASIA_PACIFIC_AFRICA } from "./elsewhere-asia-pacific-africa.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev39 item, in file order. */
export const DEV39_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_EUROPE_MENA, ...ASIA_PACIFIC_AFRICA];
