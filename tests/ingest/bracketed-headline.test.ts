import { describe, expect, it } from "vitest";
import { unfoldBracketedHeadlines } from "../../pipeline/ingest/bracketed-headline.js";

describe("unfoldBracketedHeadlines", () => {
  it("puts a post's tags, bracketed headline and body on lines of their own, each from the line it was printed on", () => {
    expect(unfoldBracketedHeadlines(["正文之前", "#乡村振兴# 【曲阜：乡村旅游绘就美丽乡村新画卷】今年以来，游客络绎不绝。"])).toEqual({
      lines: ["正文之前", "#乡村振兴#", "曲阜：乡村旅游绘就美丽乡村新画卷", "", "今年以来，游客络绎不绝。"],
      origin: [0, 1, 1, 1, 1],
    });
    expect(unfoldBracketedHeadlines(["【曲阜：乡村旅游绘就美丽乡村新画卷】今年以来，游客络绎不绝。"]).lines).toEqual([
      "曲阜：乡村旅游绘就美丽乡村新画卷",
      "",
      "今年以来，游客络绎不绝。",
    ]);
  });

  it("leaves short labels, bracketed datelines and an untagged bracketed line alone", () => {
    const printed = ["【编者按】近年来，各地积极探索。", "【嘉祥讯】全县推进改革。", "【曲阜：乡村旅游绘就美丽乡村新画卷】", "【县域简讯】"];
    expect(unfoldBracketedHeadlines(printed)).toEqual({ lines: printed, origin: [0, 1, 2, 3] });
  });
});
