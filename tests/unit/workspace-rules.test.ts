import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/audit/diff";
import { can, PERMISSIONS } from "@/lib/auth/permissions";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "@/lib/auth/throttle";

describe("permissions map", () => {
  it("lets an admin do everything, an editor create, edit and confirm, a viewer only read and export; everyone their own account", () => {
    expect(PERMISSIONS.every((p) => can("ADMIN", p))).toBe(true);
    expect(PERMISSIONS.filter((p) => can("EDITOR", p))).toEqual([
      "account:own",
      "workspace:read",
      "workspace:export",
      "record:create",
      "record:update",
      "import:run",
      "venture:confirm",
    ]);
    expect(PERMISSIONS.filter((p) => can("VIEWER", p))).toEqual(["account:own", "workspace:read", "workspace:export"]);
    expect(can(null, "workspace:read")).toBe(false);
  });
});

describe("sign-in throttling", () => {
  it("lets an address try ten times, then doubles its wait from 2 s up to 15 minutes", () => {
    expect([1, 10, 11, 12, 13, 17].map(ADDRESS_POLICY.wait)).toEqual([0, 0, 2, 4, 8, 128]);
    expect(ADDRESS_POLICY.wait(40)).toBe(900);
  });

  it("slows an account by a second per attempt after five, never more than a minute", () => {
    expect([1, 5, 6, 7, 20].map(ACCOUNT_POLICY.wait)).toEqual([0, 0, 1, 2, 15]);
    expect(ACCOUNT_POLICY.wait(1000)).toBe(60);
  });
});

describe("audit diff", () => {
  it("lists the changed fields only, ignoring the version", () => {
    expect(diffSnapshots({ status: "ANNOUNCED", nameEn: "JV", version: 1 }, { status: "OPERATING", nameEn: "JV", version: 2 })).toEqual([
      { field: "status", before: "ANNOUNCED", after: "OPERATING" },
    ]);
  });

  it("shows every field of a created record as added, and treats empty text as not stated", () => {
    expect(diffSnapshots(null, { nameEn: "JV", cityEn: "" })).toEqual([{ field: "nameEn", before: null, after: "JV" }]);
  });
});
