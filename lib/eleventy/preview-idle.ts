/**
 * How long the dev server is left without a rebuild before it brings the
 * preview's search up to date (the Pagefind index, the vocabulary): work of
 * seconds at 4,000 posts that, started right after each rebuild, took the CPU
 * from the next save's.
 */
export const PREVIEW_IDLE_MS = 5000;
