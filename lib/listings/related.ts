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
 * The inverted index, with things and posts numbered and the lists laid end to end:
 * thing `f`'s posts (ascending) are `listPosts[listStart[f] .. listStart[f + 1])` and
 * post `p`'s things (ascending) are `postFeatures[postStart[p] .. postStart[p + 1])`.
 * Things are numbered cheapest first, by the length of their list per point of weight.
 */
interface FeatureIndex {
  weights: Int32Array;
  listStart: Int32Array;
  listPosts: Int32Array;
  postStart: Int32Array;
  postFeatures: Int32Array;
}

function featureIndex(posts: readonly LoadedPost[]): FeatureIndex {
  const numbers = new Map<string, number>();
  const weights: number[] = [];
  const sizes: number[] = [];
  const owned = posts.map((post) =>
    [...features(post)].map(([key, weight]) => {
      let feature = numbers.get(key);
      if (feature === undefined) {
        feature = weights.length;
        numbers.set(key, feature);
        weights.push(weight);
        sizes.push(0);
      }
      sizes[feature] = (sizes[feature] ?? 0) + 1;
      return feature;
    }),
  );
  const cost = (feature: number) => (sizes[feature] ?? 0) / (weights[feature] ?? 1);
  const byCost = weights.map((_, feature) => feature).sort((a, b) => cost(a) - cost(b) || a - b);
  const rank = new Int32Array(weights.length);
  byCost.forEach((feature, position) => (rank[feature] = position));

  const postStart = new Int32Array(posts.length + 1);
  const postFeatures = new Int32Array(owned.reduce((sum, list) => sum + list.length, 0));
  owned.forEach((list, post) => {
    const start = postStart[post] ?? 0;
    postFeatures.set(Int32Array.from(list, (feature) => rank[feature] ?? 0).sort(), start);
    postStart[post + 1] = start + list.length;
  });
  const listStart = new Int32Array(weights.length + 1);
  byCost.forEach((feature, position) => (listStart[position + 1] = (listStart[position] ?? 0) + (sizes[feature] ?? 0)));
  const filled = listStart.slice(0, -1);
  const listPosts = new Int32Array(postFeatures.length);
  for (let post = 0; post < posts.length; post++) {
    for (let i = postStart[post] ?? 0; i < (postStart[post + 1] ?? 0); i++) {
      const feature = postFeatures[i] ?? 0;
      listPosts[filled[feature] ?? 0] = post;
      filled[feature] = (filled[feature] ?? 0) + 1;
    }
  }
  return { weights: Int32Array.from(byCost, (feature) => weights[feature] ?? 0), listStart, listPosts, postStart, postFeatures };
}

/** The points of post `post`'s things: the most any post can share with it. */
function pointsOf(post: number, { weights, postStart, postFeatures }: FeatureIndex): number {
  let points = 0;
  for (let i = postStart[post] ?? 0, end = postStart[post + 1] ?? 0; i < end; i++) points += weights[postFeatures[i] ?? 0] ?? 0;
  return points;
}

/**
 * Room for scoring one post against the others, made once for all posts and
 * cleared after each through what it touched.
 */
interface Scratch {
  /** Each post's score so far; 0 for a post not met. */
  scores: Int32Array;
  /** The posts met, in the order met, then sorted by score. */
  touched: Int32Array;
  byScore: Int32Array;
  /** How many posts met have each score, and where each score's posts go in `byScore`. */
  withScore: Int32Array;
  nextAt: Int32Array;
  /** The weights of the post's things the walk left out, by number; 0 for any other thing. */
  leftOut: Int32Array;
}

function createScratch(index: FeatureIndex): Scratch {
  const postCount = index.postStart.length - 1;
  let most = 0;
  for (let post = 0; post < postCount; post++) most = Math.max(most, pointsOf(post, index));
  return {
    scores: new Int32Array(postCount),
    touched: new Int32Array(postCount),
    byScore: new Int32Array(postCount),
    withScore: new Int32Array(most + 1),
    nextAt: new Int32Array(most + 1),
    leftOut: new Int32Array(index.weights.length),
  };
}

/** The `limit`-th best score among the posts met (counted in `withScore` up to `top`), 0 while fewer are met. */
function scoreOfPlace(limit: number, withScore: Int32Array, top: number): number {
  let atLeast = 0;
  for (let score = top; score > 0; score--) {
    atLeast += withScore[score] ?? 0;
    if (atLeast >= limit) return score;
  }
  return 0;
}

/** What candidates are ranked by besides their scores: each post's day, and its URL. */
interface TieBreaks {
  days: Float64Array;
  urls: readonly string[];
}

/** Whether candidate a ranks before b for the post `self`: score, then nearness in date, then URL. */
function ranksBefore(a: number, b: number, self: number, scores: Int32Array, { days, urls }: TieBreaks): boolean {
  const byScore = (scores[a] ?? 0) - (scores[b] ?? 0);
  if (byScore !== 0) return byScore > 0;
  const here = days[self] ?? 0;
  const nearer = Math.abs((days[a] ?? 0) - here) - Math.abs((days[b] ?? 0) - here);
  if (nearer !== 0) return nearer < 0;
  return (urls[a] ?? "") < (urls[b] ?? "");
}

