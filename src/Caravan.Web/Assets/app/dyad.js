"use strict";
(function () {
  const iso = document.getElementById("dyadTitle").dataset.dyad;
  Chart.wireDownloads(() => "CHN_" + iso);
  C.whenReady(async () => {
    const d = await C.api("/api/dyads/" + encodeURIComponent(iso));
    const ms = d.milestones;
    const box = id => document.getElementById("chart-" + id);
    const yrs = rows => rows.map(r => r.year);
    const pts = (rows, f) => rows.map(r => [r.year, f(r)]);
    const name = d.dyad.name;
    const t = d.trade;
    Chart.line(box("trade"), {
      id: "trade", title: `Trade China–${name}`, yLabel: "US$ m", milestones: ms,
      series: [{ name: "China reports", points: pts(t, r => r.chinaReported) }, { name: `${name} reports`, points: pts(t, r => r.partnerReported) }, { name: "Reconciled", points: pts(t, r => r.reconciled), dashed: true }],
      csv: { header: ["year", "china_reported_musd", "partner_reported_musd", "reconciled_musd", "trade_source"], rows: t.map(r => [r.year, r.chinaReported, r.partnerReported, r.reconciled, r.source]) },
    });
    Chart.line(box("mirror"), {
      id: "mirror", title: `Mirror gap China–${name}`, yLabel: "gap / mean", milestones: ms,
      series: [{ name: "Mirror gap", points: pts(t, r => r.mirrorGap) }],
      csv: { header: ["year", "mirror_gap"], rows: t.map(r => [r.year, r.mirrorGap]) },
    });
    Chart.line(box("dependence"), {
      id: "dependence", title: `Dependence China–${name}`, yLabel: "trade / GDP", milestones: ms,
      series: [{ name: `${name}: trade / its GDP`, points: pts(t, r => r.dependencePartner) }, { name: "China: trade / its GDP", points: pts(t, r => r.dependenceChina) }],
      csv: { header: ["year", "dependence_partner", "dependence_china", "asymmetry"], rows: t.map(r => [r.year, r.dependencePartner, r.dependenceChina, r.asymmetry]) },
    });
    const f = d.finance;
    const sectors = [...new Set(f.flatMap(r => Object.keys(r.investment)))].sort();
    Chart.line(box("finance"), {
      id: "finance", title: `Chinese finance in ${name}`, yLabel: "share of GDP", milestones: ms,
      series: [{ name: "Aid commitments, cumulative / GDP", points: pts(f, r => r.aidCumulative) }, { name: "Aid commitments, annual / GDP", points: pts(f, r => r.aidAnnual) }]
        .concat(sectors.map(s => ({ name: "AEI investment: " + s, points: pts(f, r => r.investment[s] ?? null), dashed: true }))),
      csv: { header: ["year", "commitments_musd_2021", "aid_annual_gdp", "aid_cumulative_gdp"].concat(sectors.map(s => "aei_cum_gdp_" + s)), rows: f.map(r => [r.year, r.commitments, r.aidAnnual, r.aidCumulative].concat(sectors.map(s => r.investment[s] ?? null))) },
    });
    Chart.line(box("ties"), {
      id: "ties", title: `SCO and IGO ties China–${name}`, yLabel: "count / indicator", milestones: ms,
      series: [{ name: "Shared IGO memberships", points: pts(t, r => r.sharedIgos) }, { name: "Both SCO members (0/1)", points: pts(t, r => r.sco), dashed: true }],
      csv: { header: ["year", "shared_igos", "sco_both"], rows: t.map(r => [r.year, r.sharedIgos, r.sco]) },
    });
    const e = d.events;
    Chart.line(box("events"), {
      id: "events", title: `Net cooperation China–${name}`, yLabel: "net per 1000 events", milestones: ms,
      series: [{ name: "ICEWS", points: e.map(r => [r.year, r.source === "Icews" ? r.per1000 : null]) }, { name: "GDELT", points: e.map(r => [r.year, r.source === "Gdelt" ? r.per1000 : null]) }],
      csv: { header: ["year", "source", "net", "net_verbal", "net_material", "per_1000_volume", "coverage"], rows: e.map(r => [r.year, r.source, r.net, r.netVerbal, r.netMaterial, r.per1000, r.coverage]) },
    });
    Chart.line(box("risk"), {
      id: "risk", title: `Predicted Pr(MID onset) China–${name}`, yLabel: "annual probability", milestones: ms,
      series: d.risk.map(th => ({ name: th.theory, points: th.years.map(y => [y.year, y.mean]), band: th.years.map(y => [y.year, y.lower, y.upper]) })),
      csv: { header: ["theory", "year", "pr_mid_mean", "pr_low", "pr_high", "outside_support"], rows: d.risk.flatMap(th => th.years.map(y => [th.theory, y.year, y.mean, y.lower, y.upper, y.outsideSupport])) },
    });
    document.getElementById("milestones").replaceChildren(...ms.map(m => C.el("li", { text: `${m.year}: ${m.label} (${m.source})` })));
    document.body.dataset.charts = "1";
  });
})();
