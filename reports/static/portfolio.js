// prevet portfolio page: sort by any column, filter by status and by text. No network, no eval.
(function () {
  "use strict";
  const table = document.getElementById("sites");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const find = document.getElementById("find");
  const status = document.getElementById("status");
  const shown = document.getElementById("shown");

  function filter() {
    const words = find.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const visible = (!status.value || row.dataset.status === status.value) &&
        (!words || row.textContent.toLowerCase().includes(words));
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = count + " of " + rows.length + " shown";
    for (const button of document.querySelectorAll(".count")) {
      button.setAttribute("aria-pressed", String(button.dataset.status === status.value));
    }
  }

  function sortBy(header) {
    const index = Array.from(header.parentNode.children).indexOf(header);
    const numeric = header.dataset.sort === "number";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of table.tHead.rows[0].cells) {
      if (other.dataset.sort) other.setAttribute("aria-sort", "none");
    }
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const key = (row) => {
      const value = row.cells[index].dataset.value || "";
      return numeric ? parseFloat(value) || 0 : value.toLowerCase();
    };
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    for (const row of rows) body.appendChild(row);
  }

  for (const header of table.tHead.rows[0].cells) {
    if (header.dataset.sort) header.querySelector("button").addEventListener("click", () => sortBy(header));
  }
  for (const button of document.querySelectorAll(".count")) {
    button.addEventListener("click", () => {
      status.value = status.value === button.dataset.status ? "" : button.dataset.status;
      filter();
    });
  }
  find.addEventListener("input", filter);
  status.addEventListener("change", filter);
  filter();
})();
