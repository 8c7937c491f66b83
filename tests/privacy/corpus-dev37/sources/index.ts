import type { SourceItem } from "../../corpus/types.ts";
import { ELSEWHERE } from "./elsewhere.ts";
import { PK_NG_AU } from "./pk-ng-au.ts";
import { UK_US_IN } from "./uk-us-in.ts";

/** Every dev37 item, in file order. */
export const DEV37_SOURCES: readonly SourceItem[] = [...UK_US_IN, ...PK_NG_AU, ...ELSEWHERE];
