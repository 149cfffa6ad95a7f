import type { PlaceMention } from "./place-mention.ts";
import type { SignalMatch } from "./signal-detector.ts";
import type { SuppressedSignal } from "./types.ts";

/**
 * What the readers of one text find, each list created with its first item (see short-list.ts): most texts
 * hold a mention or two and a signal or two, and set nothing aside, and `[]` followed by `push` reserves
 * room for seventeen.
 */
export interface Findings {
  mentions: PlaceMention[] | undefined;
  signals: SignalMatch[] | undefined;
  suppressed: SuppressedSignal[] | undefined;
}
