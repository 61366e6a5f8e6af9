import { type FixtureSite, createFixtureSite, removeFixtureSite } from "../../helpers/fixture-site.ts";
import { type ServedFolder, serveFolder } from "./static-server.ts";

export interface BuiltSite {
  site: FixtureSite;
  server: ServedFolder;
  /** The full address of a site path such as "/soeg/?q=x", under the prefix. */
  url(sitePath: string): string;
  close(): Promise<void>;
}

/**
 * Builds the real site (its posts plus `extraPosts`, paths below content/posts/)
 * into a scratch folder with `npm run build`'s code, under `pathPrefix` ("/" or
 * e.g. "/blog/", passed as PATH_PREFIX), and serves it on 127.0.0.1 under that prefix.
 */
export async function buildAndServe(pathPrefix: string, extraPosts: Record<string, string> = {}): Promise<BuiltSite> {
  const site = await createFixtureSite(extraPosts, { keepRealPosts: true });
  try {
    await site.build(pathPrefix === "/" ? {} : { PATH_PREFIX: pathPrefix });
    const server = await serveFolder(site.output, pathPrefix);
    return {
      site,
      server,
      url: (sitePath) => `${server.origin}${pathPrefix}${sitePath.replace(/^\//, "")}`,
      async close() {
        await server.close();
        await removeFixtureSite(site);
      },
    };
  } catch (error) {
    await removeFixtureSite(site);
    throw error;
  }
}
