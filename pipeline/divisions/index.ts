/** Administrative divisions: catalogue, county resolution per article, mentions in text. */
export { getDivisionCatalog, isDivisionName, prefectureOf, toDivision, type DivisionCatalog, type DivisionEntry } from "./catalog.js";
export { findDivisionMentions, sentenceAt, type DivisionContext } from "./find-mentions.js";
export { scanDivisionNames, type NameHit } from "./name-scanner.js";
export { resolveArticleCounties, type CountyResolution } from "./resolve-counties.js";
export { MIN_SHORT_NAME_LENGTH, shortName, type DivisionLevel } from "./short-name.js";
