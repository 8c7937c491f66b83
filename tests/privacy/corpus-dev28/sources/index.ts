import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS } from "./elsewhere-americas.ts";
import { ASIA } from "./elsewhere-asia.ts";
import { EMEA } from "./elsewhere-emea.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev28 item, in file order. */
export const DEV28_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS, ...ASIA, ...EMEA];
