// Caravan dashboard: shared helpers (no inline script anywhere; every text goes in through textContent).
"use strict";
window.C = (function () {
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") e.textContent = v; else if (k === "class") e.className = v; else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  async function api(path, options) {
    const r = await fetch(path, Object.assign({ headers: { "Accept": "application/json" } }, options || {}));
    let body = null;
    try { body = await r.json(); } catch (_) { body = { error: "error: the server answered " + r.status + " without JSON." }; }
    if (!r.ok) { const err = new Error(body && body.error ? body.error : "error: HTTP " + r.status); err.status = r.status; err.body = body; throw err; }
    return body;
  }

  function post(path, data) {
    return api(path, { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: JSON.stringify(data) });
  }

  // Waits for the study (polling /api/status), showing its progress in #computing, then calls fn.
  async function whenReady(fn) {
    const box = document.getElementById("computing");
    const pre = document.getElementById("progress");
    for (;;) {
      let s;
      try { s = await api("/api/status"); } catch (e) { s = { state: "computing", progress: [String(e.message)] }; }
      setStatus(s);
      if (s.state === "ready") { if (box) box.hidden = true; document.body.dataset.ready = "1"; return fn(); }
      if (box) box.hidden = false;
      if (pre) pre.textContent = (s.progress || []).join("\n") + (s.error ? "\n" + s.error : "");
      if (s.state === "failed") return;
      await new Promise(r => setTimeout(r, 1000));
    }
  }

  function setStatus(s) {
    const st = document.getElementById("status");
    if (!st) return;
    st.textContent = s.state === "ready" ? "study ready" + (s.reduced ? " (reduced run)" : "") + " · " + s.draws + " draws" : s.state === "failed" ? "study failed" : "computing the study… " + s.elapsedSeconds + " s";
    st.className = "status s-" + s.state;
  }

  function fmt(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return "–";
    const d = digits === undefined ? 3 : digits;
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(d - 1);
    return Number(x.toPrecision(d)).toString();
  }

  function download(name, blob) {
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
  }

  function csv(header, rows) {
    const q = v => { const s = v === null || v === undefined ? "" : String(v); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
    return [header.map(q).join(",")].concat(rows.map(r => r.map(q).join(","))).join("\n") + "\n";
  }

  function table(t, header, rows) {
    t.replaceChildren();
    t.append(el("thead", {}, el("tr", {}, ...header.map(h => el("th", { text: h })))));
    t.append(el("tbody", {}, ...rows.map(r => el("tr", {}, ...r.map(c => c instanceof Node ? el("td", {}, c) : el("td", { text: c === null || c === undefined ? "" : String(c) }))))));
  }

  function showError(id, message) {
    const p = document.getElementById(id);
    if (!p) return;
    p.textContent = message || "";
    p.hidden = !message;
  }

  return { el, api, post, whenReady, fmt, download, csv, table, showError, setStatus };
})();
