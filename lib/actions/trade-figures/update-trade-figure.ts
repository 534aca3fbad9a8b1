"use server";
import { updateTradeFigure } from "@/lib/records/trade-figures";
import { workspaceAction } from "@/lib/actions/workspace-action";

export const updateTradeFigureAction = workspaceAction({
  permission: "record:update",
  entity: "tradeFigure",
  save: updateTradeFigure,
  saved: (result) => ({ href: `/manage/trade-figures?saved=${result.id}` }),
});
