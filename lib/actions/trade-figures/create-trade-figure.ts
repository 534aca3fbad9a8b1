"use server";
import { createTradeFigure } from "@/lib/records/trade-figures";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const createTradeFigureAction = workspaceAction({
  permission: "record:create",
  entity: "tradeFigure",
  save: createTradeFigure,
  saved: (result) => ({ href: `/manage/trade-figures?saved=${result.id}` }),
});
