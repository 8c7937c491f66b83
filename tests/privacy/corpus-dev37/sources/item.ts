import type { SourceItem } from "../../corpus/types.ts";

/** One source item: id, setting, role and marked text. */
export function item(id: string, setting: string, role: string, text: string): SourceItem {
  return { id, setting, role, text };
}
