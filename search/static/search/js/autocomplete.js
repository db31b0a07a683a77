// Suggestions under a search box while the reader types: titles of
// cooperatives, stories and reports from /<lang>/search/autocomplete/.
// The box follows the ARIA combobox pattern: arrow keys move through the
// listbox, Enter opens the highlighted page, Escape closes the list. Without
// JavaScript the box is an ordinary search field.
(() => {
  const DELAY_MS = 150;
  const MIN_LENGTH = 2;

  function setUp(box) {
    const input = box.querySelector("input[data-autocomplete-url]");
    const list = box.querySelector("[role=listbox]");
    const status = box.closest("form")?.querySelector("[data-autocomplete-status]");
    if (!input || !list) {
      return;
    }
    let timer = null;
    let active = -1;
    let controller = null;

    const options = () => Array.from(list.querySelectorAll("[role=option]"));

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      const items = options();
      items.forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(results) {
      list.replaceChildren();
      results.forEach((result, i) => {
        const item = document.createElement("li");
        item.id = `${list.id}-${i}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.dataset.url = result.url;
        const title = document.createElement("span");
        title.className = "autocomplete__title";
        title.textContent = result.title;
        const kind = document.createElement("span");
        kind.className = "autocomplete__kind";
        kind.textContent = result.kind_label;
        item.append(title, kind);
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          window.location.assign(result.url);
        });
        list.append(item);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", String(results.length > 0));
      if (status) {
        status.textContent = results.length ? `${results.length} ↓` : "";
      }
    }

    async function fetchSuggestions() {
      const query = input.value.trim();
      if (query.length < MIN_LENGTH) {
        close();
        return;
      }
      controller?.abort();
      controller = new AbortController();
      const url = `${input.dataset.autocompleteUrl}?q=${encodeURIComponent(query)}`;
      try {
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) {
          close();
          return;
        }
        const data = await response.json();
        if (data.query === query) {
          show(data.results);
        }
      } catch (error) {
        if (error.name !== "AbortError") {
          close();
        }
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      const items = options();
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].dataset.url);
      } else if (event.key === "Escape") {
        close();
      }
    });

    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  document.querySelectorAll("[data-autocomplete]").forEach(setUp);
})();
