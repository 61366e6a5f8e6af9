import { describe, expect, it } from "vitest";
import { coalescingTask } from "../../../lib/search/coalescing-task.ts";

/** A job whose runs finish only when the test says so. */
function controlledJob() {
  const finishers: Array<(failure?: Error) => void> = [];
  const job = () =>
    new Promise<void>((resolve, reject) => {
      finishers.push((failure) => (failure ? reject(failure) : resolve()));
    });
  const finishRun = async (failure?: Error) => {
    finishers.shift()?.(failure);
    // Let the task's own continuation run.
    for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
  };
  return { job, finishers, finishRun };
}

describe("coalescingTask", () => {
  it("runs at once when idle, and folds requests during a run into one more run", async () => {
    const { job, finishers, finishRun } = controlledJob();
    const task = coalescingTask(job, () => {});
    task.request();
    expect(finishers).toHaveLength(1);
    task.request();
    task.request();
    task.request();
    expect(finishers).toHaveLength(1);
    await finishRun();
    expect(finishers).toHaveLength(1);
    await finishRun();
    await task.idle();
    expect(finishers).toHaveLength(0);
  });

  it("is busy from a request until its last run is done", async () => {
    const { job, finishRun } = controlledJob();
    const task = coalescingTask(job, () => {});
    expect(task.busy).toBe(false);
    task.request();
    task.request();
    expect(task.busy).toBe(true);
    await finishRun();
    expect(task.busy).toBe(true);
    await finishRun();
    await task.idle();
    expect(task.busy).toBe(false);
  });

  it("hands a failed run to onError and keeps serving requests", async () => {
    const { job, finishers, finishRun } = controlledJob();
    const errors: unknown[] = [];
    const task = coalescingTask(job, (error) => errors.push(error));
    task.request();
    await finishRun(new Error("Pagefind fejlede"));
    await task.idle();
    expect(errors).toEqual([new Error("Pagefind fejlede")]);
    task.request();
    expect(finishers).toHaveLength(1);
    await finishRun();
    await task.idle();
    expect(errors).toHaveLength(1);
  });
});
