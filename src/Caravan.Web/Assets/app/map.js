"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";
  const focus = { "398": "KAZ", "417": "KGZ", "762": "TJK", "795": "TKM", "860": "UZB" };
  const CHINA = "156";
  const box = { lon0: 44, lon1: 136, lat0: 16, lat1: 56 };
  const W = 900, H = 560, k = Math.cos(36 * Math.PI / 180);
  const sx = W / ((box.lon1 - box.lon0) * k), sy = H / (box.lat1 - box.lat0), sc = Math.min(sx, sy);
  const P = (lon, lat) => [(lon - box.lon0) * k * sc, (box.lat1 - lat) * sc];
  const sel = document.getElementById("indicator"), theorySel = document.getElementById("theory"), slider = document.getElementById("year"), yearOut = document.getElementById("yearLabel");
  const svg = document.getElementById("map");
  let data = null;
  const paths = {};

  function colour(t) { // light yellow → dark blue
    const a = [255, 247, 188], b = [37, 52, 148];
    return "rgb(" + a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(",") + ")";
  }

  function pathOf(geom) {
    const rings = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon" ? geom.coordinates : [];
    let d = "";
    for (const poly of rings) for (const ring of poly) {
      if (!ring.some(([lon, lat]) => lon > box.lon0 - 30 && lon < box.lon1 + 30 && lat > box.lat0 - 20 && lat < box.lat1 + 20)) continue;
      d += ring.map(([lon, lat], i) => (i ? "L" : "M") + P(lon, lat).map(v => v.toFixed(1)).join(",")).join("") + "Z";
    }
    return d;
  }

  async function drawShapes() {
    const topo = await (await fetch("/assets/vendor/world-atlas/countries-50m.json")).json();
    const countries = topojson.feature(topo, topo.objects.countries).features;
    svg.replaceChildren();
    svg.append(Object.assign(document.createElementNS(NS, "rect"), {}));
    svg.firstChild.setAttribute("width", W); svg.firstChild.setAttribute("height", H); svg.firstChild.setAttribute("fill", "#dbe9f4");
    for (const f of countries) {
      const d = pathOf(f.geometry);
      if (!d) continue;
      const p = document.createElementNS(NS, "path");
      p.setAttribute("d", d);
      p.setAttribute("stroke", "#ffffff");
      p.setAttribute("stroke-width", "0.6");
      const id = String(f.id);
      if (focus[id]) {
        p.setAttribute("class", "state");
        p.setAttribute("data-iso3", focus[id]);
        p.setAttribute("tabindex", "0");
        p.addEventListener("click", () => { location.href = "/dyad/" + focus[id]; });
        p.addEventListener("keydown", e => { if (e.key === "Enter") location.href = "/dyad/" + focus[id]; });
        paths[focus[id]] = p;
      } else {
        p.setAttribute("fill", id === CHINA ? "#f4d9c6" : "#eeeeee");
        if (id === CHINA) p.setAttribute("data-iso3", "CHN");
      }
      p.append(Object.assign(document.createElementNS(NS, "title"), { textContent: f.properties.name }));
      svg.append(p);
    }
    const [cx, cy] = P(104, 35);
    const label = document.createElementNS(NS, "text");
    label.setAttribute("x", cx); label.setAttribute("y", cy); label.setAttribute("fill", "#8a5a3c"); label.setAttribute("font-size", "20"); label.setAttribute("text-anchor", "middle");
    label.textContent = "China";
    svg.append(label);
  }

  function paint() {
    if (!data) return;
    const year = String(slider.value);
    yearOut.textContent = year;
    const span = data.max - data.min || 1;
    const rows = [];
    for (const st of data.states) {
      const v = st.values[year];
      const p = paths[st.iso3];
      const has = v !== undefined && v !== null;
      if (p) {
        p.setAttribute("fill", has ? colour((v - data.min) / span) : "#c8c8c8");
        p.querySelector("title").textContent = `${st.name} ${year}: ${has ? C.fmt(v, 4) : "no data"} — click for the dyad`;
      }
      rows.push([st.name, year, has ? C.fmt(v, 4) : "no data"]);
    }
    const tb = document.querySelector("#mapValues tbody");
    tb.replaceChildren(...rows.map(r => C.el("tr", { "data-iso3": data.states[rows.indexOf(r)].iso3 }, ...r.map(c => C.el("td", { text: c })))));
    const legend = document.getElementById("legend");
    legend.replaceChildren(C.el("div", { class: "small", text: data.label + " (" + data.unit + ")" }),
      C.el("div", { class: "ramp" }, ...[0, 0.25, 0.5, 0.75, 1].map(t => { const sw = C.el("span", { class: "swatch", text: C.fmt(data.min + t * span, 3) }); sw.style.background = colour(t); sw.style.color = t > 0.5 ? "#fff" : "#000"; return sw; })),
      C.el("div", { class: "small", text: "grey: no data" }));
    const q = new URLSearchParams({ indicator: sel.value, year });
    if (sel.value === "risk") q.set("theory", theorySel.value);
    history.replaceState(null, "", "/map?" + q.toString());
  }

  async function load() {
    const q = new URLSearchParams({ indicator: sel.value });
    document.getElementById("theoryLabel").hidden = sel.value !== "risk";
    if (sel.value === "risk" && theorySel.value) q.set("theory", theorySel.value);
    data = await C.api("/api/map?" + q.toString());
    slider.min = data.first; slider.max = data.last;
    if (+slider.value < data.first || +slider.value > data.last) slider.value = data.last;
    paint();
    document.body.dataset.map = sel.value + ":" + slider.value;
  }

  const params = new URLSearchParams(location.search);
  if (params.get("indicator")) sel.value = params.get("indicator");
  if (params.get("year")) slider.value = params.get("year");
  sel.addEventListener("change", load);
  theorySel.addEventListener("change", load);
  slider.addEventListener("input", () => { paint(); document.body.dataset.map = sel.value + ":" + slider.value; });
  C.whenReady(async () => {
    const ov = await C.api("/api/overview");
    theorySel.replaceChildren(...ov.verdicts.map(v => C.el("option", { value: v.theory, text: v.theory })));
    if (params.get("theory")) theorySel.value = params.get("theory");
    await drawShapes();
    await load();
  });
})();
