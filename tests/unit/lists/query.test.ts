import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  currentSort,
  defaultOwner,
  enumFilter,
  flagParam,
  listHref,
  nextSort,
  opensOnOwnAccounts,
  ownerParam,
  pageParam,
  searchParam,
  sortHref,
  sortParams,
  toSearchParams,
  withDefaultOwner,
} from "@/lib/lists/query";

const ZList = z.object({
  q: searchParam,
  owner: ownerParam,
  key: flagParam,
  color: enumFilter(["RED", "GREEN"]),
  size: enumFilter({ S: "S", L: "L" } as const),
  ...sortParams(["name", "revenue"]),
  page: pageParam,
});

describe("list query pieces", () => {
  it("parses a full query, taking the first of repeated params and trimming", () => {
    expect(ZList.parse({ q: ["  steel ", "x"], owner: "me", key: "1", color: "RED", size: "L", sort: "revenue", dir: "desc", page: "3" })).toEqual({
      q: "steel",
      owner: "me",
      key: "1",
      color: "RED",
      size: "L",
      sort: "revenue",
      dir: "desc",
      page: 3,
    });
  });

  it("drops bad or outdated values instead of failing: the list opens with its defaults", () => {
    const parsed = ZList.parse({ q: "   ", key: "yes", color: "BLUE", size: "M", sort: "owner", dir: "up", page: "0", extra: "ignored" });
    expect(parsed).toEqual({ q: undefined, owner: undefined, key: undefined, color: undefined, size: undefined, sort: undefined, dir: undefined, page: undefined });
    expect(ZList.parse({ page: "1e2" }).page).toBeUndefined();
    expect(ZList.parse({ page: "1000000" }).page).toBeUndefined();
    expect(ZList.parse({ page: " 7 " }).page).toBe(7);
    expect(ZList.parse({ q: "x".repeat(201) }).q).toBeUndefined();
  });

  it("drops values holding control characters, which Postgres cannot compare (NUL) and no filter contains", () => {
    for (const q of ["a\u0000b", "\u0000", "steel\u0007", "x\u009fy"]) expect(ZList.parse({ q }).q).toBeUndefined();
    expect(ZList.parse({ owner: "user\u0000-1" }).owner).toBeUndefined();
    expect(ZList.parse({ q: "上海 steel" }).q).toBe("上海 steel");
  });

  it("gives a manager his own accounts first and everyone else the whole portfolio, unless an owner was chosen", () => {
    expect([opensOnOwnAccounts("MANAGER"), opensOnOwnAccounts("DIRECTOR"), opensOnOwnAccounts("ADMIN")]).toEqual([true, false, false]);
    expect([defaultOwner("MANAGER"), defaultOwner("DIRECTOR"), defaultOwner("ADMIN")]).toEqual(["me", "all", "all"]);
    expect(withDefaultOwner({ q: "a", owner: undefined }, "MANAGER")).toEqual({ q: "a", owner: "me" });
    expect(withDefaultOwner({ owner: undefined }, "DIRECTOR")).toEqual({ owner: "all" });
    expect(withDefaultOwner({ owner: "all" }, "MANAGER").owner).toBe("all");
    expect(withDefaultOwner({ owner: "user-1" }, "MANAGER").owner).toBe("user-1");
  });
});

describe("sorting", () => {
  it("shows the URL's sort, else the list's default and the column's default direction", () => {
    expect(currentSort({}, "name")).toEqual({ sort: "name", dir: "asc" });
    expect(currentSort({}, "date", { date: "desc" })).toEqual({ sort: "date", dir: "desc" });
    expect(currentSort({ sort: "name" }, "date", { date: "desc" })).toEqual({ sort: "name", dir: "asc" });
    expect(currentSort({ sort: "date", dir: "asc" }, "date", { date: "desc" })).toEqual({ sort: "date", dir: "asc" });
  });

  it("flips the current column and starts another one with its first direction", () => {
    const current = { sort: "name", dir: "asc" } as const;
    expect(nextSort(current, "name")).toEqual({ sort: "name", dir: "desc" });
    expect(nextSort({ sort: "name", dir: "desc" }, "name")).toEqual({ sort: "name", dir: "asc" });
    expect(nextSort(current, "revenue", { revenue: "desc" })).toEqual({ sort: "revenue", dir: "desc" });
    expect(nextSort<string>(current, "region", { revenue: "desc" })).toEqual({ sort: "region", dir: "asc" });
  });
});

describe("links that keep the view", () => {
  it("keeps only the set params, in order", () => {
    expect(toSearchParams({ q: "a", owner: undefined, key: "", page: 2, dir: null })).toEqual({ q: "a", page: "2" });
  });

  it("keeps the other params, puts changes last and drops what is unset", () => {
    expect(listHref("/accounts", { owner: "all", sort: "name", quadrant: "STAR", page: "3" }, { sort: "revenue12m", dir: "desc", page: undefined })).toBe(
      "/accounts?owner=all&quadrant=STAR&sort=revenue12m&dir=desc",
    );
    expect(listHref("/accounts", {}, {})).toBe("/accounts");
    expect(listHref("/contacts", { q: "Li Wei & Co" })).toBe("/contacts?q=Li+Wei+%26+Co");
  });

  it("builds a sortable header's link: sort and dir set, page reset", () => {
    expect(sortHref("/scoring", { view: "portfolio", owner: "me", page: "4" }, { sort: "attractiveness", dir: "asc" })).toBe(
      "/scoring?view=portfolio&owner=me&sort=attractiveness&dir=asc",
    );
  });
});
