import type { SourceItem } from "../types.ts";
import { UK } from "./uk.ts";

/** Every source item, in corpus order. Add a new file here to include it. */
export const SOURCES: readonly SourceItem[] = [...UK];
