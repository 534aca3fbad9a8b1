-- The portal's English rendering of a citation's quote, shown beside the original on English
-- pages; the quote itself stays verbatim in the source's language. Null until it is written.

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "quoteEn" TEXT;
