-- Indexes for the joint-venture registry (/ventures and /api/v1/ventures): partner-country
-- and country-pair filters as index-only semi-joins, and trigram indexes for the search box.

-- CreateIndex
CREATE INDEX "JointVenture_nameRu_trgm_idx" ON "JointVenture" USING GIN ("nameRu" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "JointVenture_nameEn_trgm_idx" ON "JointVenture" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VenturePartner_countryCode_ventureId_idx" ON "VenturePartner"("countryCode", "ventureId");

-- CreateIndex
CREATE INDEX "VenturePartner_companyName_trgm_idx" ON "VenturePartner" USING GIN ("companyName" gin_trgm_ops);

