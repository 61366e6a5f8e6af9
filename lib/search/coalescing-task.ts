/** A job run in the background, one run at a time. */
export interface CoalescingTask {
  /** Starts a run, or, while one runs, makes sure one more follows it (one, however many requests). */
  request(): void;
  /** Settles when no run is going and none is queued. */
  idle(): Promise<void>;
  /** Whether a run is going (or queued to follow one). */
  readonly busy: boolean;
}

/**
 * Runs `job` in the background whenever asked, never two at once: requests that
 * arrive during a run are folded into a single next run. A failed run is handed
 * to `onError` and does not stop later runs.
 * @example const indexing = coalescingTask(() => indexSite(...), console.error); indexing.request();
 */
export function coalescingTask(job: () => Promise<unknown>, onError: (error: unknown) => void): CoalescingTask {
  let running: Promise<void> | undefined;
  let queued = false;
  const run = async (): Promise<void> => {
    do {
      queued = false;
      try {
        await job();
      } catch (error) {
        onError(error);
      }
    } while (queued);
    running = undefined;
  };
  return {
    request() {
      if (running === undefined) running = run();
      else queued = true;
    },
    idle: () => running ?? Promise.resolve(),
    get busy() {
      return running !== undefined;
    },
  };
}
