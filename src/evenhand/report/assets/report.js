// evenhand report: the drill-down. Data are read from inert <script type="application/json"> and
// base64 chunk elements; every model text is put into the page with textContent, never as HTML.
(function () {
  "use strict";
  var PAGE = 50;
  var indexElement = document.getElementById("drill-index");
  if (!indexElement) { return; }
  var index = JSON.parse(indexElement.textContent);
  var colours = JSON.parse(document.getElementById("drill-colours").textContent);
  var cache = new Map();
  var state = { page: 0, matches: index };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function fillSelect(select, values) {
    values.forEach(function (value) {
      var option = el("option", null, value);
      option.value = value;
      select.appendChild(option);
    });
  }

  function distinct(key) {
    var seen = new Set();
    index.forEach(function (item) {
      var value = item[key];
      (Array.isArray(value) ? value : [value]).forEach(function (v) { seen.add(v); });
    });
    return Array.from(seen).sort();
  }

  function filter() {
    var suite = $("f-suite").value, group = $("f-group").value, language = $("f-language").value;
    var label = $("f-label").value, text = $("f-text").value.trim().toLowerCase();
    var disagree = $("f-disagree").checked;
    state.matches = index.filter(function (item) {
      return (!suite || item.suite === suite) &&
        (!group || item.groups.indexOf(group) >= 0) &&
        (!language || item.languages.indexOf(language) >= 0) &&
        (!label || item.labels.indexOf(label) >= 0) &&
        (!disagree || item.disagreement > 1) &&
        (!text || (item.item + " " + item.topic).toLowerCase().indexOf(text) >= 0);
    });
    state.page = 0;
    renderList();
  }

  function renderList() {
    var list = $("drill-list");
    list.replaceChildren();
    var start = state.page * PAGE;
    state.matches.slice(start, start + PAGE).forEach(function (item) {
      var row = el("li");
      row.appendChild(el("span", "badge", item.suite));
      if (item.disagreement > 1) { row.appendChild(el("span", "badge disagree", item.disagreement + " labels")); }
      row.appendChild(el("strong", null, item.item));
      row.appendChild(document.createTextNode(" " + item.topic + " "));
      row.appendChild(el("span", "note", item.languages.join(", ")));
      row.addEventListener("click", function () {
        Array.prototype.forEach.call(list.children, function (c) { c.classList.remove("open"); });
        row.classList.add("open");
        show(item);
      });
      list.appendChild(row);
    });
    var pages = Math.max(1, Math.ceil(state.matches.length / PAGE));
    $("drill-count").textContent = state.matches.length + " items match; page " + (state.page + 1) + " of " + pages;
    $("drill-prev").disabled = state.page === 0;
    $("drill-next").disabled = state.page + 1 >= pages;
  }

  function chunk(n) {
    if (cache.has(n)) { return cache.get(n); }
    var encoded = $("chunk-" + n).textContent.trim();
    var bytes = Uint8Array.from(atob(encoded), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    var promise = new Response(stream).text().then(JSON.parse);
    cache.set(n, promise);
    return promise;
  }

  function show(item) {
    var pane = $("drill-detail");
    pane.replaceChildren(el("p", "note", "Loading…"));
    chunk(item.chunk).then(function (records) {
      var record = records[item.position];
      pane.replaceChildren();
      pane.appendChild(el("h3", null, record.suite + " · " + record.item));
      var byLanguage = new Map();
      record.entries.forEach(function (entry) {
        var key = entry.language || "—";
        if (!byLanguage.has(key)) { byLanguage.set(key, []); }
        byLanguage.get(key).push(entry);
      });
      byLanguage.forEach(function (entries, language) {
        pane.appendChild(el("h4", null, "Language: " + language));
        var cards = el("div", "cards");
        entries.forEach(function (entry) { cards.appendChild(card(entry)); });
        pane.appendChild(cards);
      });
      record.entries.forEach(function (entry) {
        if (entry.views && entry.views.length) { pane.appendChild(views(entry)); }
      });
    }).catch(function (error) {
      pane.replaceChildren(el("p", "note", "Could not open this item: " + error));
    });
  }

  // A suite's own views of a sample (plain-text tables: both sides of a pair, a match's seats).
  function views(entry) {
    var box = el("div", "views");
    var title = el("h4");
    var dot = el("span", "swatch");
    dot.style.background = colours[entry.model] || "#888";
    title.appendChild(dot);
    title.appendChild(document.createTextNode(entry.model + " · " + entry.sample));
    box.appendChild(title);
    entry.views.forEach(function (view) {
      box.appendChild(el("h5", null, view.title));
      if (view.note) { box.appendChild(el("p", "note", view.note)); }
      var table = el("table", "view");
      var head = el("tr");
      view.header.forEach(function (text) { head.appendChild(el("th", null, text)); });
      table.appendChild(head);
      view.rows.forEach(function (cells) {
        var row = el("tr");
        cells.forEach(function (text, i) { row.appendChild(el(i === 0 ? "th" : "td", i === 0 ? null : "msg", text)); });
        table.appendChild(row);
      });
      var scroll = el("div", "scroll");
      scroll.appendChild(table);
      box.appendChild(scroll);
    });
    return box;
  }

  function card(entry) {
    var box = el("div", "card");
    var title = el("h4");
    var dot = el("span", "swatch");
    dot.style.background = colours[entry.model] || "#888";
    title.appendChild(dot);
    title.appendChild(document.createTextNode(entry.model));
    box.appendChild(title);
    box.appendChild(el("span", "badge", entry.label || (entry.turns ? "turns: " + entry.turns.join(" ") : "unscored")));
    box.appendChild(el("span", "note", entry.sample));
    if (entry.missing) { box.appendChild(el("p", "note", "sample not found in the logs")); return box; }
    (entry.messages || []).forEach(function (message) {
      box.appendChild(el("div", "role", message[0]));
      box.appendChild(el("div", "msg", message[1]));
    });
    if (entry.reasoning && entry.reasoning.length) {
      var thoughts = el("details");
      thoughts.appendChild(el("summary", null, "reasoning"));
      entry.reasoning.forEach(function (text) { thoughts.appendChild(el("div", "msg", text)); });
      box.appendChild(thoughts);
    }
    var judged = el("details");
    judged.appendChild(el("summary", null, "judges (" + (entry.judgements || []).length + ")"));
    (entry.judgements || []).forEach(function (j) {
      judged.appendChild(el("div", "msg", j[0] + ": " + j[1] + (j[2] ? " — " + j[2] : "")));
    });
    if (entry.explanation) { judged.appendChild(el("div", "note", entry.explanation)); }
    box.appendChild(judged);
    return box;
  }

  fillSelect($("f-suite"), distinct("suite"));
  fillSelect($("f-group"), distinct("groups"));
  fillSelect($("f-language"), distinct("languages"));
  fillSelect($("f-label"), distinct("labels"));
  ["f-suite", "f-group", "f-language", "f-label", "f-disagree"].forEach(function (id) {
    $(id).addEventListener("change", filter);
  });
  $("f-text").addEventListener("input", filter);
  $("drill-prev").addEventListener("click", function () { state.page -= 1; renderList(); });
  $("drill-next").addEventListener("click", function () { state.page += 1; renderList(); });
  renderList();
})();
