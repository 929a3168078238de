/** The INVOLVES relation every reader of who runs a programme emits: one shape, one place. */
import type { RelationMention } from "../../records.js";

/**
 * @example involvement("“暖居”工程", "蒙城县住建局", 3, ["“暖居”工程", "县住建局"]).type // "INVOLVES"
 */
export function involvement(programme: string, organization: string, sentence: number, matched: string[]): RelationMention {
  return {
    type: "INVOLVES",
    from: { kind: "Programme", name: programme },
    to: { kind: "Organization", name: organization },
    sentence,
    matched,
  };
}
