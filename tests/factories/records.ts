import { randomUUID } from "node:crypto";

// Valid form inputs (strings, nested rows, as the forms submit them), each with a unique title.

const tag = () => randomUUID().slice(0, 8);

export function initiativeFormInput(overrides: Record<string, unknown> = {}) {
  const t = tag();
  return {
    titleRu: `Тестовая инициатива ${t}`,
    titleEn: `Test initiative ${t}`,
    descriptionRu: "",
    descriptionEn: "",
    sector: "INDUSTRY",
    proposerCode: "UZ",
    proposerPersonRu: "",
    proposerPersonEn: "",
    eventId: "event-cm-5",
    adoptedByDocumentId: "",
    citations: [{ sourceId: "src-s1", quote: "" }],
    ...overrides,
  };
}

export function statusChangeFormInput(initiativeId: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    initiativeId,
    version: String(version),
    status: "IN_PROGRESS",
    changedOn: "2025-11-16",
    noteRu: "",
    noteEn: "Work has started.",
    sourceId: "src-s5",
    quote: "",
    ...overrides,
  };
}

export function sourceFormInput(overrides: Record<string, unknown> = {}) {
  const t = tag();
  return {
    titleRu: `Тестовый источник ${t}`,
    titleEn: `Test source ${t}`,
    kind: "ARTICLE",
    publisher: "Test publisher",
    author: "",
    publishedOn: "2025-11-16",
    language: "ru",
    url: "https://example.org/article",
    ...overrides,
  };
}

export function targetFormInput(overrides: Record<string, unknown> = {}) {
  return {
    scope: "BILATERAL",
    countryACode: "UZ",
    countryBCode: "KZ",
    valueUsd: "10000000000",
    horizonRu: "в ближайшие годы",
    horizonEn: "in the coming years",
    deadlineYear: "",
    setOn: "2024-12-05",
    setAtEventId: "",
    setByRu: "",
    setByEn: "",
    noteRu: "",
    noteEn: "",
    citations: [{ sourceId: "src-s1", quote: "" }],
    ...overrides,
  };
}

export function eventFormInput(overrides: Record<string, unknown> = {}) {
  const t = tag();
  return {
    kind: "BUSINESS_FORUM",
    ordinal: "",
    titleRu: `Тестовый форум ${t}`,
    titleEn: `Test forum ${t}`,
    slug: "",
    startDate: "2025-05-20",
    endDate: "2025-05-21",
    cityRu: "Ташкент",
    cityEn: "Tashkent",
    hostCode: "UZ",
    participants: ["UZ", "KZ"],
    summaryRu: "",
    summaryEn: "",
    citations: [{ sourceId: "src-s1", quote: "" }],
    ...overrides,
  };
}

export function documentFormInput(eventId: string, overrides: Record<string, unknown> = {}) {
  const t = tag();
  return {
    eventId,
    titleRu: `Тестовый документ ${t}`,
    titleEn: `Test document ${t}`,
    type: "JOINT_STATEMENT",
    adoption: "SIGNED",
    approvedByDocumentId: "",
    citations: [{ sourceId: "src-s1", quote: "" }],
    ...overrides,
  };
}
