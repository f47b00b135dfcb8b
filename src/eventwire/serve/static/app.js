// The eventwire dashboard: every panel asks the API for counts under the filters in force, so
// the page never holds more than a page of events.  Plain script, no build step; d3 and
// topojson-client are vendored beside it.  Text from the store is always set as text, never
// as HTML.
"use strict";

const PAGE = 25;
const ALERTS = 10;
const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const state = {offset: 0, interval: "month", chosen: null, world: null, generation: 0};

// --- the API -----------------------------------------------------------------------------------

async function api(path, params) {
  const query = params ? `?${params}` : "";
  const response = await fetch(`/v1/${path}${query}`, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.detail || response.statusText);
    error.status = response.status;
    error.parameter = body.parameter;
    throw error;
  }
  return body;
}

function filterParams() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const name of ["since", "until", "country", "actor", "place", "q"]) {
    const value = (data.get(name) || "").trim();
    if (value) params.set(name, value);
  }
  const types = data.getAll("type");
  if (types.length) params.set("type", types.join(","));
  const quads = data.getAll("quad_class");
  if (quads.length) params.set("quad_class", quads.join(","));
  const confidence = Number(data.get("min_confidence"));
  if (confidence > 0) params.set("min_confidence", String(confidence));
  return params;
}

function withParams(base, extra) {
  const params = new URLSearchParams(base);
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params;
}

// What the counts count: incidents, each once however many articles report it (an event stored
// without an incident is one of its own).
function count(row) {
  return row.incidents;
}

// --- panels ------------------------------------------------------------------------------------

function size(svg) {
  const box = svg.node().getBoundingClientRect();
  return {width: Math.max(box.width, 200), height: Math.max(box.height, 120)};
}

function drawTimeline(rows) {
  const svg = d3.select("#timeline");
  svg.selectAll("*").remove();
  const {width, height} = size(svg);
  const margin = {top: 8, right: 8, bottom: 22, left: 40};
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const byPeriod = new Map(periods.map((p) => [p, {period: p, 1: 0, 2: 0, 3: 0, 4: 0}]));
  for (const r of rows) if (r.quad_class) byPeriod.get(r.period)[r.quad_class] += count(r);
  const stacked = d3.stack().keys([1, 2, 3, 4])([...byPeriod.values()]);
  const x = d3.scaleBand().domain(periods).range([margin.left, width - margin.right]).padding(0.1);
  const top = d3.max(stacked, (layer) => d3.max(layer, (d) => d[1])) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  svg.append("g").selectAll("g").data(stacked).join("g").attr("class", (d) => `bar q${d.key}`)
    .selectAll("rect").data((d) => d).join("rect")
    .attr("x", (d) => x(d.data.period)).attr("width", x.bandwidth())
    .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
    .append("title").text((d) => `${d.data.period}: ${d[1] - d[0]}`);
  const ticks = periods.filter((_, i) => i % Math.ceil(periods.length / 10 || 1) === 0);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(ticks).tickFormat((p) => p.slice(0, state.interval === "year" ? 4 : state.interval === "month" ? 7 : 10)));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(4));
  const total = d3.sum(rows, count);
  svg.attr("data-total", total).attr("data-bars", periods.length);
}

async function drawMap(rows) {
  const svg = d3.select("#map");
  svg.selectAll("*").remove();
  const {width, height} = size(svg);
  if (!state.world) state.world = await d3.json("/static/vendor/world-atlas/countries-110m.json");
  const countries = topojson.feature(state.world, state.world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], {type: "Sphere"});
  const path = d3.geoPath(projection);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path);
  const radius = d3.scaleSqrt().domain([0, d3.max(rows, count) || 1]).range([0, 18]);
  svg.append("g").selectAll("circle").data(rows).join("circle").attr("class", "spot")
    .attr("cx", (r) => projection([r.lon, r.lat])[0]).attr("cy", (r) => projection([r.lon, r.lat])[1])
    .attr("r", (r) => Math.max(2, radius(count(r))))
    .append("title").text((r) => `${r.place}${r.place_country ? " (" + r.place_country + ")" : ""}: ${count(r)}`);
  svg.attr("data-points", rows.length).attr("data-total", d3.sum(rows, count));
}

