import { notFound } from "next/navigation";

// Unknown paths under a locale get the portal's own 404 in that language.
export default function CatchAll() {
  notFound();
}
