import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/project-root.ts";

interface Step { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> }
interface Job { if?: string; needs?: string; permissions?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; concurrency: { group: string }; jobs: Record<string, Job> }

const workflow = yaml.load(readFileSync(path.join(PROJECT_ROOT, ".github/workflows/deploy.yml"), "utf8")) as Workflow;
const build = workflow.jobs.build as Job;
const deploy = workflow.jobs.deploy as Job;
const stepIndex = (pattern: RegExp) => build.steps.findIndex((step) => pattern.test(step.run ?? ""));

describe("the deploy workflow", () => {
  it("runs on pushes to main, pull requests and a daily schedule", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "schedule"]));
  });

  it("checks, tests and builds in that order, each step failing the job", () => {
    const order = [/^npm ci$/, /npm run typecheck/, /npm run --silent check/, /^npm test$/, /npm run build/, /npm run check -- --site/].map(stepIndex);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(build.steps.every((step) => !("continue-on-error" in step))).toBe(true);
  });

  it("deploys only after the build job passed, and never for a pull request", () => {
    expect(deploy.needs).toBe("build");
    expect(deploy.if).toBe("github.event_name != 'pull_request'");
    expect(build.steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact"))?.if).toBe(deploy.if);
  });

  it("asks for no more rights than each job needs", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(build.permissions).toBeUndefined();
  });

  it("pins every action to a major version", () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(3);
    for (const action of uses) expect(action).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  it("builds under the repository's name unless PATH_PREFIX is set", () => {
    const env = build.steps.find((step) => /npm run build/.test(step.run ?? ""))?.env;
    expect(env?.PATH_PREFIX).toBe("${{ vars.PATH_PREFIX || format('/{0}/', github.event.repository.name) }}");
    // The origin only: Pages' base_url carries the repository's path, which SITE_URL refuses.
    expect(env?.SITE_URL).toBe("${{ vars.SITE_URL || steps.pages.outputs.origin }}");
  });
});
