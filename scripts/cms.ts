// `npm run cms`: the editor at /admin/ on this checkout, without any account.
// decap-server reads and writes the files here; the development server shows the
// site with drafts. Ctrl+C stops both.
import { startCms } from "../lib/cms/cms-command.ts";

const running = await startCms(process.cwd(), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
console.log(`\nRedaktionen: ${running.adminUrl}\n(Stop begge servere med Ctrl+C.)\n`);
process.on("SIGINT", running.stop);
process.on("SIGTERM", running.stop);
process.exitCode = await running.finished;
