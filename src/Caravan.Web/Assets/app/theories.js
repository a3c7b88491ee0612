"use strict";
(function () {
  const form = document.getElementById("rule");
  const fields = ["alpha", "minEffect", "majority"];
  const defaults = { alpha: "0.05", minEffect: "0.1", majority: "0.75" };

  async function recompute() {
    const q = new URLSearchParams();
    for (const f of fields) q.set(f, document.getElementById(f).value);
    C.showError("ruleError", "");
    try {
      const r = await C.api("/api/theories/verdicts?" + q.toString());
      const tb = document.querySelector("#ruleVerdicts tbody");
      tb.replaceChildren(...r.verdicts.map(v => C.el("tr", { "data-theory": v.theory },
        C.el("td", { text: v.theory }), C.el("td", {}, C.el("span", { class: "verdict v-" + v.verdict.replace(/ /g, "-"), text: v.verdict })), C.el("td", { text: v.reason }))));
      history.replaceState(null, "", "/theories?" + q.toString());
      document.body.dataset.rule = q.toString();
    } catch (e) { C.showError("ruleError", e.message); }
  }

  async function coefficients() {
    const r = await C.api("/api/theories");
    const box = document.getElementById("coefficients");
    const theories = [...new Set(r.fits.map(f => f.theory))];
    box.replaceChildren(...theories.map(th => {
      const fits = r.fits.filter(f => f.theory === th);
      const terms = [...new Set(fits.flatMap(f => f.terms.map(t => t.term)))];
      const t = C.el("table", { class: "data coef" });
      C.table(t, ["Key term"].concat(fits.map(f => f.sample + " · " + f.estimator)),
        terms.map(term => [term].concat(fits.map(f => {
          const e = f.terms.find(x => x.term === term);
          if (!e) return f.problem || "–";
          return `${C.fmt(e.estimate, 3)} (${C.fmt(e.stdError, 2)}) p=${C.fmt(e.pValue, 2)}; FD ${C.fmt(e.firstDifference, 2)} [${C.fmt(e.fdLow, 2)}, ${C.fmt(e.fdHigh, 2)}] → ${e.outcome}`;
        }))).concat([["verdict"].concat(fits.map(f => f.verdict))], [["n (events)"].concat(fits.map(f => `${f.n ?? "–"} (${f.events})`))]));
      return C.el("section", {}, C.el("h3", { text: th }), C.el("div", { class: "scroll" }, t));
    }));
  }

  const params = new URLSearchParams(location.search);
  for (const f of fields) if (params.get(f)) document.getElementById(f).value = params.get(f);
  form.addEventListener("submit", e => { e.preventDefault(); recompute(); });
  for (const f of fields) document.getElementById(f).addEventListener("change", recompute);
  document.getElementById("ruleReset").addEventListener("click", () => { for (const f of fields) document.getElementById(f).value = defaults[f]; recompute(); });
  C.whenReady(async () => { await recompute(); await coefficients(); });
})();
