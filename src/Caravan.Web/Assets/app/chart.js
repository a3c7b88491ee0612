"use strict";
// Small SVG line charts with interval bands and milestone lines; each chart can be saved as SVG, PNG or CSV.
window.Chart = (function () {
  const NS = "http://www.w3.org/2000/svg";
  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];
  const charts = {};

  function s(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function ticks(lo, hi, n) {
    if (!(hi > lo)) { hi = lo + 1; }
    const step0 = (hi - lo) / n, mag = Math.pow(10, Math.floor(Math.log10(step0)));
    const step = [1, 2, 2.5, 5, 10].map(m => m * mag).find(v => v >= step0) || step0;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
    return out;
  }

  // spec: { id, title, yLabel, series: [{ name, points: [[x, y]], band: [[x, lo, hi]], dashed }], milestones: [{ year, label }], csv: { header, rows } }
  function line(container, spec) {
    const cols = 3, rows = Math.ceil(spec.series.length / cols);
    const W = 860, m = { l: 70, r: 16, t: 16, b: 40 + rows * 18 }, H = 262 + m.b;
    const all = spec.series.flatMap(se => se.points.concat((se.band || []).flatMap(b => [[b[0], b[1]], [b[0], b[2]]]))).filter(p => p[1] !== null && Number.isFinite(p[1]));
    container.replaceChildren();
    if (all.length === 0) { container.append(C.el("p", { class: "small", text: "No data for this dyad." })); charts[spec.id] = null; return; }
    let x0 = Math.min(...all.map(p => p[0])), x1 = Math.max(...all.map(p => p[0]));
    if (x0 === x1) { x0 -= 1; x1 += 1; }
    let y0 = Math.min(0, ...all.map(p => p[1])), y1 = Math.max(...all.map(p => p[1]));
    if (y0 === y1) y1 = y0 + 1;
    y1 += (y1 - y0) * 0.05;
    const X = v => m.l + (v - x0) / (x1 - x0) * (W - m.l - m.r);
    const Y = v => H - m.b - (v - y0) / (y1 - y0) * (H - m.t - m.b);
    const svg = s("svg", { xmlns: NS, viewBox: `0 0 ${W} ${H}`, width: W, height: H, "font-family": "DejaVu Sans, sans-serif", "font-size": "12", role: "img" });
    svg.append(s("title", {}, spec.title || ""));
    svg.append(s("rect", { x: 0, y: 0, width: W, height: H, fill: "#ffffff" }));
    for (const t of ticks(y0, y1, 5)) {
      svg.append(s("line", { x1: m.l, x2: W - m.r, y1: Y(t), y2: Y(t), stroke: "#e5e5e5" }));
      svg.append(s("text", { x: m.l - 6, y: Y(t) + 4, "text-anchor": "end", fill: "#333" }, C.fmt(t, 3)));
    }
    for (const t of ticks(x0, x1, 8).filter(t => Number.isInteger(t))) {
      svg.append(s("text", { x: X(t), y: H - m.b + 16, "text-anchor": "middle", fill: "#333" }, String(t)));
    }
    svg.append(s("line", { x1: m.l, x2: W - m.r, y1: Y(y0), y2: Y(y0), stroke: "#888" }));
    if (spec.yLabel) svg.append(s("text", { x: 14, y: m.t + (H - m.t - m.b) / 2, transform: `rotate(-90 14 ${m.t + (H - m.t - m.b) / 2})`, "text-anchor": "middle", fill: "#333" }, spec.yLabel));
    (spec.milestones || []).filter(ms => ms.year >= x0 && ms.year <= x1).forEach((ms, i) => {
      svg.append(s("line", { x1: X(ms.year), x2: X(ms.year), y1: m.t, y2: H - m.b, stroke: "#999", "stroke-dasharray": "3 3" }));
      const right = X(ms.year) > W - 150;
      const lab = s("text", { x: X(ms.year) + (right ? -3 : 3), y: m.t + 10 + (i % 4) * 12, fill: "#666", "font-size": "10", "text-anchor": right ? "end" : "start" }, ms.label.length > 28 ? ms.label.slice(0, 27) + "…" : ms.label);
      lab.append(s("title", {}, `${ms.year}: ${ms.label}`));
      svg.append(lab);
    });
    spec.series.forEach((se, i) => {
      const col = se.color || palette[i % palette.length];
      const band = (se.band || []).filter(b => b[1] !== null && b[2] !== null);
      if (band.length > 1) {
        const d = band.map((b, j) => (j ? "L" : "M") + X(b[0]) + "," + Y(b[2])).join("") + band.slice().reverse().map(b => "L" + X(b[0]) + "," + Y(b[1])).join("") + "Z";
        svg.append(s("path", { d, fill: col, "fill-opacity": spec.series.length > 2 ? "0.07" : "0.15", stroke: "none" }));
      }
      let d = "", pen = false;
      for (const p of se.points) {
        if (p[1] === null || !Number.isFinite(p[1])) { pen = false; continue; }
        d += (pen ? "L" : "M") + X(p[0]) + "," + Y(p[1]); pen = true;
      }
      svg.append(s("path", { d, fill: "none", stroke: col, "stroke-width": "2", "stroke-dasharray": se.dashed ? "6 4" : "none" }));
      for (const p of se.points) if (p[1] !== null && Number.isFinite(p[1])) {
        const c = s("circle", { cx: X(p[0]), cy: Y(p[1]), r: 2.5, fill: col });
        c.append(s("title", {}, `${se.name} ${p[0]}: ${C.fmt(p[1], 4)}`));
        svg.append(c);
      }
      const lx = m.l + (i % cols) * 262, ly = H - m.b + 36 + Math.floor(i / cols) * 18;
      svg.append(s("line", { x1: lx, x2: lx + 18, y1: ly, y2: ly, stroke: col, "stroke-width": "3", "stroke-dasharray": se.dashed ? "6 4" : "none" }));
      svg.append(s("text", { x: lx + 24, y: ly + 4, fill: "#222" }, se.name.length > 36 ? se.name.slice(0, 35) + "…" : se.name));
    });
    container.append(svg);
    charts[spec.id] = { svg, spec };
  }

  function svgText(id) {
    const c = charts[id];
    return c ? new XMLSerializer().serializeToString(c.svg) : null;
  }

  function save(id, kind, base) {
    const c = charts[id];
    if (!c) return;
    const name = (base || "caravan") + "_" + id;
    if (kind === "csv") { C.download(name + ".csv", new Blob([C.csv(c.spec.csv.header, c.spec.csv.rows)], { type: "text/csv" })); return; }
    const text = svgText(id);
    if (kind === "svg") { C.download(name + ".svg", new Blob([text], { type: "image/svg+xml" })); return; }
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = img.width * 2; canvas.height = img.height * 2;
      const g = canvas.getContext("2d"); g.scale(2, 2); g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob(b => C.download(name + ".png", b), "image/png");
    };
    img.src = url;
  }

  function wireDownloads(base) {
    document.querySelectorAll("button[data-download]").forEach(b => b.addEventListener("click", () => save(b.dataset.chart, b.dataset.download, base())));
  }

  return { line, save, wireDownloads, svgText, palette, charts };
})();
