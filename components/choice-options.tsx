export type Choice = { value: string; label: string };

/** The <option>s of a select: an optional empty choice first, then each choice. */
export function ChoiceOptions({ choices, empty }: { choices: readonly Choice[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
}
