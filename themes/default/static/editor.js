// Live privacy check for the editor: an enhancement only (the form works without it).
// As the author types, each field is sent to POST /api/v1/privacy/scan (debounced) and the
// findings are listed beside the form, with why and how to fix each one. Nothing is stored.
(() => {
  const form = document.getElementById("editor");
  const panel = document.getElementById("live-check");
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute("content");
  if (!form || !panel || !csrf) return;
  const fields = [
    ["title", "Title"],
    ["summary", "Summary"],
    ["body", "Reflection"],
    ["tags", "Tags"],
  ];
  let timer;
  let generation = 0;

  async function scan(text) {
    if (text.trim() === "") return [];
    const response = await fetch("/api/v1/privacy/scan", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ text }),
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`scan failed: ${response.status}`);
    return (await response.json()).findings;
  }

  function render(results) {
    panel.replaceChildren();
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    const heading = document.createElement("p");
    heading.className = total === 0 ? "ok" : "error";
    heading.textContent = total === 0
      ? "Live check: no patient identifiers found so far."
      : `Live check: ${total} possible patient identifier${total === 1 ? "" : "s"}.`;
    panel.append(heading);
    if (total === 0) return;
    const list = document.createElement("ul");
    list.className = "findings";
    for (const { label, text, findings } of results) {
      for (const f of findings) {
        const item = document.createElement("li");
        const strong = document.createElement("strong");
        strong.textContent = f.type;
        const mark = document.createElement("mark");
        mark.textContent = text.slice(f.start, f.end);
        const why = document.createElement("span");
        why.textContent = ` in ${label}: ${f.reason} `;
        const fix = document.createElement("em");
        fix.textContent = f.suggestion;
        item.append(strong, " “", mark, "”", why, fix);
        list.append(item);
      }
    }
    panel.append(list);
  }

  async function check() {
    const mine = ++generation;
    try {
      const results = await Promise.all(fields.map(async ([name, label]) => {
        const element = form.elements.namedItem(name);
        const text = element && "value" in element ? element.value : "";
        return { label, text, findings: await scan(text) };
      }));
      if (mine === generation) render(results);
    } catch {
      if (mine === generation) panel.textContent = "The live check is unavailable; the check still runs when you preview or publish.";
    }
  }

  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  check();
})();
