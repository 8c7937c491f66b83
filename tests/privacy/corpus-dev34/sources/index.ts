import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { ELSEWHERE_A } from "./elsewhere-a.ts";
import { ELSEWHERE_B } from "./elsewhere-b.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev34 item, in file order. */
export const DEV34_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ELSEWHERE_A, ...ELSEWHERE_B];
