import { describe, expect, it } from "vitest";
import {
  FINGERPRINT_BANDS,
  fingerprintBands,
  isNearDuplicate,
  storyFingerprint,
  storySimilarity,
} from "./story-fingerprint.ts";

// The same wire story as different outlets run it: suffixes, tense, prefixes, spelling, word order.
const SAME_STORY: [string, string][] = [
  [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "Gunmen kill 12 villagers in central Mali - officials",
  ],
  [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "Gunmen killed 12 villagers in central Mali, officials say",
  ],
  [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "UPDATE 1-Gunmen kill 12 villagers in central Mali, officials say",
  ],
  [
    "Sudan's RSF accused of ethnic killings in El Geneina",
    "Sudan's RSF accused of ethnic killings in El Geneina - Reuters",
  ],
  [
    "Myanmar junta air strike kills dozens at village gathering",
    "Myanmar junta airstrike kills dozens at village gathering",
  ],
  [
    "Ethiopia: Amhara militia clashes leave at least 30 dead",
    "Amhara militia clashes leave at least 30 dead in Ethiopia",
  ],
  [
    "UN warns of rising hate speech ahead of Kenyan elections",
    "U.N. WARNS OF RISING HATE SPEECH AHEAD OF KENYAN ELECTIONS",
  ],
  ["Côte d'Ivoire: violences électorales à Abidjan", "Cote d'Ivoire : violences electorales a Abidjan"],
];

// Different events about the same country, often in the same words.
const DIFFERENT_STORIES: [string, string][] = [
  [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "Mali junta extends transition period by five years",
  ],
  [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "Gunmen kill 8 soldiers in northern Mali, army says",
  ],
  [
    "Sudan's RSF accused of ethnic killings in El Geneina",
    "Sudan's army accused of air strikes on Khartoum market",
  ],
  [
    "Myanmar junta air strike kills dozens at village gathering",
    "Myanmar junta air strike hits school in Sagaing",
  ],
  [
    "Ethiopia: Amhara militia clashes leave at least 30 dead",
    "Ethiopia and Eritrea trade accusations over border",
  ],
];

function sharesBand(a: string, b: string): boolean {
  const bands = new Set(fingerprintBands(a));
  return fingerprintBands(b).some((band) => bands.has(band));
}

describe("storyFingerprint", () => {
  it.each(SAME_STORY)("treats '%s' and '%s' as one story", (a, b) => {
    const [left, right] = [storyFingerprint(a), storyFingerprint(b)];
    expect(isNearDuplicate(left, right)).toBe(true);
    // The index must find it too, or the cluster would never be looked at.
    expect(sharesBand(left, right)).toBe(true);
  });

  it.each(DIFFERENT_STORIES)("keeps '%s' and '%s' apart", (a, b) => {
    expect(isNearDuplicate(storyFingerprint(a), storyFingerprint(b))).toBe(false);
  });

  it("is symmetric and gives 1 for identical text", () => {
    const [a, b] = [
      storyFingerprint("Militia burns homes in Ituri"),
      storyFingerprint("Militia burned homes in Ituri"),
    ];
    expect(storySimilarity(a, b)).toBe(storySimilarity(b, a));
    expect(storySimilarity(a, a)).toBe(1);
  });

  it("borrows words from the summary when the title is short, and never matches wordless text", () => {
    const a = storyFingerprint("", "Armed men attacked the market in Bunia this morning, witnesses said");
    const b = storyFingerprint(
      "Report",
      "Armed men attacked the market in Bunia this morning, witnesses said",
    );
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(storyFingerprint("", "")).toBe("");
    expect(isNearDuplicate("", "")).toBe(false);
    expect(fingerprintBands("")).toEqual([]);
  });

  it("gives FINGERPRINT_BANDS stable unsigned 32-bit band keys", () => {
    const bands = fingerprintBands(storyFingerprint("Gunmen kill 12 villagers in central Mali"));
    expect(bands).toHaveLength(FINGERPRINT_BANDS);
    expect(bands).toEqual(fingerprintBands(storyFingerprint("Gunmen kill 12 villagers in central Mali")));
    for (const band of bands) expect(band >>> 0).toBe(band);
  });

  it("rarely puts unrelated stories in the same band", () => {
    // 300 headlines of 8 words drawn from 400: pairs share a word or two, like real headlines do.
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const vocabulary = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const titles = Array.from({ length: 300 }, () =>
      Array.from({ length: 8 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" "),
    );
    const owners = new Map<number, number>();
    let collisions = 0;
    titles.forEach((title, index) => {
      for (const band of fingerprintBands(storyFingerprint(title))) {
        if ((owners.get(band) ?? index) !== index) collisions++;
        owners.set(band, index);
      }
    });
    // About 28 of the 44,850 pairs collide; one MinHash per band would give thousands to verify.
    expect(collisions).toBeLessThan(60);
  });
});
