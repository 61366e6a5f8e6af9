// The search page (/soeg/): joins Pagefind's Component UI to the address bar.
// ?q= starts a search, and the address follows the query, the chosen filters and
// the sort order (replaceState), so a search can be linked, and Back from a
// result comes back to it. Loaded by /soeg/ only, after pagefind-component-ui.js.
// Danish query expansion (compounds, synonyms, æ/ø/å) comes from the search bundle.
"use strict";
(() => {
  const page = document.querySelector("[data-search-page]");
  const components = window.PagefindComponents;
  if (page === null || components === undefined) return;

  /** The filters the index has (lib/search/search-fields.ts), in address order. */
  const FILTERS = ["år", "person", "organisation", "emne", "verdensmål", "type"];
  /** The sort choices: the value in the address and Pagefind's sort on the `dato` key. */
  const SORTS = { nyeste: { dato: "desc" }, aeldste: { dato: "asc" } };

  const instance = components.getInstanceManager().getInstance("default");
  // Query expansion: the page preloads Pagefind's adapter from the build's search
  // bundle (lib/search/search-bundle.ts); the Component UI imports
  // `<bundlePath>pagefind.js`, so pointing it at that folder, before it loads
  // Pagefind, makes every search expand the query. The query itself is untouched.
  const bundle = document.querySelector("link[data-search-bundle]");
  if (bundle !== null) instance.applyOptions({ bundlePath: new URL(".", bundle.href).href });
  const results = page.querySelector("pagefind-results");
  const sortChoice = page.querySelector("#search-sort");
  const filterPane = page.querySelector(".search-filters");
  const startHelp = document.querySelector("[data-search-start]");

  results.resultTemplate = renderResult;
  page.hidden = false;

  const start = readAddress();
  sortChoice.value = start.sort;
  instance.searchSort = SORTS[start.sort] ?? {};
  instance.on("search", (term, filters) => writeAddress(term, filters ?? {}));
  // Before a search (and when the box is emptied) the help and ways in show; the
  // filters only once a search found something, counted before filtering, so a
  // filter that leaves nothing can still be taken off.
  instance.on("results", (found) => {
    const searching = (instance.searchTerm ?? "").trim() !== "";
    if (startHelp !== null) startHelp.hidden = searching;
    filterPane.hidden = !searching || (found?.unfilteredTotalCount ?? found?.results?.length ?? 0) === 0;
  });
  // The adapter shows the query as typed first and says when the expansion's
  // searches add to it (lib/search/pagefind-adapter.js): the same search again
  // then shows the merged list, which the adapter answers at once.
  document.addEventListener("search-widened", (event) => {
    if (event.detail?.term === instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });
  sortChoice.addEventListener("change", () => {
    instance.searchSort = SORTS[sortChoice.value] ?? {};
    instance.triggerSearch(instance.searchTerm);
  });
  if (start.term !== "") instance.triggerSearchWithFilters(start.term, start.filters);

  function readAddress() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    for (const name of FILTERS) {
      const values = params.getAll(name);
      if (values.length > 0) filters[name] = values;
    }
    const sort = params.get("sortering") ?? "";
    return { term: (params.get("q") ?? "").trim(), filters, sort: Object.hasOwn(SORTS, sort) ? sort : "" };
  }

  function writeAddress(term, filters) {
    const params = new URLSearchParams();
    if (term) params.set("q", term);
    for (const name of FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
    if (sortChoice.value) params.set("sortering", sortChoice.value);
    const query = params.toString();
    const address = window.location.pathname + (query ? `?${query}` : "");
    if (address !== window.location.pathname + window.location.search) window.history.replaceState(null, "", address);
  }

  /** One result: title link, date and venue, the excerpt with the words marked, the speakers. */
  function renderResult(result) {
    const meta = result.meta ?? {};
    // Pagefind's own card classes: its stylesheet makes the whole card the link's
    // click area, and its arrow-key navigation walks the links of `.pf-result`s.
    const item = element("li", "pf-result search-result");
    const card = element("div", "pf-result-card");
    const content = element("div", "pf-result-content");
    const heading = element("h2", "pf-result-title search-result-title");
    const link = element("a", "pf-result-link", meta.title ?? result.url);
    link.href = meta.url ?? result.url;
    heading.append(link);
    content.append(heading);
    const facts = [meta.dato, meta.sted].filter(Boolean).join(" · ");
    if (facts) content.append(element("p", "search-result-facts", facts));
    if (result.excerpt) content.append(highlighted(result.excerpt));
    if (meta.oplaegsholdere) content.append(element("p", "search-result-speakers", `Oplægsholdere: ${meta.oplaegsholdere}`));
    card.append(content);
    item.append(card);
    return item;
  }

  /** The excerpt as text, keeping only Pagefind's <mark> highlights as elements. */
  function highlighted(excerptHtml) {
    const parsed = document.createElement("template");
    parsed.innerHTML = excerptHtml;
    const paragraph = element("p", "search-result-excerpt");
    for (const node of parsed.content.childNodes) {
      paragraph.append(node.nodeName === "MARK" ? element("mark", "", node.textContent) : document.createTextNode(node.textContent ?? ""));
    }
    return paragraph;
  }

  function element(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
