import { createServer } from "node:net";

/** The loopback address every server the commands and tests start binds: never the network. */
export const LOOPBACK = "127.0.0.1";

/** A port nothing on 127.0.0.1 listens on right now, chosen by the system. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("The system gave no port.");
  return address.port;
}
