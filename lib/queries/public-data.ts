import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { getLatestConsultativeMeeting } from "@/lib/queries/summits";

// The summit query lives with the summit pages; the home page reads it through the cache.
export const cachedLatestConsultativeMeeting = cachedQuery("summits.getLatestConsultativeMeeting", getLatestConsultativeMeeting, [CACHE_TAGS.events]);
