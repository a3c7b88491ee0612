"use strict";
(function () {
  const names = ["dyad", "from", "to", "trade", "expectations", "sco", "igos", "alliance", "capability"];
  const $ = id => document.getElementById(id);
  const defaults = { dyad: "KAZ", from: $("from").defaultValue, to: $("to").defaultValue, trade: "1", expectations: "0", sco: "", igos: "0", alliance: "", capability: "1" };
  let timer = null, seq = 0;

  function query() {
    const q = new URLSearchParams();
    for (const n of names) { const v = $(n).value; if (v !== "" && v !== defaults[n]) q.set(n, v); }
    q.set("dyad", $("dyad").value);
    return q;
  }

  function outputs() { for (const n of ["trade", "expectations", "capability"]) $(n + "Out").textContent = $(n).value; }

  async function run() {
    outputs();
    const q = query();
    history.replaceState(null, "", "/scenario?" + q.toString());
    const mine = ++seq;
    try {
      const r = await C.api("/api/scenario?" + q.toString());
      if (mine !== seq) return;
      C.showError("scenarioError", "");
      render(r);
    } catch (e) { if (mine === seq) C.showError("scenarioError", e.message); }
  }

  function render(r) {
    $("scenarioInfo").textContent = `${r.dyad.label}: ${r.description}. Logit models on ${r.sample}; ${r.draws} coefficient draws (seed ${r.seed}); server time ${r.serverMs} ms.` + (r.yearsWithoutData.length ? ` No complete data for ${r.yearsWithoutData.join(", ")}.` : "") + (r.assumption ? " " + r.assumption : "");
    const sup = $("support");
    sup.hidden = r.outsideSupport.length === 0;
    sup.replaceChildren(C.el("strong", { text: "Outside the data's range: " }), C.el("span", { text: "the models were not estimated on such values, so these predictions are extrapolations. " }),
      C.el("ul", {}, ...r.outsideSupport.slice(0, 8).map(s => C.el("li", { text: s }))));
    const box = $("scenarioCharts");
    box.replaceChildren();
    r.theories.forEach((t, i) => {
      const id = "sc" + i;
      const holder = C.el("div", { class: "chartbox", id: "chart-" + id });
      const dl = C.el("div", { class: "downloads" }, ...["svg", "png", "csv"].map(k => { const b = C.el("button", { type: "button", text: k.toUpperCase() }); b.addEventListener("click", () => Chart.save(id, k, "scenario_" + r.dyad.iso3)); return b; }));
      box.append(C.el("section", { class: "chart" }, C.el("h3", { text: t.theory }), holder, dl));
      Chart.line(holder, {
        id, title: `${t.theory}: Pr(MID onset), ${r.dyad.label}`, yLabel: "annual probability",
        milestones: t.years.some(y => y.year > r.observedLastYear) && t.years.some(y => y.year <= r.observedLastYear)
          ? [{ year: r.observedLastYear + 0.5, label: `after ${r.observedLastYear}: carried/assumed` }] : [],
        series: [
          { name: "Baseline (observed)", points: t.years.map(y => [y.year, y.baseline.mean]), band: t.years.map(y => [y.year, y.baseline.lower, y.baseline.upper]), color: "#7f7f7f" },
          { name: "Scenario", points: t.years.map(y => [y.year, y.scenario.mean]), band: t.years.map(y => [y.year, y.scenario.lower, y.scenario.upper]), color: "#d62728" },
        ],
        csv: { header: ["theory", "year", "baseline", "baseline_low", "baseline_high", "scenario", "scenario_low", "scenario_high", "difference", "difference_low", "difference_high", "carried_forward"],
          rows: t.years.map(y => [t.theory, y.year, y.baseline.mean, y.baseline.lower, y.baseline.upper, y.scenario.mean, y.scenario.lower, y.scenario.upper, y.difference.mean, y.difference.lower, y.difference.upper, y.carriedForward.join("; ")]) },
      });
    });
    const sum = document.querySelector("#scenarioSummary tbody");
    sum.replaceChildren(...r.theories.filter(t => t.years.length > 0).map(t => {
      const y = t.years[t.years.length - 1];
      return C.el("tr", { "data-theory": t.theory }, ...[t.theory, y.year, C.fmt(y.baseline.mean, 4), C.fmt(y.scenario.mean, 4),
        `${C.fmt(y.difference.mean, 3)} [${C.fmt(y.difference.lower, 3)}, ${C.fmt(y.difference.upper, 3)}]`].map(c => C.el("td", { text: c })));
    }));
    const tb = document.querySelector("#scenarioTable tbody");
    tb.replaceChildren(...r.theories.flatMap(t => t.years.map(y => C.el("tr", { "data-theory": t.theory, "data-year": y.year },
      ...[t.theory, y.year, C.fmt(y.baseline.mean, 4), `[${C.fmt(y.baseline.lower, 3)}, ${C.fmt(y.baseline.upper, 3)}]`, C.fmt(y.scenario.mean, 4), `[${C.fmt(y.scenario.lower, 3)}, ${C.fmt(y.scenario.upper, 3)}]`,
        C.fmt(y.difference.mean, 3), `[${C.fmt(y.difference.lower, 3)}, ${C.fmt(y.difference.upper, 3)}]`, y.carriedForward.join("; ")].map(c => C.el("td", { text: c }))))));
    document.body.dataset.scenario = query().toString();
  }

  const params = new URLSearchParams(location.search);
  for (const n of names) if (params.has(n)) $(n).value = params.get(n);
  for (const n of names) $(n).addEventListener(n === "trade" || n === "expectations" || n === "capability" ? "input" : "change", () => { clearTimeout(timer); timer = setTimeout(run, 120); });
  $("reset").addEventListener("click", () => { for (const n of names) if (n !== "dyad") $(n).value = defaults[n]; run(); });
  C.whenReady(run);
})();
