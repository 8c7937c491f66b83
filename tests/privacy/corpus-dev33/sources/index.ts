import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_ASIA_PACIFIC } from "./elsewhere-africa-asia-pacific.ts";
import { EUROPE_ANDES } from "./elsewhere-europe-andes.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev33 item, in file order. */
export const DEV33_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...EUROPE_ANDES, ...AFRICA_ASIA_PACIFIC];
