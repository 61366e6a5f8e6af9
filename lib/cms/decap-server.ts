import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { LOOPBACK, freePort } from "../cli/free-port.ts";

export interface DecapServer {
  /** Its API, `http://127.0.0.1:<port>/api/v1`: config.yml's `local_backend.url`. */
  apiUrl: string;
  process: ChildProcess;
  /** Stops the server and waits until it has exited. */
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * Starts decap-server, Decap's proxy that reads and writes the files of a
 * checkout (`repoDir`) directly, bound to 127.0.0.1 on a free port, and resolves
 * once it answers. `MODE=fs` writes files without committing, as an editor would.
 */
export async function startDecapServer(repoDir: string, options: { log?: (line: string) => void } = {}): Promise<DecapServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve("decap-server/dist/index.js")], {
    cwd: repoDir,
    env: { ...process.env, PORT: String(port), BIND_HOST: LOOPBACK, MODE: "fs", GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter((text) => text.trim() !== "")) {
      output.push(line);
      options.log?.(line);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const apiUrl = `http://${LOOPBACK}:${port}/api/v1`;
  const server: DecapServer = {
    apiUrl,
    process: child,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  try {
    await waitUntilAnswering(apiUrl, () => child.exitCode !== null);
  } catch (error) {
    await server.close();
    throw new Error(`decap-server did not start on port ${port}:\n${output.join("\n")}`, { cause: error });
  }
  return server;
}

async function waitUntilAnswering(apiUrl: string, hasExited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !hasExited(); attempt += 1) {
    try {
      const response = await fetch(apiUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "info" }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(hasExited() ? "it exited" : "it did not answer within 10 seconds");
}
