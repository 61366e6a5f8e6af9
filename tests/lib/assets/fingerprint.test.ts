import { describe, expect, it } from "vitest";
import { contentHash, fingerprintedPath } from "../../../lib/assets/fingerprint.ts";

describe("contentHash", () => {
  it("is the first ten hex digits of the SHA-256 of the bytes", () => {
    // sha256sum of the 7 bytes "body {}" begins 62368a1a29.
    expect(contentHash("body {}")).toBe("62368a1a29");
    expect(contentHash(new TextEncoder().encode("body {}"))).toBe("62368a1a29");
  });

  it("changes when one byte changes", () => {
    expect(contentHash("body {}")).not.toBe(contentHash("body { }"));
  });
});

describe("fingerprintedPath", () => {
  it("puts the hash before the extension", () => {
    expect(fingerprintedPath("/assets/site.css", "body {}")).toBe("/assets/site.62368a1a29.css");
  });

  it("keeps dots in folder names and handles a name without extension", () => {
    expect(fingerprintedPath("/v1.2/site", "body {}")).toBe("/v1.2/site.62368a1a29");
    expect(fingerprintedPath("/assets/.hidden", "body {}")).toBe("/assets/.hidden.62368a1a29");
  });
});
