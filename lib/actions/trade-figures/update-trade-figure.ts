"use server";
import { updateTradeFigure } from "@/lib/records/trade-figures";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const updateTradeFigureAction = workspaceAction({
  permission: "record:update",
  entity: "tradeFigure",
  save: updateTradeFigure,
  saved: backToList("/manage/trade-figures"),
});