/**
 * The numbers of the up to `limit` posts that share the most with post `self`, best first.
 *
 * Its things are walked cheapest first, each adding its weight to the posts in its list,
 * until the points still to come are fewer than the `limit`-th best score so far: a post
 * met only in the lists left out could not reach that score, so those lists are not read.
 * The posts met then get, best score first, the points of the things left out that they
 * have, from their own short list of things, and the first whose score so far cannot
 * reach the floor even with every point left out ends the search.
 */
function bestRelated(self: number, index: FeatureIndex, scratch: Scratch, tieBreaks: TieBreaks, limit: number): number[] {
  const { weights, listStart, listPosts, postStart, postFeatures } = index;
  const { scores, touched, byScore, withScore, nextAt, leftOut } = scratch;
  const first = postStart[self] ?? 0;
  const end = postStart[self + 1] ?? 0;
  const top = pointsOf(self, index);
  withScore.fill(0, 0, top + 1);

  let toCome = top;
  let count = 0;
  let floor = 0;
  let next = first;
  for (; next < end; next++) {
    floor = scoreOfPlace(limit, withScore, top);
    if (toCome < floor) break;
    const feature = postFeatures[next] ?? 0;
    const weight = weights[feature] ?? 0;
    toCome -= weight;
    for (let i = listStart[feature] ?? 0, stop = listStart[feature + 1] ?? 0; i < stop; i++) {
      const other = listPosts[i] ?? self;
      if (other === self) continue;
      const score = scores[other] ?? 0;
      if (score === 0) touched[count++] = other;
      scores[other] = score + weight;
      withScore[score] = (withScore[score] ?? 0) - 1;
      withScore[score + weight] = (withScore[score + weight] ?? 0) + 1;
    }
  }
  for (let i = next; i < end; i++) leftOut[postFeatures[i] ?? 0] = weights[postFeatures[i] ?? 0] ?? 0;
  const cheapestLeftOut = postFeatures[next] ?? 0;

  // The posts that can still reach the floor, by score so far, highest first: a counting
  // sort, scores being small. The others' scores are cleared on the way.
  const least = Math.max(1, floor - toCome);
  let placed = 0;
  for (let score = top; score >= least; score--) {
    nextAt[score] = placed;
    placed += withScore[score] ?? 0;
  }
  for (let i = 0; i < count; i++) {
    const candidate = touched[i] ?? self;
    const score = scores[candidate] ?? 0;
    if (score < least) {
      scores[candidate] = 0;
      continue;
    }
    const at = nextAt[score] ?? 0;
    byScore[at] = candidate;
    nextAt[score] = at + 1;
  }

  // The best `limit` by insertion into a short sorted list.
  const best: number[] = [];
  for (let i = 0; i < placed; i++) {
    const candidate = byScore[i] ?? self;
    let score = scores[candidate] ?? 0;
    if (score + toCome < floor) break;
    // Its things are in the same order as ours, so those left out are among its last.
    for (let j = (postStart[candidate + 1] ?? 0) - 1, stop = postStart[candidate] ?? 0; j >= stop; j--) {
      const feature = postFeatures[j] ?? 0;
      if (feature < cheapestLeftOut) break;
      score += leftOut[feature] ?? 0;
    }
    scores[candidate] = score;
    if (score < floor) continue;
    const last = best[limit - 1];
    if (last !== undefined && !ranksBefore(candidate, last, self, scores, tieBreaks)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1] ?? self, self, scores, tieBreaks)) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
    if (best.length === limit) floor = scores[best[limit - 1] ?? self] ?? 0;
  }

  for (let i = 0; i < placed; i++) scores[byScore[i] ?? self] = 0;
  for (let i = next; i < end; i++) leftOut[postFeatures[i] ?? 0] = 0;
  return best;
}

/**
 * For each post, up to three other posts that share the most with it: people (3 points
 * each), organisations (2), tags (1) and SDGs (1). Equal scores go to the post nearest in
 * date, then to the smaller URL, so the result never depends on the input's order.
 * Worked out through an inverted index (thing → posts that have it), so a post is only
 * scored against posts it shares something with, never compared with every other post,
 * and the longest lists are read only when they could still change the answer (see
 * `bestRelated`): on the benchmark's corpus a few organisations, tags and goals are each
 * shared by over a thousand posts.
 * @example relatedPosts(posts).get("/2018/aarets-sidste-netvaerksmoede/") // [post, post, post]
 */
export function relatedPosts(posts: readonly LoadedPost[], limit = RELATED_LIMIT): Map<string, LoadedPost[]> {
  const index = featureIndex(posts);
  const scratch = createScratch(index);
  const tieBreaks: TieBreaks = { days: Float64Array.from(posts, (post) => dayNumber(post.data.date)), urls: posts.map((post) => post.urlPath) };
  return new Map(posts.map((post, self) => [post.urlPath, bestRelated(self, index, scratch, tieBreaks, limit).map((other) => posts[other] as LoadedPost)]));
}
