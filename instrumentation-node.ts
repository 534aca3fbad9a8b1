import { productionSiteUrlProblem } from "@/lib/site-url";

// A production server without SITE_URL would write links to the wrong address: it stops.
const problem = productionSiteUrlProblem(process.env);
if (problem) {
  console.error(`[site] ${problem}`);
  process.exit(1);
}
