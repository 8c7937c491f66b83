import type { SourceItem } from "../../corpus/types.ts";
import { CLEAN } from "./clean.ts";
import { PHI_A } from "./phi-a.ts";
import { PHI_B } from "./phi-b.ts";

/** Every dev5 item, identifier-bearing first, then the clean ones. */
export const DEV5_SOURCES: readonly SourceItem[] = [...PHI_A, ...PHI_B, ...CLEAN];
