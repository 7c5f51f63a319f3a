// Entente dashboard: plain DOM and hand-drawn SVG, no libraries, no network beyond
// this server. Every text from the API goes through textContent, never innerHTML.
"use strict";

const $ = (sel) => document.querySelector(sel);
const SVGNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return e;
}

function svg(tag, attrs, parent) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

// Fetches JSON; API errors ({error, field}) become thrown Errors with a readable message.
async function api(path, init) {
  const r = await fetch(path, init);
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) {
    const msg = body && body.error ? (body.field ? `${body.field}: ${body.error}` : body.error) : `HTTP ${r.status}`;
    throw new Error(msg);
  }
  return body;
}

function showError(id, err) {
  const p = $(id);
  if (err) { p.textContent = err.message || String(err); p.hidden = false; } else { p.hidden = true; }
}

// ---------------------------------------------------------------- evidence

// Evidence spans are byte offsets into the UTF-8 sentence; slice bytes, not UTF-16 units.
function evidenceNode(ev) {
  const div = el("div", { class: "sentence" });
  const e = ev.evidence;
  if (!e || !e.text) return div;
  const bytes = new TextEncoder().encode(e.text);
  const dec = new TextDecoder();
  const spans = [["src", e.source], ["verb", e.verb], ["tgt", e.target]]
    .filter(([, s]) => Array.isArray(s) && s.length === 2 && s[0] < s[1] && s[1] <= bytes.length)
    .sort((a, b) => a[1][0] - b[1][0]);
  let at = 0;
  for (const [cls, [s, t]] of spans) {
    if (s < at) continue; // overlapping spans: keep the first
    div.append(dec.decode(bytes.slice(at, s)));
    div.append(el("mark", { class: cls }, dec.decode(bytes.slice(s, t))));
    at = t;
  }
  div.append(dec.decode(bytes.slice(at)));
  return div;
}

function actorLabel(a) {
  if (!a) return "—";
  return a.code + (a.name ? ` (${a.name})` : "");
}

function eventNode(ev) {
  const head = el("div", { class: "head" },
    `${ev.date || "undated"} · ${actorLabel(ev.source)} → ${ev.cameo}${ev.plover ? " " + ev.plover : ""} → ${actorLabel(ev.target)}`,
    ` · Goldstein ${ev.goldstein ?? "?"}`);
  const node = el("div", { class: `event q${ev.quad_class || 0}`, "data-cameo": ev.cameo }, head, evidenceNode(ev));
  if (ev.article_id && ev.article_id !== "request") {
    const a = el("a", { href: "#", class: "article-link" }, `article ${ev.article_id}`);
    a.addEventListener("click", (e) => { e.preventDefault(); showArticle(ev.article_id); });
    node.append(el("div", { class: "muted" }, a, ev.modality && ev.modality !== "asserted" ? ` · ${ev.modality}` : ""));
  }
  return node;
}

async function showArticle(id) {
  const view = $("#article-view");
  try {
    const r = await api(`/api/v1/articles/${encodeURIComponent(id)}`);
    $("#article-title").textContent = r.article.title || r.article.id;
    $("#article-meta").textContent = [r.article.date, r.article.source, r.article.url].filter(Boolean).join(" · ");
    const list = $("#article-events");
    list.replaceChildren(...r.events.map(eventNode));
    view.hidden = false;
    view.scrollIntoView({ behavior: "smooth" });
  } catch (e) {
    alert(e.message);
  }
}

// ---------------------------------------------------------------- dyad chart

let current = null; // {a, b, by, data}

function periodEnd(start, by) {
  const d = new Date(start + "T00:00:00Z");
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1, 1); d.setUTCDate(0); }
  else { d.setUTCMonth(11, 31); }
  return d.toISOString().slice(0, 10);
}

