/**
 * Builds ArticleRecords for extractor tests from plain body text, the way
 * ingest would hand them over (normalised text equal to the printed text for
 * these fixtures, which use simplified characters and curly quotes).
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../pipeline/records.js";

export interface FixtureOptions {
  title?: string;
  place?: string;
  reporters?: string[];
  source?: string;
}

export function articleFixture(text: string, options: FixtureOptions = {}): ArticleRecord {
  const hash = createHash("sha256").update(text).digest("hex");
  const reporters = options.reporters ?? [];
  return {
    key: `Article:${hash.slice(0, 16)}`,
    hash,
    source: options.source ?? "fixture.txt",
    index: 0,
    layout: "print",
    title: options.title ?? "",
    normalizedTitle: options.title ?? "",
    ...(options.place
      ? { dateline: { raw: `本报${options.place}讯（通讯员 ${reporters.join(" ")}）`, place: options.place, reporters } }
      : {}),
    reporters,
    text,
    normalizedText: text,
  };
}

/** A county report from Henan (信阳市固始县) on services for left-behind children. */
export const GUSHI_CHILDREN = articleFixture(
  [
    "今年以来，固始县民政局深入实施“护苗关爱”行动，聚焦农村留守儿童、困境儿童，构建“县乡村”三级关爱服务体系，为留守儿童健康成长保驾护航。",
    "精准摸排建台账。组织儿童主任、网格员逐村逐户走访，建立“一人一档”动态台账，累计排查留守儿童3200余名。",
    "暖心服务送关爱。依托乡镇儿童之家开设课后托管，组织志愿者为留守儿童提供课业辅导、心理疏导等服务，开展关爱活动120余场次。",
    "多方联动强保障。县妇联、团县委等部门协同发力，建立“1+3”联席会议机制，定期研判困难个案，锚定“走在前、开新局”，切实解决群众“急难愁盼”问题。",
  ].join("\n"),
  { title: "固始实施“护苗关爱”行动守护留守儿童成长", place: "固始", reporters: ["王磊"], source: "henan-page.txt" },
);

/**
 * A county report from Henan (信阳市潢川县) on a model whose name counts its parts (“三个到家”), which the
 * report's headings then name one by one: its sub-measures.
 */
export const HUANGCHUAN_PARTS = articleFixture(
  [
    "今年以来，潢川县民政局深入实施“三个到家”关爱行动，聚焦农村留守儿童、困境儿童，为留守儿童健康成长保驾护航。",
    "摸排到家。组织儿童主任、网格员逐村逐户走访，累计排查留守儿童3100余名。",
    "服务到家。依托乡镇儿童之家组织志愿者为留守儿童提供课业辅导服务，开展关爱活动110余场次。",
    "保障到家。县妇联、团县委等部门协同发力，建立“1+2”联席会议机制。",
  ].join("\n"),
  { title: "潢川实施“三个到家”关爱行动", place: "潢川", reporters: ["李娜"], source: "henan-page.txt" },
);

/** A county report from Zhejiang (湖州市安吉县) on the 共富工坊 programme. */
export const ANJI_WORKSHOPS = articleFixture(
  [
    "近年来，安吉县以党建引领推动共同富裕，在全县推广共富工坊建设，把来料加工车间开到村民家门口，帮助低收入农户、留守妇女就近就业增收。",
    "县委组织部牵头建立“党建+共富工坊”联建机制，推动村党组织与企业结对，目前已建成共富工坊86家，带动1.2万余名村民增收，形成发展新格局。",
  ].join("\n"),
  { title: "安吉：共富工坊开到家门口", place: "安吉", reporters: ["陈静"], source: "zhejiang-page.txt" },
);
