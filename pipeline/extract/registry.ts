/**
 * Every extraction rule, listed once, in the order they run. Entity
 * extractors come first; relation extractors read the mentions they left in
 * the context. To add a rule, write a module with one job and list it here.
 */
import type { EntityMention, RelationMention } from "../records.js";
import type { ExtractContext } from "./context.js";
import { countyAt, extractDivisions } from "./division.js";
import { extractGroups } from "./group.js";
import { extractMetrics } from "./metric.js";
import { extractOrganizations } from "./organization.js";
import { extractOutlet, relatePublisher } from "./outlet.js";
import { extractPersons } from "./person.js";
import { scopeLocalBodies } from "./local-body-scope.js";
import { scopeNamedPeople } from "./person-scope.js";
import { extractProgrammes } from "./programme.js";
import { extractProgrammeReferences } from "./programme-reference.js";
import { relateDivisions, relateReporters } from "./relations/administrative.js";
import { relateMetrics } from "./relations/metrics.js";
import { relateInvolves } from "./relations/involves.js";
import { relatePosts } from "./relations/posts.js";
import { relatePartOf, relateRuns } from "./relations/programme-links.js";
import { relateServes } from "./relations/serves.js";
import { extractSelfReferences } from "./self-reference.js";
import { extractThemes } from "./theme.js";

export interface ExtractorOutput {
  entities?: EntityMention[];
  relations?: RelationMention[];
}

export interface Extractor {
  /** Stable id, used in diagnostics and to pick extractors in tests. */
  id: string;
  kind: "entities" | "relations";
  extract(ctx: ExtractContext): ExtractorOutput;
}

export const EXTRACTORS: readonly Extractor[] = [
  { id: "divisions", kind: "entities", extract: (ctx) => ({ entities: extractDivisions(ctx) }) },
  { id: "persons", kind: "entities", extract: (ctx) => ({ entities: extractPersons(ctx.article, ctx.sentences, ctx.taggedTokens) }) },
  {
    id: "metrics",
    kind: "entities",
    extract: (ctx) => ({
      entities: extractMetrics(ctx.article, ctx.sentences, {
        ...(ctx.county ? { scope: ctx.county.name } : {}),
        sentenceScope: (sentence, at) => countyAt(ctx, sentence.index, at)?.name,
        people: { units: ctx.lexicon.serveCues.personUnits, heads: ctx.lexicon.groups.heads, notHeads: ctx.lexicon.groups.notGroups },
      }),
    }),
  },
  { id: "programmes", kind: "entities", extract: (ctx) => ({ entities: extractProgrammes(ctx) }) },
  { id: "programme-references", kind: "entities", extract: (ctx) => ({ entities: extractProgrammeReferences(ctx) }) },
  { id: "organizations", kind: "entities", extract: (ctx) => ({ entities: extractOrganizations(ctx) }) },
  { id: "self-references", kind: "entities", extract: (ctx) => ({ entities: extractSelfReferences(ctx) }) },
  { id: "outlet", kind: "entities", extract: (ctx) => ({ entities: extractOutlet(ctx) }) },
  { id: "groups", kind: "entities", extract: (ctx) => ({ entities: extractGroups(ctx) }) },
  { id: "themes", kind: "entities", extract: (ctx) => extractThemes(ctx) },
  { id: "divisions-and-reporters", kind: "relations", extract: (ctx) => ({ relations: [...relateDivisions(ctx), ...relateReporters(ctx), ...relatePublisher(ctx)] }) },
  { id: "runs", kind: "relations", extract: (ctx) => ({ relations: relateRuns(ctx) }) },
  { id: "part-of", kind: "relations", extract: (ctx) => ({ relations: relatePartOf(ctx) }) },
  { id: "serves", kind: "relations", extract: (ctx) => ({ relations: relateServes(ctx) }) },
  { id: "metrics-links", kind: "relations", extract: (ctx) => ({ relations: relateMetrics(ctx) }) },
  { id: "involves", kind: "relations", extract: (ctx) => ({ relations: relateInvolves(ctx) }) },
  { id: "posts", kind: "relations", extract: (ctx) => ({ relations: relatePosts(ctx) }) },
  // Last: a named person's division is known once their posts are.
  {
    id: "person-scopes",
    kind: "relations",
    extract: (ctx) => {
      scopeNamedPeople(ctx);
      return {};
    },
  },
  // Last too: relations above compare bodies by their printed names.
  {
    id: "local-body-scopes",
    kind: "relations",
    extract: (ctx) => {
      scopeLocalBodies(ctx);
      return {};
    },
  },
];

/** Throws when two extractors share an id (a registry mistake, caught by the registry test). */
export function assertUniqueIds(extractors: readonly Extractor[]): void {
  const ids = new Set<string>();
  for (const extractor of extractors) {
    if (ids.has(extractor.id)) throw new RegistryError(`registry: duplicate extractor id "${extractor.id}"`);
    ids.add(extractor.id);
  }
}

export class RegistryError extends Error {
  override name = "RegistryError";
}
