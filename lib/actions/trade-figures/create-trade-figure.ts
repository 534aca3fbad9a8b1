"use server";
import { createTradeFigure } from "@/lib/records/trade-figures";
import { backToList, workspaceAction } from "@/lib/actions/workspace-action";

export const createTradeFigureAction = workspaceAction({
  permission: "record:create",
  entity: "tradeFigure",
  save: createTradeFigure,
  saved: backToList("/manage/trade-figures"),
});
