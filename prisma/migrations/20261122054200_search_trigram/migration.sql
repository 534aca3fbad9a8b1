-- Search (lib/queries/search.ts) matches misspelt and transliterated words, such as
-- "Tashkend" for Tashkent, by trigram similarity. The embedded PGlite loads the same
-- extension (lib/embedded-db.ts). Prisma's schema does not model extensions, so
-- `prisma migrate diff` neither creates nor drops it.
--
-- No full-text or trigram index is created: the search runs over a union of six small
-- tables (tens of rows each) and ranks across them, which a per-column index would not
-- serve. Add expression indexes when the tables grow to thousands of rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
