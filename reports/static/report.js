/* prevet report: the copy buttons. Nothing else runs, and nothing is fetched. */
(function () {
  "use strict";
  function copyText(text, button) {
    // execCommand works offline from file:// in every browser; the async API is the fallback
    var copied = selectAndCopy(text);
    if (!copied && navigator.clipboard) {
      navigator.clipboard.writeText(text).catch(function () { /* nothing more to try */ });
    }
    var before = button.textContent;
    button.textContent = "Copied";
    setTimeout(function () { button.textContent = before; }, 1500);
  }
  function selectAndCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (target) { copyText(target.textContent, button); }
    });
  });
})();
