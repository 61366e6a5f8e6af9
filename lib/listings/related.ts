import type { LoadedPost } from "../content/load-posts.ts";

/** How many related meetings a post shows. */
export const RELATED_LIMIT = 3;

/** What one shared thing is worth: a shared person most, then an organisation, a tag or a goal. */
export const RELATED_WEIGHTS = { person: 3, organisation: 2, tag: 1, sdg: 1 } as const;

/** The things a post can share with another, each once, with its weight. */
function features(post: LoadedPost): Map<string, number> {
  const { data } = post;
  const keys = new Map<string, number>();
  for (const person of [...(data.speakers ?? []), ...(data.outcomes?.taskForce ?? [])]) {
    keys.set(`person\0${person.name}`, RELATED_WEIGHTS.person);
    if (person.organisation !== undefined) keys.set(`organisation\0${person.organisation}`, RELATED_WEIGHTS.organisation);
  }
  for (const tag of data.tags ?? []) keys.set(`tag\0${tag}`, RELATED_WEIGHTS.tag);
  for (const goal of data.sdgs ?? []) keys.set(`sdg\0${goal}`, RELATED_WEIGHTS.sdg);
  return keys;
}

/** Days since 1970 of an ISO calendar date, for distances between posts. */
function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}

/**
 * For each post, up to three other posts that share the most with it: people (3 points
 * each), organisations (2), tags (1) and SDGs (1). Equal scores go to the post nearest in
 * date, then to the smaller URL, so the result never depends on the input's order.
 * Worked out through an inverted index (thing → posts that have it), so a post is only
 * scored against posts it shares something with, never compared with every other post.
 * @example relatedPosts(posts).get("/2018/aarets-sidste-netvaerksmoede/") // [post, post, post]
 */
export function relatedPosts(posts: readonly LoadedPost[], limit = RELATED_LIMIT): Map<string, LoadedPost[]> {
  const postFeatures = posts.map(features);
  const days = Float64Array.from(posts, (post) => dayNumber(post.data.date));
  const lists = new Map<string, number[]>();
  postFeatures.forEach((keys, index) => {
    for (const key of keys.keys()) {
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [index]);
      else list.push(index);
    }
  });
  const postings = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
  // Each post's things as (posting list, weight) pairs, so the hot loop looks nothing up by name.
  const postPostings = postFeatures.map((keys) => [...keys].map(([key, weight]) => ({ list: postings.get(key) ?? new Int32Array(), weight })));

  // One score array for all posts, reset through the list of posts it touched.
  const scores = new Int32Array(posts.length);
  const touched = new Int32Array(posts.length);
  // Whether candidate a ranks before b for the post at `self`: score, then nearness, then URL.
  const ranksBefore = (a: number, b: number, self: number): boolean => {
    const byScore = (scores[a] ?? 0) - (scores[b] ?? 0);
    if (byScore !== 0) return byScore > 0;
    const here = days[self] ?? 0;
    const nearer = Math.abs((days[a] ?? 0) - here) - Math.abs((days[b] ?? 0) - here);
    if (nearer !== 0) return nearer < 0;
    return (posts[a]?.urlPath ?? "") < (posts[b]?.urlPath ?? "");
  };

  const related = new Map<string, LoadedPost[]>();
  posts.forEach((post, self) => {
    let count = 0;
    for (const { list, weight } of postPostings[self] ?? []) {
      for (let i = 0; i < list.length; i++) {
        const other = list[i] ?? self;
        if (other === self) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }
    // The best `limit` candidates by insertion into a short sorted list: linear in the
    // candidates, most of which a lower score turns away at the first comparison.
    const best: number[] = [];
    let floor = 0;
    for (let i = 0; i < count; i++) {
      const candidate = touched[i] ?? self;
      const candidateScore = scores[candidate] ?? 0;
      if (candidateScore < floor) continue;
      const last = best[limit - 1];
      if (last !== undefined && !ranksBefore(candidate, last, self)) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(candidate, best[at - 1] ?? self, self)) at -= 1;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
      if (best.length === limit) floor = scores[best[limit - 1] ?? self] ?? 0;
    }
    related.set(post.urlPath, best.map((index) => posts[index] as LoadedPost));
    for (let i = 0; i < count; i++) scores[touched[i] ?? self] = 0;
  });
  return related;
}
