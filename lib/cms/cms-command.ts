import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { LOOPBACK, freePort } from "../cli/free-port.ts";
import { LOCAL_BACKEND_ENV } from "./cms-settings.ts";
import { startDecapServer } from "./decap-server.ts";

export interface CmsCommandIo {
  out(line: string): void;
  err(line: string): void;
}

export interface RunningCms {
  /** The editor's address, `http://127.0.0.1:<port>/admin/`. */
  adminUrl: string;
  /** Resolves with the exit code when either server has stopped and the other has been stopped too. */
  finished: Promise<number>;
  /** Stops both servers. */
  stop(): void;
}

const require = createRequire(import.meta.url);

/**
 * `npm run cms`: decap-server on the checkout at `root` (127.0.0.1, a free port)
 * and the development server with drafts (into `output`, `_preview/` unless
 * given; a free port), whose
 * config.yml points the editor at decap-server. Resolves once the development
 * server is serving, with the editor's address; when either server stops, the
 * other is stopped too.
 */
export async function startCms(
  root: string,
  io: CmsCommandIo,
  { env = process.env, output = "_preview" }: { env?: NodeJS.ProcessEnv; output?: string } = {},
): Promise<RunningCms> {
  const decap = await startDecapServer(root, { log: (line) => io.err(`decap-server: ${line}`) });
  const port = await freePort();
  // Eleventy's command line, as npm start runs it; its package exports only its API.
  const eleventy = path.join(path.dirname(require.resolve("@11ty/eleventy")), "..", "cmd.cjs");
  const dev: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", eleventy, "--config=.eleventy.ts", `--output=${output}`, "--serve", "--incremental", "--quiet", `--port=${port}`],
    { cwd: root, env: { ...env, [LOCAL_BACKEND_ENV]: decap.apiUrl }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const adminUrl = `http://${LOOPBACK}:${port}/admin/`;
  let stopping = false;
  let decapFailed = false;
  const stop = () => {
    stopping = true;
    if (dev.exitCode === null && dev.signalCode === null) dev.kill("SIGTERM");
    void decap.close();
  };
  const devExited = new Promise<number>((resolve) => dev.once("exit", (code) => resolve(code ?? 0)));
  decap.process.once("exit", () => {
    if (!stopping) {
      decapFailed = true;
      io.err("decap-server stoppede; udviklingsserveren stoppes også.");
    }
    stop();
  });
  const finished = devExited.then(async (code) => {
    const asked = stopping;
    stop();
    await decap.close();
    if (decapFailed) return 1;
    return asked ? 0 : code;
  });

  // Eleventy's server says where it listens ("[11ty] Server at …") on stderr.
  const ready = new Promise<void>((resolve, reject) => {
    const relay = (print: (line: string) => void) => (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      for (const line of text.split("\n").filter((entry) => entry.trim() !== "")) print(line);
      if (/Server at /.test(text)) resolve();
    };
    dev.stdout?.on("data", relay(io.out));
    dev.stderr?.on("data", relay(io.err));
    void devExited.then(() => reject(new Error("Udviklingsserveren stoppede, før den var klar.")));
  });
  try {
    await ready;
  } catch (error) {
    stop();
    await finished;
    throw error;
  }
  return { adminUrl, finished, stop };
}
