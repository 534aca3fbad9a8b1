// What holds a Node process's memory, from a V8 heap snapshot (`npm run bench` takes one of the
// server under load, through --heapsnapshot-signal): the self size of every object summed by
// its kind and constructor, largest first. Usage: tsx scripts/heap-summary.ts <file> [rows].
import { readFileSync } from "node:fs";

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

export type HeapGroup = { kind: string; name: string; count: number; bytes: number };

/** Sums the snapshot's objects by kind (object, string, code …) and name, largest first. */
export function summariseHeap(snapshot: Snapshot): { total: number; groups: HeapGroup[] } {
  const fields = snapshot.snapshot.meta.node_fields;
  const kinds = snapshot.snapshot.meta.node_types[0];
  const [TYPE, NAME, SIZE] = ["type", "name", "self_size"].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, HeapGroup>();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = kinds[snapshot.nodes[i + TYPE]!]!;
    // Strings are grouped as one: their "name" is their text.
    const name = kind === "string" || kind === "concatenated string" || kind === "sliced string" ? "(strings)" : snapshot.strings[snapshot.nodes[i + NAME]!]!;
    const bytes = snapshot.nodes[i + SIZE]!;
    total += bytes;
    const key = `${kind}\u0000${name}`;
    const group = groups.get(key) ?? { kind, name, count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += bytes;
    groups.set(key, group);
  }
  return { total, groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, rows = "15"] = process.argv.slice(2);
  if (!file) throw new Error("Usage: tsx scripts/heap-summary.ts <file.heapsnapshot> [rows]");
  const { total, groups } = summariseHeap(JSON.parse(readFileSync(file, "utf8")) as Snapshot);
  console.log(`${(total / 1048576).toFixed(0)} MB of objects in the heap`);
  for (const g of groups.slice(0, Number(rows)))
    console.log(`${(g.bytes / 1048576).toFixed(1).padStart(7)} MB  ${String(g.count).padStart(8)} × ${g.kind} ${g.name.slice(0, 80)}`);
}