async function listPeriod(p, title) {
  const { a, b, by } = current;
  $("#events-title").textContent = title;
  $("#events-hint").hidden = true;
  const list = $("#events-list");
  list.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const q = new URLSearchParams({ dyad: `${a}:${b}`, from: p.start, to: periodEnd(p.start, by), limit: "200" });
    const page = await api(`/api/v1/events?${q}`);
    list.replaceChildren(...page.events.map(eventNode));
    if (!page.events.length) list.append(el("p", { class: "muted" }, "No events."));
    if (page.next) list.append(el("p", { class: "muted" }, "Showing the first 200."));
  } catch (e) {
    list.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

function drawChart(d) {
  const W = 900, H = 280, L = 44, R = 12, T = 14, B = 30;
  const n = d.periods.length;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "goldstein-svg", role: "img" });
  const x = (i) => L + (n <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (g) => T + ((10 - g) * (H - T - B)) / 20;
  const axis = svg("g", { class: "axis" }, root);
  svg("line", { x1: L, x2: L, y1: T, y2: H - B }, axis);
  for (const g of [-10, -5, 0, 5, 10]) {
    svg("text", { x: L - 6, y: y(g) + 4, "text-anchor": "end" }, axis).textContent = g;
    if (g === 0) svg("line", { class: "zero", x1: L, x2: W - R, y1: y(0), y2: y(0) }, axis);
  }
  const step = Math.max(1, Math.ceil(n / 12));
  d.periods.forEach((p, i) => {
    if (i % step === 0) svg("text", { x: x(i), y: H - 10, "text-anchor": "middle" }, axis).textContent = p.label;
  });
  svg("text", { x: 4, y: T + 2, transform: `rotate(90 4 ${T + 2})` }, axis).textContent = "mean Goldstein";
  if (n > 0) {
    svg("path", { class: "line", d: d.periods.map((p, i) => `${i ? "L" : "M"}${x(i)},${y(p.goldstein_mean)}`).join(" ") }, root);
  }
  const index = new Map(d.periods.map((p, i) => [p.start, i]));
  for (const tp of d.turning_points) {
    const i = index.get(tp.start);
    if (i === undefined) continue;
    const g = svg("g", { class: "turning-point", "data-label": tp.label, "data-toward": tp.toward, tabindex: "0" }, root);
    // A transparent band makes the whole marker clickable, not just the dashed stroke.
    svg("rect", { class: "hit", x: x(i) - 8, y: T, width: 16, height: H - B - T }, g);
    svg("line", { x1: x(i), x2: x(i), y1: T, y2: H - B }, g);
    svg("path", { d: `M${x(i) - 7},${T} L${x(i) + 7},${T} L${x(i)},${T + 10} Z` }, g);
    svg("title", {}, g).textContent =
      `Turning point ${tp.label}: toward ${tp.toward} (mean ${tp.mean_before.toFixed(2)} → ${tp.mean_after.toFixed(2)})`;
    g.addEventListener("click", () => listPeriod(d.periods[i],
      `Turning point ${tp.label}: toward ${tp.toward}, mean Goldstein ${tp.mean_before.toFixed(2)} → ${tp.mean_after.toFixed(2)}`));
  }
  d.periods.forEach((p, i) => {
    const c = svg("circle", { class: "point", cx: x(i), cy: y(p.goldstein_mean), r: 4.5, "data-label": p.label, "data-start": p.start, tabindex: "0" }, root);
    svg("title", {}, c).textContent = `${p.label}: ${p.events} events, mean Goldstein ${p.goldstein_mean.toFixed(2)}`;
    c.addEventListener("click", () => {
      root.querySelectorAll(".point.selected").forEach((e) => e.classList.remove("selected"));
      c.classList.add("selected");
      listPeriod(p, `${p.label}: ${p.events} events, mean Goldstein ${p.goldstein_mean.toFixed(2)}`);
    });
  });
  $("#chart").replaceChildren(root);

  // Counts by QuadClass: stacked bars on the same x positions.
  const QH = 130, QB = 18;
  const q = svg("svg", { viewBox: `0 0 ${W} ${QH}`, id: "quad-svg", role: "img" });
  const max = Math.max(1, ...d.periods.map((p) => p.events));
  const bw = Math.max(2, Math.min(28, ((W - L - R) / Math.max(1, n)) * 0.7));
  svg("text", { x: L - 6, y: 12, "text-anchor": "end" }, q).textContent = max;
  svg("text", { x: L - 6, y: QH - QB, "text-anchor": "end" }, q).textContent = 0;
  d.periods.forEach((p, i) => {
    let base = QH - QB;
    p.quad.forEach((c, k) => {
      if (!c) return;
      const h = (c * (QH - QB - 6)) / max;
      base -= h;
      const r = svg("rect", { class: `bar q${k + 1}`, x: x(i) - bw / 2, y: base, width: bw, height: h }, q);
      svg("title", {}, r).textContent = `${p.label}: QuadClass ${k + 1}: ${c}`;
    });
  });
  $("#quad-chart").replaceChildren(q);
}

