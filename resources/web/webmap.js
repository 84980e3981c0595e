// The exported web page's script (resources/web/webmap.html): draws the territory's network
// with sigma.js on a graphology graph, its places with Leaflet, and the search, filters,
// cards, communities, paths, key figures, problems and actions around them.
//
// The data (core/io/htmlexport.cpp writes it into <script id="maillage-data">):
//   lang, title, source (the "Exported … on …" line), anonymized, tiles (a tile URL template or
//   null: no request is made), tilesAttribution, strings (the page's texts, translated; phrases
//   with a number are [one, other] with "%1" for the number),
//   categories [id, name, colour, shape], linkTypes [id, name, colour, line style, directed],
//   tags [id, name, colour], fields [id, name, type],
//   actors {i id, n name, c category, x, y, o organisation, r role, m commune, d description,
//           w website, p person, k community, s influence 0–5, t [tag ids],
//           f {field id: value as shown}, g [latitude, longitude]},
//   links [id, source, target, link type, strength 1–5],
//   communities [number, name, size], problems {title, status, open, severity, theme,
//   description, actors [[actor id, role]]}, actions {title, status, description, lead,
//   partners [actor ids]}, figures [value, caption, detail].
//
// window.maillage exposes the page's state to tests and to whoever scripts the page:
// ready, drawnAt (ms from navigation to sigma's first drawing), shownAt (ms from navigation to
// the next frame, which begins only once the browser has put that drawing on screen), timings (ms from navigation to
// the script's start, the graph built, sigma set up), sigma (the renderer), shown (actors,
// links), searchMatches, errors.
(function () {
  "use strict";

  const state = {
    timings: { script: performance.now() }, ready: false, drawnAt: null, shownAt: null, shown: { actors: 0, links: 0 }, searchMatches: 0,
    errors: [], pathLength: null,
  };
  window.maillage = state;
  window.addEventListener("error", (e) => state.errors.push(String(e.message)));

  const data = JSON.parse(document.getElementById("maillage-data").textContent);
  const S = data.strings;
  const lang = data.lang;
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  /** A phrase with a number: the data's strings hold its two forms, [one, other], with "%1"
   *  for the number; the language's plural rule picks one (French: 0 and 1 take "one"). */
  function count(key, n) {
    const forms = S[key];
    return (plurals.select(n) === "one" ? forms[0] : forms[1]).replace("%1", numbers.format(n));
  }
  /** Lower case without accents: "École" and "ecole" compare equal. */
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae").toLowerCase();
  }
  /** An element with attributes and children (strings become text, never HTML). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  // ---- The data, indexed -------------------------------------------------------------------
  const categories = new Map(data.categories.map(([id, name, color, shape]) => [id, { id, name, color, shape }]));
  const linkTypes = new Map(data.linkTypes.map(([id, name, color, style, directed]) => [id, { id, name, color, style, directed }]));
  const tags = new Map(data.tags.map(([id, name, color]) => [id, { id, name, color }]));
  const fields = new Map(data.fields.map(([id, name, type]) => [id, { id, name, type }]));
  const actors = new Map(data.actors.map((a) => [a.i, a]));
  const links = data.links.map(([id, s, t, type, strength]) => ({ id, s, t, type, strength }));
  /** What the search looks in, folded; made at the first search, not before the first frame. */
  function searchKey(a) {
    if (a.key === undefined) a.key = fold([a.n, a.o, a.r, a.m].filter(Boolean).join(" "));
    return a.key;
  }
  const linksOf = new Map();
  for (const l of links) {
    for (const end of [l.s, l.t]) {
      if (!linksOf.has(end)) linksOf.set(end, []);
      linksOf.get(end).push(l);
    }
  }

  // ---- Header, tabs, footer ----------------------------------------------------------------
  document.getElementById("title").textContent = data.title;
  document.getElementById("source").textContent = data.source;
  const hasPlaces = data.actors.some((a) => a.g);
  const tabs = [["network", S.network], ["places", S.places], ["figures", S.figures],
    ["problems", S.problems], ["actions", S.actions]].filter(([id]) => id !== "places" || hasPlaces);
  const tabBar = document.getElementById("tabs");
  function showTab(id) {
    for (const [t] of tabs) {
      document.getElementById("view-" + t).hidden = t !== id;
      document.getElementById("tab-" + t).setAttribute("aria-selected", String(t === id));
    }
    if (id === "places") drawPlaces();
    if (id === "network" && renderer) renderer.refresh();
  }
  for (const [id, label] of tabs)
    tabBar.append(el("button", { id: "tab-" + id, role: "tab", type: "button", "aria-controls": "view-" + id,
      onclick: () => showTab(id), text: label }));

  // ---- Shapes: each category's outline, for the legend and the map ---------------------------
  const shapePaths = {
    square: "M10 10H90V90H10Z",
    diamond: "M50 2L98 50L50 98L2 50Z",
    triangle: "M50 6L96 92H4Z",
    hexagon: "M27 8H73L96 50L73 92H27L4 50Z",
    star: "M50 3L62 37L98 37L69 59L80 95L50 73L20 95L31 59L2 37L38 37Z",
  };
  // Actors other than circles are drawn by one sigma.js node program, "shape", whose fragment
  // shader cuts the category's shape out of the node's square: the outlines above, written
  // into the shader as the edges of convex polygons (the star by the sector between two of
  // its inner corners). No pictures to load, so the map is drawn once, not again when they
  // arrive, and no texture atlas for a browser without a graphics card to build.
  const shapeNames = Object.keys(shapePaths);
  function polygonOf(path) {
    // "M50 2L98 50…Z" (absolute M, L, H, V) → [[x, y]…] in the node's square: centre 0,
    // half-side 1, y up.
    const points = [];
    let x = 0, y = 0;
    for (const [, command, args] of path.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
      const n = args.trim().split(/[ ,]+/).filter(Boolean).map(Number);
      if (command === "M" || command === "L") [x, y] = n;
      else if (command === "H") x = n[0];
      else if (command === "V") y = n[0];
      else continue;
      points.push([(x - 50) / 50, (50 - y) / 50]);
    }
    return points;
  }
  function edgeDistances(points, inside) {
    // The signed distance to the line of each edge, as GLSL, positive on the side away from
    // the point `inside`.
    return points.map((a, k) => {
      const b = points[(k + 1) % points.length];
      let nx = b[1] - a[1], ny = a[0] - b[0];
      const len = Math.hypot(nx, ny);
      nx /= len; ny /= len;
      let c = nx * a[0] + ny * a[1];
      if (nx * inside[0] + ny * inside[1] - c > 0) { nx = -nx; ny = -ny; c = -c; }
      return `dot(p, vec2(${nx.toFixed(5)}, ${ny.toFixed(5)})) ${c < 0 ? "+" : "-"} ${Math.abs(c).toFixed(5)}`;
    });
  }
  function shapeDistance(name) {
    const points = polygonOf(shapePaths[name]);
    const centre = [0, -0.05];  // inside every shape, and the star's centre
    if (name !== "star")  // convex: the largest distance to an edge, ≤ 0 inside
      return `d = ${edgeDistances(points, centre).reduce((t, e) => `max(${t}, ${e})`)};`;
    // The star: in the sector between the rays to two inner corners, the distance to the
    // spike's two edges (continuous from one sector to the next, so no seam is drawn).
    const cross = (u, v) => u[0] * v[1] - u[1] * v[0];
    const rel = (q) => [q[0] - centre[0], q[1] - centre[1]];
    const ray = (u, sign) => `${sign.toFixed(1)} * (${u[0].toFixed(5)} * q.y - ${u[1].toFixed(5)} * q.x)`;
    const parts = [];
    for (let k = 0; k < points.length; k += 2) {
      const before = points[(k + points.length - 1) % points.length], tip = points[k], after = points[k + 1];
      const a = rel(before), b = rel(after), t = rel(tip);
      const sa = Math.sign(cross(a, t)), sb = Math.sign(cross(b, t));
      const [e1, e2] = edgeDistances([before, tip, after], centre);
      parts.push(`if (${ray(a, sa)} >= 0.0 && ${ray(b, sb)} >= 0.0) d = max(${e1}, ${e2});`);
    }
    return `vec2 q = p - vec2(${centre[0].toFixed(2)}, ${centre[1].toFixed(2)}); ${parts.join(" else ")}`;
  }
  // How far each shape reaches from the node's centre (1 = the circle's radius): the triangle
  // sigma draws round the node is made just large enough to hold it.
  const shapeReach = shapeNames.map((name) =>
    Math.max(...polygonOf(shapePaths[name]).map(([x, y]) => Math.hypot(x, y))));
  const SHAPE_VERTEX = `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;
attribute float a_shape;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
const float bias = 255.0 / 254.0;
void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // An equilateral triangle whose inscribed circle holds the shape (its vertices twice as far
  // from the centre as the shape reaches), with room for the antialiased border.
  float reach = 1.0;
${shapeReach.map((r, k) => `  if (abs(a_shape - ${k + 1}.0) < 0.5) reach = ${r.toFixed(3)};`).join("\n")}
  vec2 diffVector = radius * (2.0 * reach + 0.3) * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}`;
  const SHAPE_FRAGMENT = `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
uniform float u_correctionRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  vec2 p = v_diffVector / v_radius;
  float d = length(p) - 1.0;
${shapeNames.map((name, k) => `  if (abs(v_shape - ${k + 1}.0) < 0.5) { ${shapeDistance(name)} }`).join("\n")}
  float border = u_correctionRatio * 2.0;
  float dist = d * v_radius + border;
  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float t = dist > border ? 1.0 : (dist > 0.0 ? dist / border : 0.0);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}`;
  function shapeProgram() {
    const Circle = Sigma.rendering.NodeCircleProgram;
    return class NodeShapeProgram extends Circle {
      getDefinition() {
        const d = super.getDefinition();
        return { ...d, VERTEX_SHADER_SOURCE: SHAPE_VERTEX, FRAGMENT_SHADER_SOURCE: SHAPE_FRAGMENT,
          ATTRIBUTES: [...d.ATTRIBUTES, { name: "a_shape", size: 1, type: WebGLRenderingContext.FLOAT }] };
      }
      processVisibleItem(nodeIndex, start, data) {
        super.processVisibleItem(nodeIndex, start, data);
        this.array[start + 5] = data.shape || 0;
      }
    };
  }
  function legendShape(shape, color) {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 100 100");
    svg.setAttribute("class", "swatch");
    svg.setAttribute("aria-hidden", "true");
    const p = document.createElementNS("http://www.w3.org/2000/svg", shape in shapePaths ? "path" : "circle");
    if (shape in shapePaths) p.setAttribute("d", shapePaths[shape]);
    else { p.setAttribute("cx", 50); p.setAttribute("cy", 50); p.setAttribute("r", 46); }
    p.setAttribute("fill", color);
    svg.append(p);
    return svg;
  }

  // ---- The graph ------------------------------------------------------------------------------
  const graph = new graphology.MultiGraph();
  const many = data.actors.length > 2000;
  // Actors without a position go round the network, on a circle outside it.
  const placed = data.actors.filter((a) => a.x !== undefined);
  let minX = 0, maxX = 1, minY = 0, maxY = 1;
  if (placed.length) {
    minX = Math.min(...placed.map((a) => a.x)); maxX = Math.max(...placed.map((a) => a.x));
    minY = Math.min(...placed.map((a) => a.y)); maxY = Math.max(...placed.map((a) => a.y));
  }
  const unplaced = data.actors.filter((a) => a.x === undefined);
  const radius = Math.max(maxX - minX, maxY - minY, 100) * 0.6;
  unplaced.forEach((a, k) => {
    const angle = (2 * Math.PI * k) / unplaced.length;
    a.x = (minX + maxX) / 2 + radius * Math.cos(angle);
    a.y = (minY + maxY) / 2 + radius * Math.sin(angle);
  });
  for (const a of data.actors) {
    const c = categories.get(a.c);
    const shape = c && c.shape in shapePaths ? c.shape : null;
    graph.addNode(String(a.i), {
      label: a.n, x: a.x, y: -a.y, // Maillage's y points down, sigma's up
      size: (many ? 2 : 4) + (a.s || 0) * (many ? 0.5 : 1.2),
      color: c ? c.color : "#808080",
      // Circles by sigma's own program (the cheapest to draw), the other shapes by "shape".
      type: shape ? "shape" : "circle",
      shape: shape ? shapeNames.indexOf(shape) + 1 : 0,
    });
  }
  for (const l of links) {
    const t = linkTypes.get(l.type);
    graph.addDirectedEdgeWithKey(String(l.id), String(l.s), String(l.t), {
      color: t ? t.color : "#999999",
      size: (many ? 0.3 : 0.6) + l.strength * (many ? 0.1 : 0.35),
      // Above 2 000 actors a link is thinner than a pixel and an arrowhead a pixel wide: large
      // maps draw every link as a one-pixel line ("thin", WebGL's own lines), which costs a
      // browser without a graphics card seconds less to draw (the legend still says which
      // types are directed).
      type: many ? "thin" : t && t.directed ? "arrow" : "line",
    });
  }

  state.timings.graph = performance.now();

  // ---- What is shown: filters, search, highlight ---------------------------------------------
  const filter = {
    categories: new Set([...categories.keys(), 0]), linkTypes: new Set([...linkTypes.keys(), 0]),
    tag: null, field: null, value: null,
  };
  const visibleActors = new Set();
  const visibleLinks = new Set();
  let found = null;        // Set of actor ids the search finds, null when there is no search
  let emphasis = null;     // { actors: Set, links: Set } of a community or a path, or null
  let selected = null;     // the actor whose card is open

  function actorShown(a) {
    if (!filter.categories.has(a.c || 0)) return false;
    if (filter.tag !== null && !(a.t || []).includes(filter.tag)) return false;
    if (filter.field !== null) {
      const v = (a.f || {})[filter.field];
      if (filter.value === null ? v === undefined : v !== filter.value) return false;
    }
    return true;
  }
  function applyFilters() {
    visibleActors.clear();
    visibleLinks.clear();
    for (const a of data.actors) if (actorShown(a)) visibleActors.add(a.i);
    for (const l of links)
      if (filter.linkTypes.has(linkTypes.has(l.type) ? l.type : 0) && visibleActors.has(l.s) && visibleActors.has(l.t))
        visibleLinks.add(l.id);
    state.shown = { actors: visibleActors.size, links: visibleLinks.size };
    document.getElementById("status").textContent =
      count("actorsShown", visibleActors.size) + ", " + count("linksShown", visibleLinks.size);
    runSearch();
    if (renderer) renderer.refresh();
    if (placesLayer) drawPlaces();
  }

  const searchInput = document.getElementById("search");
  const searchResult = document.getElementById("search-result");
  function runSearch() {
    const q = fold(searchInput.value.trim());
    searchResult.replaceChildren();
    if (!q) { found = null; state.searchMatches = 0; if (renderer) renderer.refresh(); return; }
    found = new Set();
    for (const a of data.actors) if (visibleActors.has(a.i) && searchKey(a).includes(q)) found.add(a.i);
    state.searchMatches = found.size;
    searchResult.append(count("matches", found.size));
    const list = el("ul", { class: "items" });
    [...found].slice(0, 12).forEach((id) => list.append(el("li", {}, actorLink(id))));
    searchResult.append(list);
    if (renderer) renderer.refresh();
  }
  searchInput.addEventListener("input", runSearch);

  const dim = "#e6e8ea";
  const FAINT_EDGE = "#eef0f1";
  function nodeReducer(node, attrs) {
    const id = Number(node);
    if (!visibleActors.has(id)) return { ...attrs, hidden: true };
    const r = { ...attrs };
    const lit = (found === null || found.has(id)) && (emphasis === null || emphasis.actors.has(id));
    if (!lit) { r.color = dim; r.label = ""; r.zIndex = 0; }
    else if (found !== null || emphasis !== null) { r.highlighted = true; r.zIndex = 1; r.forceLabel = found !== null && found.size < 50; }
    if (id === selected) { r.highlighted = true; r.forceLabel = true; }
    return r;
  }
  function edgeReducer(edge, attrs) {
    const id = Number(edge);
    if (!visibleLinks.has(id)) return { ...attrs, hidden: true };
    if (emphasis !== null && !emphasis.links.has(id)) return { ...attrs, color: FAINT_EDGE };
    if (emphasis !== null) return { ...attrs, size: attrs.size + 1.5, zIndex: 1 };
    if (found !== null) return { ...attrs, color: FAINT_EDGE };
    return attrs;
  }

  // ---- Sigma ---------------------------------------------------------------------------------
  let renderer = null;
  const container = document.getElementById("graph");
  try {
    renderer = new Sigma(graph, container, {
      nodeProgramClasses: { shape: shapeProgram() },
      edgeProgramClasses: { thin: Sigma.rendering.EdgeLineProgram },
      nodeReducer, edgeReducer, zIndex: true,
      renderEdgeLabels: false, labelRenderedSizeThreshold: many ? 9 : 5,
      hideEdgesOnMove: many, labelDensity: 0.5,
      defaultEdgeType: "line",
    });
  } catch (e) {
    state.errors.push("sigma: " + e.message);
    container.append(el("p", { class: "note", text: e.message }));
  }
  state.timings.sigma = performance.now();

  // Maps of more than 1 000 actors and links pan as a picture: redrawing them at every mouse
  // move is what makes a browser without a graphics card stutter, so while the stage is dragged the drawn
  // layers only slide with the mouse (a compositor transform, nothing redrawn) and the camera
  // follows once, when the button is released. Small maps pan live, as sigma does.
  const panAsPicture = { active: false, justDragged: false, x0: 0, y0: 0, dx: 0, dy: 0 };
  if (renderer && data.actors.length + data.links.length > 1000) {
    const layers = () => container.querySelectorAll("canvas");
    const slide = (dx, dy) => { for (const c of layers()) c.style.transform = dx || dy ? `translate(${dx}px, ${dy}px)` : ""; };
    renderer.on("downStage", ({ event }) => {
      Object.assign(panAsPicture, { active: true, justDragged: false, x0: event.x, y0: event.y, dx: 0, dy: 0 });
    });
    // Capture at the window, before sigma's own listeners: a drag never reaches sigma.
    window.addEventListener("mousemove", (e) => {
      if (!panAsPicture.active) return;
      const box = container.getBoundingClientRect();
      panAsPicture.dx = e.clientX - box.left - panAsPicture.x0;
      panAsPicture.dy = e.clientY - box.top - panAsPicture.y0;
      slide(panAsPicture.dx, panAsPicture.dy);
      e.stopPropagation();
    }, true);
    window.addEventListener("mouseup", () => {
      if (!panAsPicture.active) return;
      panAsPicture.active = false;
      const { dx, dy } = panAsPicture;
      panAsPicture.justDragged = dx !== 0 || dy !== 0;
      if (!panAsPicture.justDragged) return;
      // The point now under the centre is the one that was dx, dy away from it.
      const { width, height } = renderer.getDimensions();
      const centre = renderer.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy });
      renderer.getCamera().setState({ x: centre.x, y: centre.y });
      renderer.once("afterRender", () => slide(0, 0));
      setTimeout(() => { panAsPicture.justDragged = false; }, 0);
    }, true);
  }
  state.sigma = renderer;
  if (renderer) {
    renderer.once("afterRender", () => {
      state.drawnAt = performance.now();
      requestAnimationFrame(() => { state.shownAt = performance.now(); });
    });
    renderer.on("clickNode", ({ node }) => openCard(Number(node)));
    renderer.on("clickStage", () => { if (!panAsPicture.justDragged) closeCard(); });
    const camera = renderer.getCamera();
    document.getElementById("zoom").append(
      el("button", { type: "button", title: S.zoomIn, "aria-label": S.zoomIn, text: "+", onclick: () => camera.animatedZoom({ duration: 200 }) }),
      el("button", { type: "button", title: S.zoomOut, "aria-label": S.zoomOut, text: "−", onclick: () => camera.animatedUnzoom({ duration: 200 }) }),
      el("button", { type: "button", title: S.zoomFit, "aria-label": S.zoomFit, text: "⤢", onclick: () => camera.animatedReset({ duration: 200 }) }));
  }

  // ---- The actor's card ------------------------------------------------------------------------
  const card = document.getElementById("card");
  function actorLink(id) {
    const a = actors.get(id);
    return el("a", { class: "actor", href: "#", text: a ? a.n : "?",
      onclick: (e) => { e.preventDefault(); openCard(id, true); } });
  }
  function openCard(id, focus) {
    const a = actors.get(id);
    if (!a) return;
    selected = id;
    const c = categories.get(a.c);
    const facts = el("dl");
    const fact = (term, value) => { if (value) facts.append(el("dt", { text: term }), el("dd", {}, value)); };
    fact(S.category, c ? c.name : S.noCategory);
    fact(S.role, a.r);
    fact(S.organisation, a.o);
    fact(S.commune, a.m);
    if (a.w) fact(S.website, el("a", { href: a.w, rel: "noreferrer noopener", target: "_blank", text: a.w }));
    if (a.t && a.t.length) fact(S.tags, a.t.map((t) => (tags.get(t) || {}).name).filter(Boolean).join(", "));
    for (const [fid, value] of Object.entries(a.f || {})) fact((fields.get(Number(fid)) || {}).name, value);
    const linkList = el("ul");
    for (const l of linksOf.get(id) || []) {
      const other = l.s === id ? l.t : l.s;
      const t = linkTypes.get(l.type);
      linkList.append(el("li", {}, actorLink(other), t ? " (" + t.name + ")" : ""));
    }
    const part = el("ul");
    for (const p of data.problems)
      for (const [aid, role] of p.actors) if (aid === id) part.append(el("li", { text: p.title + " — " + role }));
    for (const x of data.actions) {
      if (x.lead === id) part.append(el("li", { text: x.title + " — " + S.lead.replace("%1", a.n) }));
      else if (x.partners.includes(id)) part.append(el("li", { text: x.title + " — " + x.status }));
    }
    card.replaceChildren(...[
      el("button", { class: "close", type: "button", "aria-label": S.close, title: S.close, text: "×", onclick: closeCard }),
      el("h2", { text: a.n }), facts,
      a.d ? el("p", { text: a.d }) : [],
      linkList.children.length ? [el("h3", { text: S.links }), linkList] : [],
      part.children.length ? [el("h3", { text: S.takesPart }), part] : []].flat());
    card.hidden = false;
    showTab("network");
    if (renderer && focus && visibleActors.has(id)) {
      const pos = renderer.getNodeDisplayData(String(id));
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 300 });
    }
    if (renderer) renderer.refresh();
    card.focus();
  }
  function closeCard() {
    card.hidden = true;
    selected = null;
    if (renderer) renderer.refresh();
  }
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeCard(); });

  // ---- Filters ---------------------------------------------------------------------------------
  const filters = document.getElementById("filters");
  filters.append(el("h2", { text: S.filters }));
  function checks(title, items, set, swatch) {
    const box = el("fieldset", { class: "checks" }, el("legend", { text: title }));
    for (const item of items) {
      const input = el("input", { type: "checkbox", checked: true, "data-id": item.id,
        onchange: (e) => { if (e.target.checked) set.add(item.id); else set.delete(item.id); applyFilters(); } });
      box.append(el("label", {}, input, swatch(item), item.name));
    }
    return box;
  }
  const usedCategory = new Set(data.actors.map((a) => a.c || 0));
  const categoryItems = [...categories.values()].filter((c) => usedCategory.has(c.id));
  if (usedCategory.has(0)) categoryItems.push({ id: 0, name: S.noCategory, color: "#808080", shape: "circle" });
  filters.append(checks(S.categories, categoryItems, filter.categories, (c) => legendShape(c.shape, c.color)));
  filters.lastChild.id = "filter-categories";
  const usedType = new Set(links.map((l) => (linkTypes.has(l.type) ? l.type : 0)));
  const typeItems = [...linkTypes.values()].filter((t) => usedType.has(t.id));
  filters.append(checks(S.linkTypes, typeItems, filter.linkTypes,
    (t) => el("span", { class: "line", style: `border-top-color:${t.color};border-top-style:${t.style === "dash" ? "dashed" : t.style === "dot" ? "dotted" : "solid"}` })));
  filters.lastChild.id = "filter-link-types";
  if (tags.size) {
    const select = el("select", { id: "filter-tag", onchange: (e) => { filter.tag = e.target.value ? Number(e.target.value) : null; applyFilters(); } },
      el("option", { value: "", text: S.anyTag }), [...tags.values()].map((t) => el("option", { value: t.id, text: t.name })));
    filters.append(el("label", { for: "filter-tag", text: S.tags }), select);
  }
  if (fields.size) {
    const values = el("select", { id: "filter-value", disabled: true,
      onchange: (e) => { filter.value = e.target.value === "" ? null : e.target.value; applyFilters(); } });
    const fieldSelect = el("select", { id: "filter-field", onchange: (e) => {
      filter.field = e.target.value ? e.target.value : null;
      filter.value = null;
      const distinct = new Set();
      if (filter.field !== null) for (const a of data.actors) { const v = (a.f || {})[filter.field]; if (v !== undefined) distinct.add(v); }
      values.replaceChildren(el("option", { value: "", text: S.anyValue }),
        [...distinct].sort((x, y) => x.localeCompare(y, lang, { numeric: true })).slice(0, 500).map((v) => el("option", { value: v, text: v })));
      values.disabled = filter.field === null;
      applyFilters();
    } }, el("option", { value: "", text: S.noField }), [...fields.values()].map((f) => el("option", { value: f.id, text: f.name })));
    filters.append(el("label", { for: "filter-field", text: S.field }), fieldSelect, values);
  }
  filters.append(el("button", { type: "button", id: "filter-reset", text: S.reset, onclick: () => {
    for (const input of filters.querySelectorAll("input[type=checkbox]")) input.checked = true;
    for (const select of filters.querySelectorAll("select")) select.value = "";
    categoryItems.forEach((c) => filter.categories.add(c.id));
    [...linkTypes.keys(), 0].forEach((t) => filter.linkTypes.add(t));
    document.getElementById("filter-value")?.setAttribute("disabled", "");
    filter.tag = filter.field = filter.value = null;
    applyFilters();
  } }));

  // ---- Highlight a community or a path ---------------------------------------------------------
  const highlight = document.getElementById("highlight");
  highlight.append(el("h2", { text: S.highlight }));
  if (data.communities.length) {
    const select = el("select", { id: "community", onchange: (e) => {
      const k = Number(e.target.value);
      if (!k) { emphasis = null; }
      else {
        const members = new Set(data.actors.filter((a) => a.k === k).map((a) => a.i));
        emphasis = { actors: members, links: new Set(links.filter((l) => members.has(l.s) && members.has(l.t)).map((l) => l.id)) };
      }
      if (renderer) renderer.refresh();
    } }, el("option", { value: "", text: S.noCommunity }),
      data.communities.map(([k, name, size]) => el("option", { value: k, text: `${k}. ${name} (${numbers.format(size)})` })));
    highlight.append(el("label", { for: "community", text: S.community }), select);
  }
  const names = el("datalist", { id: "actor-names" });
  if (data.actors.length <= 5000) for (const a of data.actors) names.append(el("option", { value: a.n }));
  const from = el("input", { type: "text", id: "path-from", list: "actor-names", autocomplete: "off" });
  const to = el("input", { type: "text", id: "path-to", list: "actor-names", autocomplete: "off" });
  const pathNote = el("p", { class: "hint", id: "path-note" });
  function byName(name) {
    const q = fold(name.trim());
    for (const a of data.actors) if (fold(a.n) === q) return a;
    return null;
  }
  /** The shortest path over the links shown (breadth first, in either direction). */
  function shortestPath(a, b) {
    const previous = new Map([[a, null]]);
    const queue = [a];
    for (let head = 0; head < queue.length && !previous.has(b); ++head) {
      const v = queue[head];
      for (const l of linksOf.get(v) || []) {
        if (!visibleLinks.has(l.id)) continue;
        const w = l.s === v ? l.t : l.s;
        if (!previous.has(w)) { previous.set(w, l); queue.push(w); }
      }
    }
    if (!previous.has(b)) return null;
    const path = { actors: new Set([b]), links: new Set(), order: [b] };
    for (let v = b; previous.get(v); ) {
      const l = previous.get(v);
      path.links.add(l.id);
      v = l.s === v ? l.t : l.s;
      path.actors.add(v);
      path.order.unshift(v);
    }
    return path;
  }
  highlight.append(el("label", { for: "path-from", text: S.pathFrom }), from,
    el("label", { for: "path-to", text: S.pathTo }), to, names,
    el("button", { type: "button", id: "path-show", text: S.showPath, onclick: () => {
      const a = byName(from.value), b = byName(to.value);
      if (!a || !b) { pathNote.textContent = S.unknownActor.replace("%1", !a ? from.value : to.value); return; }
      const path = visibleActors.has(a.i) && visibleActors.has(b.i) ? shortestPath(a.i, b.i) : null;
      if (!path) { emphasis = null; state.pathLength = null; pathNote.textContent = S.noPath; }
      else {
        emphasis = path;
        state.pathLength = path.links.size;
        pathNote.textContent = S.pathFound.replace("%1", path.order.map((id) => actors.get(id).n).join(" → "));
      }
      if (renderer) renderer.refresh();
    } }),
    el("button", { type: "button", text: S.clear, onclick: () => {
      emphasis = null; state.pathLength = null; pathNote.textContent = "";
      const c = document.getElementById("community"); if (c) c.value = "";
      if (renderer) renderer.refresh();
    } }), pathNote);

  // ---- Legend ----------------------------------------------------------------------------------
  const legend = document.getElementById("legend");
  legend.append(el("h2", { text: S.legend }),
    el("ul", { class: "items" }, categoryItems.map((c) => el("li", {}, legendShape(c.shape, c.color), " ", c.name))),
    el("ul", { class: "items" }, typeItems.map((t) => el("li", {},
      el("span", { class: "line", style: `border-top-color:${t.color}` }), " ", t.name + (t.directed ? " →" : "")))));

  // ---- Key figures, problems, actions ----------------------------------------------------------
  document.getElementById("view-figures").append(el("h2", { text: S.figures }),
    el("div", { class: "figures" }, data.figures.map(([value, caption, detail]) =>
      el("div", { class: "figure" }, el("div", { class: "value", text: value }),
        el("div", { class: "caption", text: caption }), el("div", { class: "detail", text: detail })))),
    data.communities.length ? el("h2", { text: S.community }) : null,
    el("ol", { class: "communities" }, data.communities.slice(0, 30).map(([k, name, size]) =>
      el("li", { text: `${name} (${count("actorsShown", size)})` }))));
  const problemList = el("ul", { class: "items" }, data.problems.map((p) => el("li", {},
    el("strong", { text: p.title }),
    el("div", { class: "meta", text: [p.status, S.severity.replace("%1", p.severity), p.theme].filter(Boolean).join(" · ") }),
    p.description ? el("div", { text: p.description }) : null,
    p.actors.length ? el("div", {}, p.actors.flatMap(([id, role], k) => [k ? ", " : "", actorLink(id), " (" + role + ")"])) : null)));
  document.getElementById("view-problems").append(el("h2", { text: S.problems }),
    data.problems.length ? problemList : el("p", { text: S.noProblems }));
  const actionList = el("ul", { class: "items" }, data.actions.map((x) => el("li", {},
    el("strong", { text: x.title }), el("div", { class: "meta", text: x.status }),
    x.description ? el("div", { text: x.description }) : null,
    x.lead ? el("div", {}, S.lead.split("%1")[0], actorLink(x.lead), S.lead.split("%1")[1]) : null,
    x.partners.length ? el("div", {}, S.partners.split("%1")[0], x.partners.flatMap((id, k) => [k ? ", " : "", actorLink(id)])) : null)));
  document.getElementById("view-actions").append(el("h2", { text: S.actions }),
    data.actions.length ? actionList : el("p", { text: S.noActions }));

  // ---- The map of places (Leaflet) -------------------------------------------------------------
  let places = null, placesLayer = null;
  function drawPlaces() {
    if (!hasPlaces || document.getElementById("view-places").hidden) return;
    if (!places) {
      places = L.map("places", { preferCanvas: true, zoomControl: false, attributionControl: !!data.tiles });
      L.control.zoom({ zoomInTitle: S.zoomIn, zoomOutTitle: S.zoomOut }).addTo(places);
      if (data.tiles) L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.tilesAttribution }).addTo(places);
      document.getElementById("places-note").textContent =
        (data.tiles ? "" : S.mapNoTiles + " ") + (data.actors.some((a) => !a.g) ? S.placeless : "");
    }
    if (placesLayer) placesLayer.remove();
    placesLayer = L.layerGroup();
    const bounds = [];
    for (const a of data.actors) {
      if (!a.g || !visibleActors.has(a.i)) continue;
      const c = categories.get(a.c);
      const lit = found === null || found.has(a.i);
      L.circleMarker(a.g, { radius: 5 + (a.s || 0) * 0.6, color: "#ffffff", weight: 1,
        fillColor: lit ? (c ? c.color : "#808080") : dim, fillOpacity: 0.9 })
        .bindTooltip(a.n).on("click", () => openCard(a.i, true)).addTo(placesLayer);
      bounds.push(a.g);
    }
    placesLayer.addTo(places);
    places.invalidateSize();
    if (bounds.length) places.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
  }

  // ---- Start ---------------------------------------------------------------------------------
  document.getElementById("search-label").textContent = S.search;
  // A short placeholder that fits the side bar in every language; the whole hint as its title.
  searchInput.setAttribute("placeholder", S.searchPlaceholder);
  searchInput.setAttribute("title", S.searchHint);
  applyFilters();
  showTab("network");
  state.ready = true;
})();
