import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnreachable } from "@/lib/database-unavailable";

// The shapes below are what Prisma 6.19 with adapter-pg and node-postgres actually throw.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Raw query failed."), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnreachable", () => {
  it.each([
    ["a stopped server (query)", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 55400 })],
    ["a stopped server (transaction)", prismaError("P1001", { kind: "DatabaseNotReachable" })],
    ["a reset connection", prismaError("P2010", { kind: "ConnectionClosed" })],
    [
      "a server shutting down (57P01)",
      prismaError("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }),
    ],
    ["a server starting up (57P03)", prismaError("P2010", { kind: "postgres", code: "57P03", message: "the database system is starting up" })],
    ["node-postgres's own message", new Error("Connection terminated unexpectedly")],
    ["a refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 })],
    ["the data layer's own error", new DatabaseUnavailableError()],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a syntax error", prismaError("P2010", { kind: "postgres", code: "42601", message: "syntax error" })],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