async function loadDyad(e) {
  if (e) e.preventDefault();
  const a = $("#dyad-a").value.trim().toUpperCase(), b = $("#dyad-b").value.trim().toUpperCase();
  const by = $("#dyad-by").value;
  showError("#dyad-error", null);
  try {
    const d = await api(`/api/v1/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}?by=${by}`);
    current = { a, b, by, data: d };
    const total = d.periods.reduce((s, p) => s + p.events, 0);
    $("#dyad-summary").textContent =
      `${a}–${b}: ${total} events in ${d.periods.length} ${by}s, ${d.turning_points.length} turning point(s).`;
    drawChart(d);
    $("#events-list").replaceChildren();
    $("#events-title").textContent = "Events";
    $("#events-hint").hidden = false;
  } catch (err) {
    showError("#dyad-error", err);
  }
}

// Suggestions for the actor inputs, from /api/v1/actors.
let suggestTimer = null;
function suggest(ev) {
  clearTimeout(suggestTimer);
  const q = ev.target.value.trim();
  suggestTimer = setTimeout(async () => {
    try {
      const r = await api(`/api/v1/actors?${new URLSearchParams({ q, limit: "20" })}`);
      $("#actor-suggestions").replaceChildren(...r.actors.map((h) =>
        el("option", { value: h.code }, `${h.code}${h.name ? " " + h.name : ""} (${h.events})`)));
    } catch (_) { /* suggestions are optional */ }
  }, 150);
}

async function loadTop() {
  try {
    const t = await api("/api/v1/top/dyads?limit=8");
    const item = (r, text) => {
      const a = el("a", { "data-a": r.a, "data-b": r.b }, text);
      a.addEventListener("click", () => { $("#dyad-a").value = r.a; $("#dyad-b").value = r.b; loadDyad(); });
      return el("li", {}, a);
    };
    $("#top-active").replaceChildren(...t.most_active.map((r) => item(r, `${r.a}–${r.b}: ${r.events} events`)));
    $("#top-changed").replaceChildren(...t.most_changed.map((r) =>
      item(r, `${r.a}–${r.b}: ${r.change > 0 ? "+" : ""}${r.change.toFixed(2)}`)));
  } catch (_) { /* rankings are optional */ }
}

// ---------------------------------------------------------------- events table

let evNext = null, evQuery = null;

function eventRow(ev) {
  const art = el("a", { href: "#" }, ev.article_id || "");
  art.addEventListener("click", (e) => { e.preventDefault(); showArticle(ev.article_id); });
  return el("tr", { class: "event-row" },
    el("td", {}, ev.date || ""), el("td", {}, actorLabel(ev.source)), el("td", {}, ev.cameo),
    el("td", {}, actorLabel(ev.target)), el("td", {}, ev.goldstein ?? ""),
    el("td", {}, evidenceNode(ev)), el("td", {}, art));
}

async function searchEvents(more) {
  showError("#ev-error", null);
  if (!more) {
    evQuery = new URLSearchParams();
    for (const [k, v] of new FormData($("#ev-form"))) if (v !== "") evQuery.set(k, v);
    $("#events-table tbody").replaceChildren();
  } else if (evNext) {
    evQuery.set("cursor", evNext);
  }
  try {
    const page = await api(`/api/v1/events?${evQuery}`);
    $("#events-table tbody").append(...page.events.map(eventRow));
    evNext = page.next;
    $("#ev-more").hidden = !evNext;
  } catch (e) {
    showError("#ev-error", e);
  }
}

// ---------------------------------------------------------------- code this text

async function codeText(e) {
  e.preventDefault();
  showError("#code-error", null);
  const body = { text: $("#code-text").value };
  if ($("#code-date").value) body.date = $("#code-date").value;
  $("#code-status").textContent = "Coding…";
  try {
    const r = await api("/api/v1/code", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    $("#code-events").replaceChildren(...r.events.map(eventNode));
    $("#code-status").textContent = `${r.events.length} event(s) · coder ${r.coder_version}`;
  } catch (err) {
    $("#code-status").textContent = "";
    showError("#code-error", err);
  }
}

// ---------------------------------------------------------------- start

$("#dyad-form").addEventListener("submit", loadDyad);
$("#dyad-a").addEventListener("input", suggest);
$("#dyad-b").addEventListener("input", suggest);
$("#ev-actor").addEventListener("input", suggest);
$("#ev-form").addEventListener("submit", (e) => { e.preventDefault(); searchEvents(false); });
$("#ev-more").addEventListener("click", () => searchEvents(true));
$("#code-form").addEventListener("submit", codeText);
api("/healthz").then((h) => {
  $("#health").textContent = `${h.database}: ${h.articles} articles, ${h.events} events`;
}).catch(() => {});
loadTop();
