import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FeedPreparer, PreparedFeed } from "./feed-preparer.ts";

/** A file's bytes, or its path for the worker to read, sent to the worker; `id` pairs it with the reply. */
export type FeedWorkerRequest = { id: number; nameForErrors: string } & (
  | { bytes: Uint8Array }
  | { file: string }
);

/** The worker's answer: the prepared feed, the error's message, or (id 0) that its scorer is built. */
export type FeedWorkerReply =
  | { id: number; prepared: PreparedFeed }
  | { id: number; error: string }
  | { id: 0; ready: true };

const THREAD_URL = new URL("./feed-worker-thread.ts", import.meta.url).href;

/** A FeedPreparer in a worker thread, with `ready` resolving once the worker's scorer is built. */
export interface FeedWorker extends FeedPreparer {
  readonly ready: Promise<void>;
}

/**
 * Starts a worker thread that parses and scores feed files (with the default scorer), so an import
 * uses the second core: the worker prepares the next files while this thread stores. The worker runs
 * TypeScript through tsx's loader, registered in the worker itself, so it starts the same under
 * `tsx`, plain node and vitest. Requests are answered in order; a crash rejects what is pending.
 */
export function startFeedWorker(): FeedWorker {
  // tsx/esm/api's ESM build: require.resolve would pick its CommonJS one, which can't register hooks.
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = new URL("./dist/esm/api/index.mjs", tsxPackage).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD_URL)}); })
    .catch((error) => { setImmediate(() => { throw error; }); });`;
  const worker = new Worker(bootstrap, { eval: true, execArgv: [] });
  const pending = new Map<number, { resolve(feed: PreparedFeed): void; reject(error: Error): void }>();
  let nextId = 1;
  // The worker keeps the process alive only while it is starting or has work, never when idle.
  let isStarting = true;
  let failure: Error | undefined;
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // A caller that never awaits `ready` still learns of a failed start from prepare().
  ready.catch(() => {});

  const failAll = (error: Error) => {
    failure ??= error;
    failReady(failure);
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  worker.on("message", (reply: FeedWorkerReply) => {
    if ("ready" in reply) {
      isStarting = false;
      if (pending.size === 0) worker.unref();
      return markReady();
    }
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0 && !isStarting) worker.unref();
    if ("prepared" in reply) waiting?.resolve(reply.prepared);
    else waiting?.reject(new Error(reply.error));
  });
  const send = (request: FeedWorkerRequest): Promise<PreparedFeed> => {
    if (failure) return Promise.reject(failure);
    worker.ref();
    return new Promise<PreparedFeed>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  };
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`The feed worker stopped (exit code ${code})`)));

  return {
    ready,
    prepare(bytes, nameForErrors) {
      return send({ id: nextId++, bytes, nameForErrors });
    },
    prepareFile(file, nameForErrors) {
      return send({ id: nextId++, file, nameForErrors });
    },
    async close() {
      failure ??= new Error("The feed worker was closed");
      await worker.terminate();
    },
  };
}
