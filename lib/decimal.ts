import { Decimal as RuntimeDecimal } from "@prisma/client/runtime/index-browser";

// Prisma's Decimal (decimal.js) without pulling the query client into pure modules.
export const Decimal = RuntimeDecimal;
export type Decimal = RuntimeDecimal;
