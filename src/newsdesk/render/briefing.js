// The briefing page's behaviour: cited passages, the timeline strip and filter, the actor
// network and the positions chart, all drawn from the briefing embedded as JSON.  Hand-written
// and dependency-free so the page works from a file:// URL with the network off.  Text from the
// data is only ever set as textContent, never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("briefing-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var articles = {};
  data.articles.forEach(function (a, i) { articles[a.id] = { n: i + 1, a: a }; });
  var names = {};
  data.actors.forEach(function (a) { names[a.id] = a.name; });
  ((data.network || {}).nodes || []).forEach(function (n) { names[n.id] = names[n.id] || n.name; });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function titled(node, text) { node.appendChild(svg("title", {}, text)); return node; }

  // ---------------------------------------------------------------- cited passages
  var box = document.getElementById("passage");
  var pinned = null;

  // The cited span with its paragraph around it (at most ~300 characters each side).
  function context(text, start, end) {
    var from = Math.max(0, start - 300), to = Math.min(text.length, end + 300);
    var before = text.lastIndexOf("\n\n", start - 1);
    if (before >= from) from = before + 2;
    var after = text.indexOf("\n\n", end);
    if (after !== -1 && after <= to) to = after;
    return { from: from, to: to };
  }

  function show(citation, anchor, pin) {
    var entry = articles[citation.article];
    if (!entry) return;
    var a = entry.a, start = +citation.start, end = +citation.end;
    var where = box.querySelector(".where"), body = box.querySelector(".text");
    where.textContent = "[" + entry.n + "] " + (a.outlet || "unknown outlet") + ", " +
      (a.published || "undated") + " — " + (a.title || "(untitled)") +
      " · characters " + start + "–" + end;
    body.textContent = "";
    var span = context(a.text, start, end);
    body.appendChild(document.createTextNode((span.from > 0 ? "…" : "") +
      a.text.slice(span.from, start)));
    body.appendChild(el("mark", { "class": "cited" }, a.text.slice(start, end)));
    body.appendChild(document.createTextNode(a.text.slice(end, span.to) +
      (span.to < a.text.length ? "…" : "")));
    box.hidden = false;
    box.dataset.article = citation.article;
    box.dataset.start = start;
    box.dataset.end = end;
    place(anchor);
    if (pin) pinned = anchor;
  }

  function place(anchor) {
    var r = anchor.getBoundingClientRect();
    var w = box.offsetWidth, h = box.offsetHeight;
    var left = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 8) top = Math.max(8, r.top - h - 6);
    box.style.left = left + "px";
    box.style.top = top + "px";
  }

  function hide() {
    box.hidden = true;
    if (pinned && pinned.classList) pinned.classList.remove("active");
    pinned = null;
  }

  function citationOf(chip) {
    return { article: chip.dataset.article, start: chip.dataset.start, end: chip.dataset.end };
  }

  document.addEventListener("mouseover", function (ev) {
    var chip = ev.target.closest && ev.target.closest(".cite");
    if (chip && !pinned) show(citationOf(chip), chip, false);
  });
  document.addEventListener("mouseout", function (ev) {
    var chip = ev.target.closest && ev.target.closest(".cite");
    if (chip && !pinned && !box.contains(ev.relatedTarget)) box.hidden = true;
  });
  document.addEventListener("focusin", function (ev) {
    var chip = ev.target.closest && ev.target.closest(".cite");
    if (chip && !pinned) show(citationOf(chip), chip, false);
  });
  document.addEventListener("click", function (ev) {
    var chip = ev.target.closest && ev.target.closest(".cite");
    if (chip) {
      ev.preventDefault();
      if (pinned === chip) { hide(); return; }
      if (pinned && pinned.classList) pinned.classList.remove("active");
      chip.classList.add("active");
      show(citationOf(chip), chip, true);
      return;
    }
    if (pinned && !box.contains(ev.target) && !ev.target.closest("svg")) hide();
  });
  box.querySelector(".close").addEventListener("click", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
  window.addEventListener("scroll", function () { if (!box.hidden && pinned) place(pinned); },
    true);

  // ---------------------------------------------------------------- dates
  function utc(y, m, d) { return Date.UTC(y, m - 1, d) / DAY; }
  // An ISO value as the days it covers [first, last], or null (seasons, durations...).
  function interval(value) {
    var m;
    if (value.indexOf("/") > 0) {  // a range "2019-08-24/2019-08-25"
      var ends = value.split("/").map(interval);
      return ends[0] && ends[1] ? [ends[0][0], ends[1][1]] : null;
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
      var d = utc(+m[1], +m[2], +m[3]);
      return [d, d];
    }
    if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
      var jan4 = utc(+m[1], 1, 4);
      var weekday = (new Date(jan4 * DAY).getUTCDay() + 6) % 7;
      var monday = jan4 - weekday + (+m[2] - 1) * 7;
      return [monday, monday + 6];
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
      return [utc(+m[1], +m[2], 1), utc(+m[1], +m[2] + 1, 1) - 1];
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
      var q = (+m[2] - 1) * 3 + 1;
      return [utc(+m[1], q, 1), utc(+m[1], q + 3, 1) - 1];
    }
    if ((m = /^(\d{4})$/.exec(value))) return [utc(+m[1], 1, 1), utc(+m[1] + 1, 1, 1) - 1];
    if ((m = /^(\d{3})X$/.exec(value))) {
      return [utc(+m[1] * 10, 1, 1), utc(+m[1] * 10 + 10, 1, 1) - 1];
    }
    return null;
  }
  function dayLabel(day, span) {
    var iso = new Date(day * DAY).toISOString();
    return span > 1100 ? iso.slice(0, 4) : span > 120 ? iso.slice(0, 7) : iso.slice(0, 10);
  }
  // Whole days spread evenly inside [lo, hi], clear of both edges (where labels would clip).
  function ticks(lo, hi, count) {
    var out = [], step = (hi - lo) / count;
    for (var k = 0; k < count; k++) {
      var d = Math.round(lo + step * (k + 0.5));
      if (out.indexOf(d) === -1) out.push(d);
    }
    return out;
  }

  // ---------------------------------------------------------------- timeline
  var strip = document.getElementById("tl-strip");
  var select = document.getElementById("tl-actor");
  var listItems = Array.prototype.slice.call(document.querySelectorAll(".tl-item"));
  var byIndex = {};
  listItems.forEach(function (li) { byIndex[li.dataset.index] = li; });

  function activeKinds() {
    var kinds = {};
    document.querySelectorAll(".tl-kind").forEach(function (box) {
      if (box.checked) kinds[box.value] = true;
    });
    return kinds;
  }

  function visible(item, actor, kinds) {
    return kinds[item.kind] && (!actor || (item.actors || []).indexOf(actor) !== -1);
  }

  function flash(li) {
    listItems.forEach(function (x) { x.classList.remove("hl"); });
    if (!li) return;
    li.classList.add("hl");
    li.scrollIntoView({ block: "nearest" });
  }

  function drawStrip(actor, kinds) {
    strip.textContent = "";
    var lanes = ["event", "statement", "dated"];
    var shown = [];
    data.timeline.forEach(function (item, i) {
      var span = interval(item.value);
      if (!item.historical && span && visible(item, actor, kinds)) {
        shown.push({ i: i, item: item, span: span });
      }
    });
    if (!shown.length) return;
    // The scale spans the items dated to a day, week or month near the coverage (two months
    // before the first article to one after the last) when there are any: a year, a decade or
    // last spring would squeeze them into a few pixels.  Coarser items are drawn clipped and
    // faded; items outside are counted at the ends.
    var fine = shown.filter(function (s) { return s.span[1] - s.span[0] <= 62; });
    var first = data.dates.first && interval(data.dates.first);
    var last = data.dates.last && interval(data.dates.last);
    var near = first && last ? fine.filter(function (s) {
      return s.span[1] >= first[0] - 60 && s.span[0] <= last[1] + 31;
    }) : [];
    var basis = near.length ? near : fine.length ? fine : shown;
    var lo = Math.min.apply(null, basis.map(function (s) { return s.span[0]; })) - 1;
    var hi = Math.max.apply(null, basis.map(function (s) { return s.span[1]; })) + 2;
    var later = shown.filter(function (s) { return s.span[0] > hi; }).length;
    var width = Math.max(320, strip.clientWidth || 600), left = 66, right = later ? 62 : 10;
    var scale = function (d) { return left + (d - lo) / (hi - lo) * (width - left - right); };
    var root = svg("svg", { viewBox: "0 0 " + width + " 74", role: "img",
      "aria-label": "Timeline: items by date; width shows how precise the date is" });
    lanes.forEach(function (lane, k) {
      root.appendChild(svg("text", { x: 2, y: 14 + k * 16, "class": "lane" }, lane));
    });
    ticks(lo, hi, 6).forEach(function (d) {
      var x = scale(d);
      root.appendChild(svg("line", { x1: x, x2: x, y1: 52, y2: 56, "class": "axis" }));
      root.appendChild(svg("text", { x: x, y: 68, "class": "tick", "text-anchor": "middle" },
        dayLabel(d, hi - lo)));
    });
    root.appendChild(svg("line", { x1: left, x2: width - right, y1: 52, y2: 52,
      "class": "axis" }));
    var earlier = shown.filter(function (s) { return s.span[1] < lo; }).length;
    if (earlier) {
      root.appendChild(svg("text", { x: 2, y: 68, "class": "tick" }, "◀ " + earlier + " earlier"));
    }
    if (later) {
      root.appendChild(svg("text", { x: width - 2, y: 68, "class": "tick", "text-anchor": "end" },
        later + " later ▶"));
    }
    // Widest first, so that a day sits visibly on top of the month that contains it.
    shown.slice().sort(function (a, b) {
      return (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.i - b.i;
    }).forEach(function (s) {
      if (s.span[1] < lo || s.span[0] > hi) return;  // wholly outside: counted above
      var k = lanes.indexOf(s.item.kind);
      var x = scale(Math.max(lo, s.span[0]));
      var w = Math.max(5, scale(Math.min(hi, s.span[1] + 1)) - x);
      var clipped = s.span[0] < lo || s.span[1] + 1 > hi;
      var rect = svg("rect", { x: x, y: 5 + k * 16, width: w, height: 12, rx: 2,
        "class": s.item.kind + (clipped ? " coarse" : s.span[1] - s.span[0] > 6 ? " broad" : ""),
        "data-index": s.i });
      titled(rect, s.item.value + " (" + (s.item.granularity || "?") + "): " + s.item.label);
      rect.addEventListener("mouseenter", function () { flash(byIndex[s.i]); });
      rect.addEventListener("click", function () {
        var li = byIndex[s.i];
        flash(li);
        var chip = li && li.querySelector(".cite");
        if (chip) { chip.classList.add("active"); show(citationOf(chip), chip, true); }
      });
      root.appendChild(rect);
    });
    strip.appendChild(root);
  }

  function applyFilter() {
    var actor = select ? select.value : "";
    var kinds = activeKinds();
    listItems.forEach(function (li) {
      var item = data.timeline[+li.dataset.index];
      li.hidden = !visible(item, actor, kinds);
    });
    drawStrip(actor, kinds);
    document.querySelectorAll(".actor").forEach(function (b) {
      b.classList.toggle("on", b.dataset.actor === actor);
    });
    document.querySelectorAll("#network .node").forEach(function (n) {
      n.classList.toggle("on", n.getAttribute("data-actor") === actor);
    });
    document.querySelectorAll("#network .edge").forEach(function (e) {
      e.classList.toggle("on", !!actor && (e.getAttribute("data-source") === actor ||
        e.getAttribute("data-target") === actor));
    });
  }

  function filterBy(actor) {
    if (!select) return;
    var has = Array.prototype.some.call(select.options, function (o) { return o.value === actor; });
    select.value = has && select.value !== actor ? actor : "";
    applyFilter();
  }

  if (select) {
    var seen = {};
    data.timeline.forEach(function (item) {
      (item.actors || []).forEach(function (a) { seen[a] = (seen[a] || 0) + 1; });
    });
    Object.keys(seen).sort(function (a, b) {
      return (names[a] || a).localeCompare(names[b] || b);
    }).forEach(function (a) {
      select.appendChild(el("option", { value: a }, (names[a] || a) + " (" + seen[a] + ")"));
    });
    select.addEventListener("change", applyFilter);
    document.querySelectorAll(".tl-kind").forEach(function (b) {
      b.addEventListener("change", applyFilter);
    });
    select.closest(".controls").hidden = false;
  }
  document.querySelectorAll(".actor").forEach(function (b) {
    b.addEventListener("click", function () { filterBy(b.dataset.actor); });
  });

  // ---------------------------------------------------------------- actor network
  function drawNetwork() {
    var host = document.getElementById("network");
    var net = data.network || { nodes: [], edges: [] };
    if (!host || !net.edges.length) return;
    host.textContent = "";
    var W = 520, H = 250, cx = W / 2, cy = H / 2 + 2;
    var rx = W / 2 - 120, ry = H / 2 - 28;
    var pos = {};
    var nodes = net.nodes.slice().sort(function (a, b) { return b.events - a.events ||
      (a.id < b.id ? -1 : 1); });
    nodes.forEach(function (n, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.length;
      pos[n.id] = { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), n: n };
    });
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Actor network: who did what to whom, from the coded events" });
    var defs = svg("defs");
    var marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
      markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    marker.appendChild(svg("path", { d: "M0,0L10,5L0,10z", fill: "#8a96a3" }));
    defs.appendChild(marker);
    root.appendChild(defs);
    var pairs = {};
    var radius = function (n) { return 5 + Math.min(9, 2 * Math.sqrt(n.events)); };
    net.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      var key = [e.source, e.target].sort().join("|");
      var k = pairs[key] = (pairs[key] || 0) + 1;
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var bend = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 16 * (e.source < e.target ? 1 : -1);
      var mx = (a.x + b.x) / 2 - dy / len * bend, my = (a.y + b.y) / 2 + dx / len * bend;
      var rb = radius(b.n) + 2;
      var ex = b.x - (b.x - mx) / Math.hypot(b.x - mx, b.y - my) * rb;
      var ey = b.y - (b.y - my) / Math.hypot(b.x - mx, b.y - my) * rb;
      var path = svg("path", { d: "M" + a.x + "," + a.y + " Q" + mx + "," + my + " " + ex +
        "," + ey, "class": "edge" + (e.historical ? " hist" : ""), "marker-end": "url(#arrow)",
        "data-source": e.source, "data-target": e.target });
      titled(path, (names[e.source] || e.source) + " → " + (names[e.target] || e.target) + ": " +
        e.type + (e.count > 1 ? " (" + e.count + " reports)" : ""));
      path.addEventListener("click", function (ev) {
        var c = e.citations[0];
        show(c, ev.target, true);
      });
      root.appendChild(path);
      var label = svg("text", { x: (a.x + 2 * mx + b.x) / 4, y: (a.y + 2 * my + b.y) / 4 - 2,
        "class": "elabel", "text-anchor": "middle" },
        e.type.toLowerCase() + (e.count > 1 ? " ×" + e.count : ""));
      root.appendChild(label);
    });
    nodes.forEach(function (n) {
      var p = pos[n.id];
      var g = svg("g", { "class": "node k-" + n.kind, "data-actor": n.id, tabindex: 0 });
      g.appendChild(titled(svg("circle", { cx: p.x, cy: p.y, r: radius(n) }),
        n.name + ": " + n.events + " event link(s); click to filter the timeline"));
      var right = p.x >= cx;
      g.appendChild(svg("text", { x: p.x + (right ? 1 : -1) * (radius(n) + 4), y: p.y + 4,
        "text-anchor": right ? "start" : "end" }, n.name));
      g.addEventListener("click", function () { filterBy(n.id); });
      root.appendChild(g);
    });
    host.appendChild(root);
  }

  // ---------------------------------------------------------------- positions chart
  function drawPositions() {
    var host = document.getElementById("positions-chart");
    var actors = data.positions || [];
    var dots = [];
    actors.forEach(function (actor, row) {
      actor.issues.forEach(function (issue) {
        issue.positions.forEach(function (p) {
          var span = p.date && interval(p.date);
          if (span) dots.push({ row: row, p: p, issue: issue, day: (span[0] + span[1]) / 2 });
        });
      });
    });
    if (!host || !dots.length) return;
    var lo = Math.min.apply(null, dots.map(function (d) { return d.day; })) - 1;
    var hi = Math.max.apply(null, dots.map(function (d) { return d.day; })) + 1;
    var W = Math.max(600, host.clientWidth || 900), left = 190, right = 20, rowH = 30;
    var H = actors.length * rowH + 46;
    var x = function (d) { return left + (d - lo) / (hi - lo) * (W - left - right); };
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Positions over time: one row per actor, one dot per stated position" });
    ticks(lo, hi, 8).forEach(function (d) {
      root.appendChild(svg("line", { x1: x(d), x2: x(d), y1: 4, y2: H - 30, "class": "grid" }));
      root.appendChild(svg("text", { x: x(d), y: H - 18, "class": "tick",
        "text-anchor": "middle" }, dayLabel(d, hi - lo)));
    });
    actors.forEach(function (actor, row) {
      root.appendChild(svg("text", { x: 4, y: 20 + row * rowH, "class": "row" }, actor.name));
    });
    var stack = {};
    dots.forEach(function (d) {
      var key = d.row + ":" + d.day;
      var k = stack[key] = (stack[key] || 0) + 1;
      var dot = svg("circle", { cx: x(d.day) + (k - 1) * 9, cy: 16 + d.row * rowH, r: 6,
        "class": "pos " + d.p.polarity + (d.p.approximate ? " approxdot" : "") });
      titled(dot, d.p.date + (d.p.approximate ? " (approx.)" : "") + " — " + d.p.polarity +
        " (" + d.p.word + ") on " + d.issue.label + ": " + d.p.text);
      dot.addEventListener("click", function (ev) { show(d.p.citation, ev.target, true); });
      root.appendChild(dot);
    });
    var lx = left;
    [["for", "for"], ["against", "against"], ["conditional", "conditional"]].forEach(function (l) {
      root.appendChild(svg("circle", { cx: lx, cy: H - 5, r: 5, "class": "pos " + l[0] }));
      root.appendChild(svg("text", { x: lx + 8, y: H - 1, "class": "legend" }, l[1]));
      lx += 90;
    });
    root.appendChild(svg("text", { x: lx, y: H - 1, "class": "legend" },
      "faded: date approximate · click a dot for its passage"));
    host.appendChild(root);
  }

  drawNetwork();
  applyFilter();
  drawPositions();
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      applyFilter();
      var chart = document.getElementById("positions-chart");
      if (chart) { chart.textContent = ""; drawPositions(); }
    }, 150);
  });
  document.documentElement.dataset.ready = "1";
})();
