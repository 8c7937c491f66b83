import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA_MIDDLE_EAST } from "./elsewhere-africa-middle-east.ts";
import { AMERICAS } from "./elsewhere-americas.ts";
import { ASIA } from "./elsewhere-asia.ts";
import { EUROPE } from "./elsewhere-europe.ts";
import { AU } from "./australia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev42 item, in file order. */
export const DEV42_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS, ...ASIA, ...AFRICA_MIDDLE_EAST, ...EUROPE];
