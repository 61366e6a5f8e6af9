import { describe, expect, it } from "vitest";
import { httpsOriginIssue, siteAddressIssue } from "../../../lib/validation/field-types.ts";

describe("siteAddressIssue", () => {
  it("accepts an http(s) origin, with or without its slash", () => {
    expect(siteAddressIssue("https://blog.csrforum.dk")).toBeUndefined();
    expect(siteAddressIssue("http://localhost:8080/")).toBeUndefined();
  });

  it("explains each kind of address that is not an origin, in Danish", () => {
    expect(siteAddressIssue("blog.csrforum.dk")).toBe('er "blog.csrforum.dk", som ikke er en hel webadresse.');
    expect(siteAddressIssue("ftp://csrforum.dk")).toMatch(/^begynder med "ftp:"/);
    expect(siteAddressIssue("https://csrforum.dk/blog")).toMatch(/^har stien "\/blog"/);
    expect(siteAddressIssue("https://csrforum.dk/?a=1")).toMatch(/har \? eller #/);
    expect(siteAddressIssue("https://csrforum.dk/#top")).toMatch(/har \? eller #/);
    expect(siteAddressIssue("https://bruger:hemmelig@csrforum.dk")).toMatch(/brugernavn eller adgangskode/);
  });
});

describe("httpsOriginIssue", () => {
  it("accepts an https origin, with or without its slash or a port", () => {
    for (const good of ["https://login.csrforum.dk", "https://login.csrforum.dk/", "https://login.csrforum.dk:8443"]) {
      expect(httpsOriginIssue(good)).toBeUndefined();
    }
  });

  it("refuses, in Danish, what is not an https origin as written", () => {
    expect(httpsOriginIssue("login.csrforum.dk")).toBe('er "login.csrforum.dk", som ikke er en hel webadresse.');
    expect(httpsOriginIssue("http://login.csrforum.dk")).toBe('er "http://login.csrforum.dk", men skal begynde med https://.');
    for (const bad of ["https://login.csrforum.dk/auth", "https://Login.csrforum.dk", "https://bruger@login.csrforum.dk"]) {
      expect(httpsOriginIssue(bad)).toMatch(/men skal være en adresse uden sti/);
    }
  });
});
