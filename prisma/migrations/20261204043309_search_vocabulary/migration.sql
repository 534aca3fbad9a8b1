-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);


-- The vocabulary of the site search (lib/queries/search.ts): every word of three letters or
-- more of the texts the search matches, in both languages. Statement-level triggers with
-- transition tables: a bulk insert of 100,000 ventures adds its words in one statement.
CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
  SELECT DISTINCT w
    FROM new_rows r, regexp_split_to_table(lower(r."searchRu" || ' ' || r."searchEn"), '[^[:alnum:]]+') AS w
   WHERE length(w) >= 3
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_search_words_insert" AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "Event_search_words_update" AFTER UPDATE ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "Initiative_search_words_insert" AFTER INSERT ON "Initiative" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "Initiative_search_words_update" AFTER UPDATE ON "Initiative" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "JointVenture_search_words_insert" AFTER INSERT ON "JointVenture" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "JointVenture_search_words_update" AFTER UPDATE ON "JointVenture" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();

-- The words already there.
INSERT INTO "SearchWord" (word)
SELECT DISTINCT w
  FROM (SELECT "searchRu" || ' ' || "searchEn" AS t FROM "Event"
        UNION ALL SELECT "searchRu" || ' ' || "searchEn" FROM "Initiative"
        UNION ALL SELECT "searchRu" || ' ' || "searchEn" FROM "JointVenture") x,
       regexp_split_to_table(lower(x.t), '[^[:alnum:]]+') AS w
 WHERE length(w) >= 3
ON CONFLICT (word) DO NOTHING;
