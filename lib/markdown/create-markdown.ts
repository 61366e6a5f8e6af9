import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { clearOfLayoutIds } from "../site/layout-ids.ts";
import { slugifyDanish } from "../text/slug.ts";

/**
 * Marks external links with `rel="external"` and a class the stylesheet gives an
 * icon. A link is external when it is absolute: links within the site are written
 * root-relative (`/2019/…`), which is also what lets the site move to a sub-path.
 */
function markExternalLinks(md: MarkdownIt): void {
  md.core.ruler.push("mark_external_links", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== "link_open") continue;
        const href = token.attrGet("href");
        if (href === null || !/^https?:\/\//i.test(href)) continue;
        token.attrJoin("rel", "external");
        token.attrJoin("class", "external-link");
      }
    }
  });
}

/**
 * The site's Markdown renderer: raw HTML off (posts are text, never markup),
 * typographer on with Danish quotation marks, Danish-slugged heading anchors
 * (kept clear of the layouts' own ids: "## Indhold" is `#indhold-2`), external
 * links marked.
 * @example createMarkdown().render("## Fra ord til handling")
 * // '<h2 id="fra-ord-til-handling" tabindex="-1"><a class="header-anchor" href="#fra-ord-til-handling"><span>Fra ord til handling</span></a></h2>\n'
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true, quotes: "»«›‹" });
  md.use(anchor, {
    level: [2, 3, 4],
    slugify: (heading: string) => clearOfLayoutIds(slugifyDanish(heading)),
    permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
  });
  markExternalLinks(md);
  return md;
}
