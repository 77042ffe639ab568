// Review desk: the edit buttons call the JSON API (PATCH /quotes/{id}, POST /articles/{id}/reanalyze) with the
// API key the editor typed, kept in sessionStorage for this tab only. Without this script the pages still read.
"use strict";
(function () {
  const KEY = "quotewise-api-key";
  const base = document.body.dataset.apiBase || "";

  function headers() {
    const result = { "Content-Type": "application/json" };
    const key = sessionStorage.getItem(KEY);
    if (key) result["X-API-Key"] = key;
    return result;
  }

  async function call(method, path, body) {
    const response = await fetch(base + path, { method, headers: headers(), body: body ? JSON.stringify(body) : undefined });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = typeof data.detail === "string" ? data.detail
        : Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : response.statusText;
      throw new Error(response.status + ": " + detail);
    }
    return data;
  }

  document.querySelectorAll(".js-only, #api-key-form").forEach((element) => { element.hidden = false; });

  const keyForm = document.getElementById("api-key-form");
  if (keyForm) {
    const input = document.getElementById("api-key");
    const state = document.getElementById("api-key-state");
    state.textContent = sessionStorage.getItem(KEY) ? "key set" : "";
    keyForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (input.value) sessionStorage.setItem(KEY, input.value); else sessionStorage.removeItem(KEY);
      input.value = "";
      state.textContent = sessionStorage.getItem(KEY) ? "key set" : "no key";
    });
  }

  document.querySelectorAll("form.quote-action").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const item = form.closest("[data-quote-id]");
      const error = item.querySelector(".error");
      const action = form.dataset.action;
      let body;
      if (action === "accept") body = { status: "accepted" };
      else if (action === "reject") body = { status: "rejected" };
      else {
        const name = form.elements.name.value.trim();
        if (!name) { error.textContent = "Type the speaker's name."; return; }
        body = { speaker: { name } };
      }
      error.textContent = "";
      form.querySelectorAll("button").forEach((button) => { button.disabled = true; });
      try {
        await call("PATCH", "/quotes/" + item.dataset.quoteId, body);
        window.location.hash = "quote-" + item.dataset.quoteId;  // come back to this quote after the reload
        window.location.reload();
      } catch (failure) {
        error.textContent = failure.message;
        form.querySelectorAll("button").forEach((button) => { button.disabled = false; });
      }
    });
  });

  const reanalyze = document.getElementById("reanalyze");
  if (reanalyze) {
    reanalyze.addEventListener("submit", async (event) => {
      event.preventDefault();
      const result = reanalyze.querySelector(".result");
      const articleId = reanalyze.closest("[data-article-id]").dataset.articleId;
      result.textContent = "re-analysing…";
      try {
        const data = await call("POST", "/articles/" + articleId + "/reanalyze");
        result.textContent = `${data.added.length} added, ${data.removed.length} removed, ${data.kept.length} kept, ` +
          `${data.unchanged.length} unchanged`;
        window.setTimeout(() => window.location.reload(), 800);
      } catch (failure) {
        result.textContent = failure.message;
      }
    });
  }
})();
