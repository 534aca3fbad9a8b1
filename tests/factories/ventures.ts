import { randomUUID } from "node:crypto";

/** A valid venture as the form submits it (strings, nested rows), with a unique name. */
export function ventureFormInput(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    nameRu: `Тестовое СП ${tag}`,
    nameEn: `Test JV ${tag}`,
    partners: [
      { companyName: `Partner UZ ${tag}`, countryCode: "UZ" },
      { companyName: `Partner KZ ${tag}`, countryCode: "KZ" },
    ],
    sector: "AUTOMOTIVE",
    status: "ANNOUNCED",
    productsRu: "",
    productsEn: "",
    cityRu: "",
    cityEn: "",
    countryCode: "KZ",
    establishedOn: "2025-03-14",
    investmentUsd: "25000000",
    initiativeId: "",
    agreementDocumentId: "",
    citations: [{ sourceId: "src-s1", quote: "" }],
    ...overrides,
  };
}
