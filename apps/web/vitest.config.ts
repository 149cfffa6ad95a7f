import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Component and unit tests, in jsdom. The browser tests in e2e/ are their own project
// (vitest.e2e.config.ts): they drive a real Chromium against the real server.
export default defineProject({
  plugins: [react()],
  test: {
    name: "web",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
