import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { EUROPE } from "./elsewhere-europe.ts";
import { WORLD } from "./elsewhere-world.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev35 item, in file order. */
export const DEV35_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...EUROPE, ...WORLD];
