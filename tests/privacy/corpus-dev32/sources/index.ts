import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA_ASIA } from "./elsewhere-africa-asia.ts";
import { EUROPE_MIDEAST_AMERICAS } from "./elsewhere-europe-mideast-americas.ts";
import { AU } from "./australia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev32 item, in file order. */
export const DEV32_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...EUROPE_MIDEAST_AMERICAS, ...AFRICA_ASIA];
