import { describe, expect, it } from "vitest";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { devServerCommand } from "../../../lib/bench/dev-loop.ts";
import { PROJECT_ROOT } from "../../helpers/project-root.ts";

describe("devServerCommand", () => {
  const START = "tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts --output=_preview --serve";

  it("runs npm start's command from elsewhere: project executables and files, absolute config, its own port", () => {
    expect(devServerCommand(START, "/work/project", 9123)).toEqual({
      command: "/work/project/node_modules/.bin/tsx",
      args: [
        "/work/project/node_modules/@11ty/eleventy/cmd.cjs",
        "--config=/work/project/.eleventy.ts",
        "--output=_preview",
        "--serve",
        "--port=9123",
      ],
      output: "_preview",
    });
  });

  it("keeps flags such as --incremental, and replaces a port the script names", () => {
    const { args, output } = devServerCommand("tsx cmd.cjs --serve --incremental --port=8080", "/p", 9000);
    expect(args).toEqual(["/p/cmd.cjs", "--serve", "--incremental", "--port=9000"]);
    expect(output).toBe("_site");
  });

  it("gives `--import` the project's own package, as a file URL Node loads from anywhere", () => {
    const { command, args } = devServerCommand("node --import tsx node_modules/@11ty/eleventy/cmd.cjs --serve", PROJECT_ROOT, 9000);
    expect(command).toBe(process.execPath);
    expect(args.slice(0, 3)).toEqual([
      "--import",
      pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href,
      path.join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs"),
    ]);
  });

  it("runs node itself as the running node", () => {
    expect(devServerCommand("node cmd.cjs --serve", "/p", 9000).command).toBe(process.execPath);
  });

  it("refuses a script that needs a shell", () => {
    expect(() => devServerCommand("npm run build && tsx cmd.cjs", "/p", 9000)).toThrow(/more than one plain command/);
    expect(() => devServerCommand("tsx cmd.cjs --title='a b'", "/p", 9000)).toThrow(/more than one plain command/);
    expect(() => devServerCommand("  ", "/p", 9000)).toThrow(/no start script/);
  });
});