function drawNetwork(rows) {
  const svg = d3.select("#network");
  svg.selectAll("*").remove();
  const {width, height} = size(svg);
  const names = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
  const nodes = names.map((id) => ({id}));
  const links = rows.map((r) => ({source: r.source, target: r.target, events: count(r)}));
  const widthOf = d3.scaleSqrt().domain([0, d3.max(rows, count) || 1]).range([0.5, 6]);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(50))
    .force("charge", d3.forceManyBody().strength(-60))
    .force("x", d3.forceX(width / 2).strength(0.1))
    .force("y", d3.forceY(height / 2).strength(0.1))
    .stop();
  for (let i = 0; i < 200; i++) simulation.tick();
  const clamp = (v, hi) => Math.max(12, Math.min(hi - 12, v));
  svg.append("g").selectAll("line").data(links).join("line").attr("class", "link")
    .attr("x1", (d) => clamp(d.source.x, width)).attr("y1", (d) => clamp(d.source.y, height))
    .attr("x2", (d) => clamp(d.target.x, width)).attr("y2", (d) => clamp(d.target.y, height))
    .attr("stroke-width", (d) => widthOf(d.events))
    .append("title").text((d) => `${d.source.id} → ${d.target.id}: ${d.events}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
    .attr("transform", (d) => `translate(${clamp(d.x, width)},${clamp(d.y, height)})`);
  node.append("circle").attr("r", 5);
  node.append("text").attr("x", 7).attr("y", 3).text((d) => d.id);
  svg.attr("data-links", links.length);
}

// Alerts count by day, week or month: the timeline's interval, a year read as months.
function alertPeriod() {
  return state.interval === "year" ? "month" : state.interval;
}

function drawAlerts(body) {
  // Spikes of material conflict under the filters in force, the latest first.
  const box = document.getElementById("alerts");
  box.replaceChildren();
  const period = alertPeriod();
  document.getElementById("alerts-period").textContent = `per ${period}`;
  const list = document.createElement("ul");
  for (const alert of body.items) {
    const item = document.createElement("li");
    item.dataset.key = alert.key;
    item.dataset.period = alert.period;
    const usual = `usually ${alert.median}, score ${alert.score}`;
    item.textContent = `${alert.period} · ${alert.key}: ${alert.count} material-conflict incidents (${usual})`;
    list.append(item);
  }
  if (body.items.length) box.append(list);
  else box.append(note(`No alerts: no ${period} of material conflict stands out from its history under these filters.`));
  if (body.next != null) box.append(note(`${body.total - body.items.length} more: narrow the filters to see them.`));
  box.dataset.total = body.total;
  box.dataset.shown = body.items.length;
}

function note(text) {
  const p = document.createElement("p");
  p.className = "note";
  p.textContent = text;
  return p;
}

function party(name, code) {
  return code ? `${name || code} (${code})` : name || "?";
}

function incidentRow(row) {
  // An incident as a table row: its representative report stands for it in the article view.
  const killed = row.fatalities_min == null ? "" : row.fatalities_min === row.fatalities_max
    ? row.fatalities_min : `${row.fatalities_min}–${row.fatalities_max}`;
  return {
    ...row, date: row.first_day === row.last_day ? row.first_day : `${row.first_day} – ${row.last_day}`,
    fatalities: killed, confidence: null,
    reports: `${row.mentions} reports, ${row.articles} articles, ${row.sources} outlets`,
  };
}

function drawTable(body) {
  const tbody = document.querySelector("#events tbody");
  tbody.replaceChildren();
  for (const raw of body.items) {
    const row = incidentRow(raw);
    const tr = document.createElement("tr");
    tr.dataset.article = row.article_id;
    tr.dataset.event = row.event_id;
    tr.dataset.type = row.type;
    if (state.chosen && state.chosen.article === row.article_id && state.chosen.event === row.event_id) tr.className = "chosen";
    const badge = document.createElement("span");
    badge.className = `badge q${row.quad_class || 0}`;
    badge.textContent = row.type;
    badge.title = QUAD_NAMES[row.quad_class] || "";
    const cells = [
      row.date || row.published || "",
      badge,
      `${party(row.source_name, row.source_code)} → ${party(row.target_name, row.target_code)}`,
      row.place ? `${row.place}${row.place_country ? " (" + row.place_country + ")" : ""}` : "",
      row.fatalities ?? "",
      row.confidence != null ? row.confidence.toFixed(2) : row.mentions ?? "",
    ];
    cells.forEach((value, i) => {
      const td = document.createElement("td");
      if (i >= 4) td.className = "num";
      if (value instanceof Node) td.append(value); else td.textContent = String(value);
      tr.append(td);
    });
    if (row.reports) tr.title = row.reports;
    tr.addEventListener("click", () => chooseEvent(row.article_id, row.event_id));
    tbody.append(tr);
  }
  const shown = body.items.length ? `${body.offset + 1}–${body.offset + body.items.length}` : "0";
  document.getElementById("page-info").textContent = `${shown} of ${body.total}`;
  document.getElementById("prev").disabled = body.offset === 0;
  document.getElementById("next").disabled = body.next == null;
  document.getElementById("events").dataset.total = body.total;
}

// --- the article, its evidence lit up --------------------------------------------------------------

const FIELD_CLASSES = ["evidence", "trigger", "source", "target", "date", "place"];

function segments(text, marks) {
  // Cut the text at every mark's edge; each piece carries the classes of the marks over it.
  const edges = new Set([0, text.length]);
  for (const m of marks) { edges.add(Math.max(0, Math.min(text.length, m.start))); edges.add(Math.max(0, Math.min(text.length, m.end))); }
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const classes = marks.filter((m) => m.start <= start && end <= m.end).map((m) => m.cls);
    pieces.push({text: text.slice(start, end), classes: [...new Set(classes)]});
  }
  return pieces;
}

function renderArticle(article, eventId) {
  const box = document.getElementById("article");
  box.replaceChildren();
  const title = document.createElement("h3");
  title.textContent = article.title || "(untitled)";
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [article.published, article.url, `id ${article.id}`].filter(Boolean).join(" · ");
  const choices = document.createElement("div");
  choices.className = "event-choices";
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  for (const event of article.events) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.event = event.id;
    const who = (p) => (p.actor && actors.get(p.actor) ? actors.get(p.actor).name : p.text || "?");
    button.textContent = `${event.type}: ${who(event.source)} → ${who(event.target)}`;
    if (event.id === eventId) button.className = "chosen";
    button.addEventListener("click", () => chooseEvent(article.id, event.id, article));
    choices.append(button);
  }
  const marks = [];
  const spans = article.spans.events[eventId] || {};
  for (const field of FIELD_CLASSES) for (const [start, end] of spans[field] || []) marks.push({start, end, cls: `ev-${field}`});
  for (const q of article.spans.quotes) {
    for (const [start, end] of q.quote) marks.push({start, end, cls: "quote"});
    for (const [start, end] of q.speaker) marks.push({start, end, cls: "speaker"});
  }
  const text = document.createElement("div");
  text.className = "text";
  for (const piece of segments(article.text, marks)) {
    if (!piece.classes.length) { text.append(piece.text); continue; }
    const span = document.createElement(piece.classes.includes("ev-evidence") ? "mark" : "span");
    span.className = piece.classes.join(" ");
    span.textContent = piece.text;
    text.append(span);
  }
  const legend = document.createElement("p");
  legend.className = "marks-legend";
  for (const [cls, label] of [["ev-evidence", "evidence"], ["ev-trigger", "act"], ["ev-source", "source"], ["ev-target", "target"], ["ev-date", "date"], ["ev-place", "place"], ["quote", "quote"], ["speaker", "speaker"]]) {
    const span = document.createElement("span");
    span.className = cls;
    span.textContent = label;
    legend.append(span);
  }
  box.append(title, meta, choices, legend, text);
  box.dataset.article = article.id;
  box.dataset.event = eventId || "";
}

async function chooseEvent(articleId, eventId, loaded) {
  state.chosen = {article: articleId, event: eventId};
  for (const tr of document.querySelectorAll("#events tbody tr")) {
    tr.classList.toggle("chosen", tr.dataset.article === articleId && tr.dataset.event === eventId);
  }
  const article = loaded || await api(`articles/${encodeURIComponent(articleId)}`, "");
  renderArticle(article, eventId);
}

// --- refreshing --------------------------------------------------------------------------------

function showError(error) {
  const box = document.getElementById("filter-error");
  box.hidden = !error;
  box.textContent = error ? error.message : "";
}

async function refresh(resetPage) {
  if (resetPage) state.offset = 0;
  const generation = ++state.generation;
  const params = filterParams();
  try {
    const [page, timeline, places, dyads, alerts] = await Promise.all([
      api("incidents", withParams(params, {limit: PAGE, offset: state.offset})),
      api("events/timeline", withParams(params, {interval: state.interval})),
      api("events/places", withParams(params, {limit: 500})),
      api("events/dyads", withParams(params, {limit: 40})),
      api("alerts", withParams(params, {period: alertPeriod(), limit: ALERTS})),
    ]);
    if (generation !== state.generation) return;  // a later change has overtaken this one
    showError(null);
    drawTable(page);
    drawTimeline(timeline.items);
    await drawMap(places.items);
    drawNetwork(dyads.items);
    drawAlerts(alerts);
    document.body.dataset.ready = String(generation);
  } catch (error) {
    showError(error);
    document.body.dataset.ready = String(generation);
  }
}

async function start() {
  const summary = await api("summary", "");
  document.getElementById("store-summary").textContent =
    `${summary.n_articles} articles · ${summary.n_events} events · ${summary.n_quotes} quotes`;
  const select = document.querySelector("#filters select[name=type]");
  for (const [type, count] of Object.entries(summary.events_by_type)) {
    const option = document.createElement("option");
    option.value = type;
    option.textContent = `${type} (${count})`;
    select.append(option);
  }
  const form = document.getElementById("filters");
  let typing = null;
  form.addEventListener("input", (e) => {
    if (e.target.name === "min_confidence") form.elements.confidence_shown.value = e.target.value;
    clearTimeout(typing);
    typing = setTimeout(() => refresh(true), e.target.type === "text" || e.target.type === "search" ? 300 : 0);
  });
  form.addEventListener("reset", () => setTimeout(() => { form.elements.confidence_shown.value = "0"; refresh(true); }, 0));
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(true); });
  document.getElementById("interval").addEventListener("change", (e) => { state.interval = e.target.value; refresh(false); });
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(false); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh(false); });
  await refresh(true);
}

start().catch(showError);
