import { describe, expect, it } from "vitest";
import { openDatabase } from "../open-database.ts";
import { FOREIGN_KEYS_OFF_ITEMS, withForeignKeysOff } from "./foreign-keys-off.ts";

describe("withForeignKeysOff", () => {
  it("turns the checks off for a big write only, and back on however it ends", async () => {
    const { sqlite, close } = openDatabase({ file: ":memory:" });
    const state = () => sqlite.pragma("foreign_keys", { simple: true });
    expect(withForeignKeysOff(sqlite, FOREIGN_KEYS_OFF_ITEMS - 1, state)).toBe(1);
    expect(withForeignKeysOff(sqlite, FOREIGN_KEYS_OFF_ITEMS, state)).toBe(0);
    expect(state()).toBe(1);
    expect(() =>
      withForeignKeysOff(sqlite, FOREIGN_KEYS_OFF_ITEMS, () => {
        throw new Error("write failed");
      }),
    ).toThrow("write failed");
    expect(state()).toBe(1);
    // Inside a transaction the pragma can't change, so it is left alone.
    sqlite.exec("BEGIN");
    expect(withForeignKeysOff(sqlite, FOREIGN_KEYS_OFF_ITEMS, state)).toBe(1);
    sqlite.exec("ROLLBACK");
    await close();
  });
});
