import type { SourceItem } from "../../corpus/types.ts";
import { CLEAN } from "./clean.ts";
import { PHI } from "./phi.ts";

/** Every dev4 source item, in corpus order. Add a new file here to include it. */
export const DEV4_SOURCES: readonly SourceItem[] = [...CLEAN, ...PHI];
