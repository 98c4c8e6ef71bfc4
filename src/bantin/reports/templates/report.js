(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  if (!table) { return; }
  var items = Array.prototype.slice.call(table.querySelectorAll("tbody.finding"));
  var filters = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var shown = document.getElementById("findings-shown");
  function apply() {
    var count = 0;
    items.forEach(function (item) {
      var visible = filters.every(function (select) {
        return !select.value || item.dataset[select.dataset.filter] === select.value;
      });
      item.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = String(count);
  }
  filters.forEach(function (select) { select.addEventListener("change", apply); });
  var rank = { error: 0, warning: 1 };
  function key(item, field) {
    if (field === "severity") { return [rank[item.dataset.severity] !== undefined ? rank[item.dataset.severity] : 9]; }
    if (field === "line") { return [item.dataset.file, Number(item.dataset.line || 0)]; }
    if (field === "file") { return [item.dataset.file, Number(item.dataset.line || 0)]; }
    return [item.dataset[field] || ""];
  }
  function compare(a, b) {
    for (var i = 0; i < a.length; i += 1) {
      if (a[i] < b[i]) { return -1; }
      if (a[i] > b[i]) { return 1; }
    }
    return 0;
  }
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.sort"));
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var field = button.dataset.sort;
      var ascending = button.getAttribute("aria-sort") !== "ascending";
      buttons.forEach(function (other) { other.removeAttribute("aria-sort"); });
      button.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      items.sort(function (a, b) {
        var order = compare(key(a, field), key(b, field)) || Number(a.dataset.order) - Number(b.dataset.order);
        return ascending ? order : -order;
      });
      items.forEach(function (item) { table.appendChild(item); });
    });
  });
  apply();
}());
