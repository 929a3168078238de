/** Colours and legend labels per node kind: one palette for the canvas, legend, SVG export and panel. */
import type { NodeKind } from "../../pipeline/schema/index.js";

export const KIND_COLORS: Record<NodeKind, string> = {
  Article: "#9e9e9e",
  County: "#d62728",
  City: "#8c564b",
  Province: "#5d4037",
  Programme: "#1f77b4",
  Group: "#ff7f0e",
  Metric: "#2ca02c",
  Organization: "#9467bd",
  Person: "#17becf",
  Theme: "#e377c2",
};

export const KIND_LABELS: Record<NodeKind, string> = {
  Article: "Article 文章",
  County: "County 县",
  City: "City 市",
  Province: "Province 省",
  Programme: "Programme 项目",
  Group: "Group 群体",
  Metric: "Metric 指标",
  Organization: "Organisation 机构",
  Person: "Person 人物",
  Theme: "Theme 主题",
};

/** The CJK-capable font stack used on the canvas and in the page. */
export const FONT_STACK = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
