import { z } from "zod";
import { DATASETS } from "@/lib/api/datasets";
import { errorSchema, listSchema } from "@/lib/api/schemas";
import { MAX_EXPORT_ROWS } from "@/lib/validation/venture-filters";
import { RATE_LIMIT } from "@/lib/api/handler";
import { siteUrl } from "@/lib/site-url";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** The query schema's properties as OpenAPI query parameters, none of them required. */
function parameters(schema: z.ZodType): JsonSchema[] {
  const { properties = {} } = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema> };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: false,
    ...(description ? { description } : {}),
    schema: property,
  }));
}

const headers = {
  ETag: { description: "Validator of this exact body; send it back in If-None-Match for a 304.", schema: { type: "string" } },
  "Cache-Control": { description: "public, no-cache: keep the answer, but revalidate it with its ETag before using it again.", schema: { type: "string" } },
  "RateLimit-Remaining": { description: "Requests left this minute from this address.", schema: { type: "string" } },
};

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate
 * with (lib/api/schemas.ts) by zod 4's toJSONSchema, so it cannot drift from the API.
 */
export function buildOpenApiDocument() {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(errorSchema) };
  const error = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  const errors = {
    "400": { description: "A bad parameter (unknown, repeated, or outside its schema): the body names it.", content: error },
    "429": {
      description: `More than ${RATE_LIMIT} requests a minute from one address; Retry-After gives the seconds to wait.`,
      headers: { "Retry-After": { schema: { type: "string" } } },
      content: error,
    },
    "500": { description: "The server failed; the body's `id` names the error in the server log. Not an outage: retrying will not help.", content: error },
    "503": {
      description: "The database is unreachable for a moment; Retry-After gives the seconds to wait. Nothing partial is sent.",
      headers: { "Retry-After": { schema: { type: "string" } } },
      content: error,
    },
    "304": { description: "Not modified (If-None-Match matched the ETag)." },
  };
  const parameterRule = "Each parameter may appear once: a repeated or unknown parameter is a 400.";
  for (const dataset of DATASETS) {
    const type = pascal(dataset.name);
    schemas[type] = jsonSchema(dataset.item);
    schemas[`${type}List`] = jsonSchema(listSchema(z.object({}))) as JsonSchema;
    (schemas[`${type}List`] as { properties: Record<string, JsonSchema> }).properties.items = {
      type: "array",
      items: { $ref: `#/components/schemas/${type}` },
    };
    const csv = { "text/csv": { schema: { type: "string", description: `UTF-8 with a byte-order mark; columns: ${dataset.csvHeader.join(", ")}.` } } };
    const exportNote = dataset.exportQuery ? ` As CSV, \`limit\` defaults to and may reach ${MAX_EXPORT_ROWS}.` : "";
    paths[`/api/v1/${dataset.name}`] = {
      get: {
        operationId: `list${type}`,
        summary: dataset.summary,
        description: `JSON by default; CSV with \`Accept: text/csv\` or the \`.csv\` path.${exportNote} ${parameterRule}`,
        tags: ["data"],
        parameters: parameters(dataset.query),
        responses: {
          "200": {
            description: "One page of the dataset, with the total over all pages.",
            headers,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${type}List` } }, ...csv },
          },
          ...errors,
        },
      },
    };
    paths[`/api/v1/${dataset.name}.csv`] = {
      get: {
        operationId: `download${type}Csv`,
        summary: `${dataset.summary} As CSV.`,
        description: `The same rows as \`/api/v1/${dataset.name}\` as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read Cyrillic), one row per item with its sources in the last column.${exportNote} ${parameterRule}`,
        tags: ["data"],
        parameters: parameters(dataset.exportQuery ?? dataset.query),
        responses: { "200": { description: "The page as CSV.", headers, content: csv }, ...errors },
      },
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Central Asia Cooperation Monitor — open data API",
      version: "1.0.0",
      description:
        "Read-only data of the portal: events, documents, initiatives, joint ventures, trade figures, targets, sources and countries. Every item carries its sources with the quoted passage. No key is needed; CORS is open for GET.",
      // The data's terms are those of the sources each item cites; their list is the licence page.
      license: { name: "Data cited from the sources named with each item", url: new URL("/en/sources", siteUrl()).href },
    },
    servers: [{ url: "/" }],
    // Read-only and open: no operation needs a key or a session.
    security: [],
    tags: [{ name: "data", description: "The portal's datasets, each as JSON pages and as CSV." }],
    paths,
    components: { schemas },
  };
}
