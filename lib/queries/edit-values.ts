import "server-only";
import type { EntityKey } from "@/lib/entities";
import { isoDay } from "@/lib/format";
import { dateText } from "@/lib/validation/dated";
import { getVentureForEdit } from "@/lib/queries/ventures";
import { getTradeFigureForEdit } from "@/lib/queries/trade";
import { getInitiativeForEdit } from "@/lib/queries/initiatives";
import { getTargetForEdit } from "@/lib/queries/targets";
import { getEventForEdit } from "@/lib/queries/summits";
import { getDocumentForEdit } from "@/lib/queries/documents";
import { getSourceForEdit } from "@/lib/queries/sources";

// A record as its workspace form holds it (strings, checkboxes "on" or "", rows as lists):
// what the edit page fills the form with, and what a save merges with when someone else has
// saved the record since the form was opened (lib/actions/merge-save.ts).

type Loaded<F extends (id: string) => Promise<unknown>> = NonNullable<Awaited<ReturnType<F>>>;
export type EditValues = { id: string; version: number } & Record<string, unknown>;

const flag = (value: boolean) => (value ? "on" : "");
const citations = (rows: { id: string; sourceId: string; quote: string | null; quoteEn: string | null }[]) =>
  rows.map((c) => ({ id: c.id, sourceId: c.sourceId, quote: c.quote ?? "", quoteEn: c.quoteEn ?? "" }));

export function ventureEditValues(venture: Loaded<typeof getVentureForEdit>): EditValues {
  return {
    id: venture.id,
    version: venture.version,
    nameRu: venture.nameRu,
    nameEn: venture.nameEn,
    partners: venture.partners.map((p) => ({
      companyName: p.companyName ?? "",
      countryCode: p.countryCode ?? "",
      secondCountryCode: p.secondCountryCode ?? "",
      countryInferred: flag(p.countryInferred),
    })),
    sector: venture.sector,
    status: venture.status,
    productsRu: venture.productsRu ?? "",
    productsEn: venture.productsEn ?? "",
    cityRu: venture.cityRu ?? "",
    cityEn: venture.cityEn ?? "",
    countryCode: venture.countryCode ?? "",
    establishedOn: dateText(venture.establishedOn, venture.establishedPrecision) ?? "",
    establishedPrecision: venture.establishedPrecision,
    investmentUsd: venture.investmentUsd?.toFixed(2) ?? "",
    initiativeId: venture.initiativeId ?? "",
    agreementDocumentId: venture.agreementDocumentId ?? "",
    citations: citations(venture.citations),
  };
}

export function tradeFigureEditValues(figure: Loaded<typeof getTradeFigureForEdit>): EditValues {
  return {
    id: figure.id,
    version: figure.version,
    scope: figure.scope,
    countryACode: figure.countryACode ?? "",
    countryBCode: figure.countryBCode ?? "",
    periodStart: isoDay(figure.periodStart),
    periodEnd: isoDay(figure.periodEnd),
    periodInferred: flag(figure.periodInferred),
    valueUsd: figure.valueUsd?.toFixed(2) ?? "",
    isLowerBound: flag(figure.isLowerBound),
    growthPercent: figure.growthPercent?.toFixed(2) ?? "",
    growthIsLowerBound: flag(figure.growthIsLowerBound),
    growthOverYears: figure.growthOverYears?.toString() ?? "",
    noteRu: figure.noteRu ?? "",
    noteEn: figure.noteEn ?? "",
    citations: citations(figure.citations),
  };
}

export function initiativeEditValues(initiative: Loaded<typeof getInitiativeForEdit>): EditValues {
  return {
    id: initiative.id,
    version: initiative.version,
    titleRu: initiative.titleRu,
    titleEn: initiative.titleEn,
    descriptionRu: initiative.descriptionRu ?? "",
    descriptionEn: initiative.descriptionEn ?? "",
    sector: initiative.sector,
    proposerCode: initiative.proposerCode ?? "",
    proposerPersonRu: initiative.proposerPersonRu ?? "",
    proposerPersonEn: initiative.proposerPersonEn ?? "",
    eventId: initiative.eventId ?? "",
    adoptedByDocumentId: initiative.adoptedByDocumentId ?? "",
    citations: citations(initiative.citations),
  };
}

