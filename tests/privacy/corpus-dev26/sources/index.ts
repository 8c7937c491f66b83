import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { CA } from "./canada.ts";
import { ASIA_PACIFIC_CARIBBEAN } from "./elsewhere-asia-pacific-caribbean.ts";
import { EUROPE_AFRICA } from "./elsewhere-europe-africa.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev26 item, in file order. */
export const DEV26_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...NG, ...AU, ...CA, ...PK, ...EUROPE_AFRICA, ...ASIA_PACIFIC_CARIBBEAN];
