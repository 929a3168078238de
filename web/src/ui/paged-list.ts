/**
 * A list that arrives a page at a time: shows the first page, how many there
 * are in all, and a button that appends the next page (a hub's articles or
 * relations run to thousands, more than a panel should draw at once).
 */
import type { ListPage } from "../../shared/api-types.js";
import { h } from "./dom.js";

/** How many items one "show more" asks for. */
export const MORE_PAGE_SIZE = 50;

export interface PagedListOptions<T> {
  /** What the items are, for the counter: "articles", "relations". */
  noun: string;
  /** Where items go: a <ul> for <li> items, a <table> for <tr> rows (a header row may be in it already). */
  container: HTMLElement;
  first: ListPage<T>;
  item(value: T): HTMLElement;
  more(offset: number, limit: number): Promise<ListPage<T>>;
}

export function formatCount(count: number): string {
  return count.toLocaleString("zh-CN");
}

/**
 * @example section.append(pagedList({ noun: "articles", container: h("ul"), first: details.articles, item, more }))
 */
export function pagedList<T>(options: PagedListOptions<T>): HTMLElement {
  const { container, item } = options;
  let shown = 0;
  let total = options.first.total;
  const counter = h("span", { class: "list-count muted" });
  const button = h("button", { class: "secondary show-more", type: "button" });
  const failure = h("span", { class: "error small", role: "alert" });
  const footer = h("div", { class: "list-more" }, counter, button, failure);
  const wrapper = h("div", { class: "paged-list" }, container, footer);

  const label = () => `Show ${formatCount(Math.min(MORE_PAGE_SIZE, total - shown))} more`;
  const add = (page: ListPage<T>) => {
    for (const value of page.items) container.append(item(value));
    shown += page.items.length;
    total = page.total;
    // An empty page past the first means the list shrank (the graph was reloaded): nothing more to fetch.
    const complete = shown >= total || (page.offset > 0 && page.items.length === 0);
    wrapper.dataset.total = String(total);
    wrapper.dataset.shown = String(shown);
    counter.textContent = `${formatCount(shown)} of ${formatCount(total)} ${options.noun}`;
    button.textContent = label();
    footer.hidden = complete;
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    button.textContent = "Loading…";
    failure.textContent = "";
    try {
      add(await options.more(shown, MORE_PAGE_SIZE));
    } catch (error) {
      button.textContent = label();
      failure.textContent = `Could not load more: ${(error as Error).message}`;
    } finally {
      button.disabled = false;
    }
  });
  add(options.first);
  return wrapper;
}
