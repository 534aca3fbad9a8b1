"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, INPUT_CLASS } from "@/components/field";
import type { FieldProps } from "@/components/record-form";

const PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
type Precision = (typeof PRECISIONS)[number];

const readPrecision = (value: unknown): Precision => (PRECISIONS.includes(value as Precision) ? (value as Precision) : "DAY");
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** How much of "2021-11-14" each precision shows; "" when the text gives less than it asks for. */
const LENGTHS: Record<Precision, number> = { DAY: 10, MONTH: 7, YEAR: 4 };
const shown = (typed: string, precision: Precision) => (typed.length >= LENGTHS[precision] ? typed.slice(0, LENGTHS[precision]) : "");

type DateField = FieldProps & { hint?: string };

/**
 * Dates as precisely as the source gives them (lib/validation/dated.ts): a choice of day,
 * month or year, and for each date the input that asks for that much — a date, a month, a
 * year. Events' start and end share one precision. Each is its own labelled field with its
 * error, so the precision merges and is audited like any other field. Switching to a coarser
 * precision cuts what was typed; switching back shows it again until the date is retyped.
 */
export function DateWithPrecisionControl({ precision, dates }: { precision: FieldProps; dates: DateField[] }) {
  const t = useTranslations("datePrecision");
  const tInput = useTranslations("dateInput");
  const [chosen, setChosen] = useState(() => readPrecision(precision.values[precision.name]));
  const [typed, setTyped] = useState(() => dates.map((date) => text(date.values[date.name])));
  const input = {
    DAY: { type: "date" },
    MONTH: { type: "month", placeholder: tInput("month") },
    YEAR: { type: "number", inputMode: "numeric", min: 1991, step: 1, placeholder: tInput("year") },
  } as const;
  return (
    <>
      <Field name={precision.name} label={precision.label} error={precision.errors[precision.name]} hint={t("hint")}>
        {(control) => (
          <select {...control} value={chosen} onChange={(event) => setChosen(readPrecision(event.target.value))} className={INPUT_CLASS}>
            {PRECISIONS.map((value) => (
              <option key={value} value={value}>
                {t(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dates.map((date, index) => (
        <Field key={date.name} name={date.name} label={date.label} hint={date.hint} error={date.errors[date.name]} required={date.required}>
          {(control) => (
            <input
              {...control}
              {...input[chosen]}
              // A new input per precision: a date input cannot hold "2021-11", nor a month one "2021".
              key={chosen}
              defaultValue={shown(typed[index] ?? "", chosen)}
              onChange={(event) => setTyped((all) => all.map((value, i) => (i === index ? event.target.value : value)))}
              className={INPUT_CLASS}
            />
          )}
        </Field>
      ))}
    </>
  );
}
