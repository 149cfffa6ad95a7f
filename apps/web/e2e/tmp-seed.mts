import { seedDataDir, startServer, buildWeb } from "./e2e-kit.ts";
const { dataDir } = await seedDataDir();
console.log("DATA", dataDir);
