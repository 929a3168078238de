/**
 * Person HOLDS_POST Organization: a name printed right after a body and the
 * title of a post in it (县民政局局长王建国, 王庄村党支部书记王东, 合作社理事长 李强,
 * 县委书记李卫东 — the body inside the title, see post-body.ts), or a head of
 * government's title, which names its 人民政府 (副县长李娜). A body named by its
 * level alone (镇党委书记陈建华) gives none, and a body mentioned elsewhere in
 * the sentence is not the person's. A person printed with two titles
 * (县委副书记、县长王海涛) holds a post in each body. A village's first secretary
 * holds one in the body that sent them (省自然资源厅派驻杏花村的第一书记孙雨桐).
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { endsWithGovernmentHead, nameGapAt, PARTY_BODY_AT_END, postTitleLength } from "../post-body.js";
import { endAfterSecondNameplate } from "../short-forms.js";

/** A township, village or community body named by its level alone. */
const BARE_LOCAL_BODY = /^(?:镇|乡|村|社区|街道)(?:党委|党总支|党支部|党工委|党组|纪委|政府|人民政府|委员会|村委会|居委会|办事处)$/u;

/**
 * @example relatePosts(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["王建国 → 汶上县民政局"]
 */
export function relatePosts(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const person of ctx.entities) {
    if (person.kind !== "Person" || person.attributes?.category !== "named") continue;
    for (const body of bodiesHeldBy(ctx, person)) {
      relations.push({
        type: "HOLDS_POST",
        from: { kind: "Person", name: person.name },
        to: { kind: "Organization", name: body.name },
        sentence: person.sentence,
        matched: [person.surface, body.surface],
      });
    }
  }
  return relations;
}

/**
 * The bodies the person's mention is printed as holding a post in (县人社局局长|陈海燕), in the order printed.
 *
 * @example bodiesHeldBy(ctx, person).map((b) => b.name) // ["如皋市人社局"]
 */
export function bodiesHeldBy(ctx: ExtractContext, person: EntityMention): EntityMention[] {
  const text = ctx.article.normalizedText;
  const organizations = mentionsIn(ctx, "Organization", person.sentence);
  const bodies = organizations.filter((organization) => {
    // 县农业农村局（乡村振兴局）局长马建忠: the post follows the body's second nameplate.
    const end = endAfterSecondNameplate(text, organization, organizations);
    const title = postTitleLength(text, end);
    return (title > 0 && end + title === person.start) || namesHolderAt(text, organization, person.start) || sentAsFirstSecretary(text, organization, person.start);
  });
  // 县医院党委副书记、院长孙丽: the second title is a post in the body the party body leads (a bureau's 党组 is named as
  // the bureau already).
  for (const party of bodies.filter((body) => secondTitleOfLedBody(text, body, person.start))) {
    const led = organizations.find((organization) => organization.start === party.start && organization.end < party.end);
    if (led && !bodies.includes(led)) bodies.push(led);
  }
  // A body named by its level alone (镇党委, 村党支部) is one node for every town's or village's: the post would link
  // the person to all of them.
  return bodies.filter((body) => !BARE_LOCAL_BODY.test(body.name));
}

/** A government printed by its head's title (副县长) right before the holder's name, a space apart at most. */
function namesHolderAt(text: string, body: { start: number; end: number }, personStart: number): boolean {
  const gap = personStart - body.end;
  return gap === nameGapAt(text, body.end) && endsWithGovernmentHead(text.slice(body.start, body.end));
}

/** A body's cadre sent to a village as its first secretary: 省自然资源厅派驻杏花村的第一书记孙雨桐. */
const SENT_AS_FIRST_SECRETARY = /^(?:派驻|选派|下派|派出)[^，,。；;]{0,12}?的(?:驻村)?第一书记\s?$/u;

/** Whether the person at `personStart` is printed as the first secretary the body sent: the body's own cadre. */
function sentAsFirstSecretary(text: string, body: { end: number }, personStart: number): boolean {
  return personStart > body.end && SENT_AS_FIRST_SECRETARY.test(text.slice(body.end, personStart));
}

/** The titles after a party body's secretary of the head of the body it leads (局长, 院长, 主任 …). */
const HEAD_OF_LED_BODY = /^(?:副)?书记、(?:局长|院长|主任|校长|行长|社长|所长|站长|总经理|董事长|理事长|会长)\s?$/u;

/** Whether the person at `personStart` is printed as the party body's secretary and the led body's head. */
function secondTitleOfLedBody(text: string, party: { end: number; name: string }, personStart: number): boolean {
  return PARTY_BODY_AT_END.test(party.name) && HEAD_OF_LED_BODY.test(text.slice(party.end, personStart));
}
