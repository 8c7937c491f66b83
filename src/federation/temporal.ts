// Node 24 has no global Temporal at run time, but TypeScript 6 types fedify's options with the
// global `Temporal` (lib esnext.temporal). This re-exports the polyfill fedify itself uses, typed
// as the global, so values made here are accepted wherever fedify asks for a Temporal.Duration.
import { Temporal as polyfill } from "@js-temporal/polyfill";

export const Temporal = polyfill as unknown as typeof globalThis.Temporal;