export function targetEditValues(target: Loaded<typeof getTargetForEdit>): EditValues {
  return {
    id: target.id,
    version: target.version,
    scope: target.scope,
    countryACode: target.countryACode ?? "",
    countryBCode: target.countryBCode ?? "",
    valueUsd: target.valueUsd.toFixed(2),
    horizonRu: target.horizonRu,
    horizonEn: target.horizonEn,
    deadlineYear: target.deadlineYear?.toString() ?? "",
    setOn: dateText(target.setOn, target.setPrecision),
    setPrecision: target.setPrecision,
    setAtEventId: target.setAtEventId ?? "",
    setByRu: target.setByRu ?? "",
    setByEn: target.setByEn ?? "",
    noteRu: target.noteRu ?? "",
    noteEn: target.noteEn ?? "",
    citations: citations(target.citations),
  };
}

export function eventEditValues(event: Loaded<typeof getEventForEdit>): EditValues {
  return {
    id: event.id,
    version: event.version,
    kind: event.kind,
    ordinal: event.ordinal?.toString() ?? "",
    titleRu: event.titleRu,
    titleEn: event.titleEn,
    slug: event.slug,
    startDate: dateText(event.startDate, event.datePrecision),
    endDate: dateText(event.endDate, event.datePrecision) ?? "",
    datePrecision: event.datePrecision,
    dateInferred: flag(event.dateInferred),
    cityRu: event.cityRu ?? "",
    cityEn: event.cityEn ?? "",
    hostCode: event.hostCode ?? "",
    participants: event.participants.map((p) => p.countryCode),
    summaryRu: event.summaryRu ?? "",
    summaryEn: event.summaryEn ?? "",
    citations: citations(event.citations),
  };
}

export function documentEditValues(document: Loaded<typeof getDocumentForEdit>): EditValues {
  return {
    id: document.id,
    version: document.version,
    // Not saved (a document stays with its event): where the workspace returns after the save.
    eventId: document.event.id,
    titleRu: document.titleRu,
    titleEn: document.titleEn,
    type: document.type,
    adoption: document.adoption,
    approvedByDocumentId: document.approvedByDocumentId ?? "",
    citations: citations(document.citations),
  };
}

export function sourceEditValues(source: Loaded<typeof getSourceForEdit>): EditValues {
  return {
    id: source.id,
    version: source.version,
    titleRu: source.titleRu,
    titleEn: source.titleEn,
    kind: source.kind,
    publisher: source.publisher ?? "",
    author: source.author ?? "",
    publishedOn: dateText(source.publishedOn, source.publishedPrecision) ?? "",
    publishedPrecision: source.publishedPrecision,
    language: source.language,
    url: source.url ?? "",
  };
}

/** Loads a record for its edit page and gives its form values. */
const loader =
  <R>(get: (id: string) => Promise<R | null>, values: (record: R) => EditValues) =>
  async (id: string): Promise<EditValues | null> => {
    const record = await get(id);
    return record && values(record);
  };

const LOADERS: Record<EntityKey, (id: string) => Promise<EditValues | null>> = {
  venture: loader(getVentureForEdit, ventureEditValues),
  tradeFigure: loader(getTradeFigureForEdit, tradeFigureEditValues),
  initiative: loader(getInitiativeForEdit, initiativeEditValues),
  target: loader(getTargetForEdit, targetEditValues),
  event: loader(getEventForEdit, eventEditValues),
  document: loader(getDocumentForEdit, documentEditValues),
  source: loader(getSourceForEdit, sourceEditValues),
};

/** A live record as its form holds it, or null when there is none. */
export function savedEditValues(entity: EntityKey, id: string): Promise<EditValues | null> {
  return LOADERS[entity](id);
}
