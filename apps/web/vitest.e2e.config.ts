import { defineProject } from "vitest/config";

// The browser tests: one build, one seeded database and one server for all files (global-setup.ts),
// files one after another (each drives its own Chromium; two cores are not enough for several).
export default defineProject({
  test: {
    name: "web-e2e",
    environment: "node",
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
