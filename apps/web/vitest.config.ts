import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Component and unit tests run in jsdom; the browser tests in e2e/ opt into node with a docblock
// (`@vitest-environment node`) because they drive a real Chromium rather than a simulated DOM.
export default defineProject({
  plugins: [react()],
  test: {
    name: "web",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
  },
});
