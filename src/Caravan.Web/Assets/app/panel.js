"use strict";
(function () {
  const $ = id => document.getElementById(id);
  let panelId = null, lastFit = null;

  function formData(form) {
    const o = {};
    for (const el of form.elements) {
      if (!el.name) continue;
      o[el.name] = el.type === "checkbox" ? el.checked : el.value;
    }
    return o;
  }

  $("panelForm").addEventListener("submit", async e => {
    e.preventDefault();
    C.showError("panelError", "");
    $("panelBusy").hidden = false;
    $("buildPanel").disabled = true;
    try {
      const body = formData(e.target);
      for (const k of ["states", "with"]) if (body[k] === "") body[k] = null;
      const p = await C.post("/api/panel", body);
      panelId = p.id;
      $("panelResult").hidden = false;
      $("panelSummary").textContent = `${p.rows.toLocaleString("en")} rows, ${p.units} units, ${p.firstYear}–${p.lastYear}, ${p.columns.length} columns.` + (p.notes.length ? " Notes: " + p.notes.join(" ") : "");
      $("panelCommand").textContent = p.command;
      $("panelDownloads").replaceChildren("Download: ", ...Object.entries(p.downloads).flatMap(([k, href]) => [C.el("a", { href, download: "", "data-format": k, text: k === "codebook" ? "codebook (CSV)" : k === "codebook-md" ? "codebook (Markdown)" : k.toUpperCase() }), " "]));
      C.table($("panelPreview"), p.columns, p.preview);
      C.table($("panelCodebook"), ["variable", "description", "unit", "source"], p.codebook.map(c => [c.variable, c.description, c.unit, c.source]));
      document.body.dataset.panel = p.id;
    } catch (err) { C.showError("panelError", err.message); }
    finally { $("panelBusy").hidden = true; $("buildPanel").disabled = false; }
  });

  $("fitForm").addEventListener("submit", async e => {
    e.preventDefault();
    C.showError("fitError", "");
    try {
      const body = formData(e.target);
      body.panel = panelId || "";
      if (body.vcov === "") body.vcov = null;
      const f = await C.post("/api/fit", body);
      lastFit = f;
      $("fitResult").hidden = false;
      $("fitCommand").textContent = f.command + ` (n = ${f.nobs}, vcov ${f.vcov}${f.converged ? "" : ", NOT converged"})`;
      C.table($("fitTable"), ["term", "estimate", "std. error", "statistic", "p", "95% low", "95% high"],
        f.coefficients.map(c => [c.term, C.fmt(c.estimate, 4), C.fmt(c.stdError, 3), C.fmt(c.statistic, 3), C.fmt(c.pValue, 3), C.fmt(c.confLow, 3), C.fmt(c.confHigh, 3)]));
      $("fitText").textContent = f.table + (f.notes.length ? "\n" + f.notes.map(n => "Note: " + n).join("\n") : "");
      document.body.dataset.fit = "1";
    } catch (err) { C.showError("fitError", err.message); }
  });

  $("fitCsv").addEventListener("click", () => {
    if (!lastFit) return;
    C.download("fit.csv", new Blob([C.csv(["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"], lastFit.coefficients.map(c => [c.term, c.estimate, c.stdError, c.statistic, c.pValue, c.confLow, c.confHigh]))], { type: "text/csv" }));
  });
  C.api("/api/status").then(C.setStatus).catch(() => {});
})();
