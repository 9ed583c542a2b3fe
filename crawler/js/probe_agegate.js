// Mark overlays that cover most of the viewport, so crawler/agegate.py can find age gates
// drawn by scripts (a fixed or absolute layer over the page). Runs as a page.evaluate
// expression after load; returns how many elements it marked.
(() => {
  const vw = window.innerWidth || 1, vh = window.innerHeight || 1;
  let marked = 0;
  for (const el of document.querySelectorAll("body *")) {
    const style = getComputedStyle(el);
    if (style.position !== "fixed" && style.position !== "absolute" && style.position !== "sticky") continue;
    if (style.display === "none" || style.visibility === "hidden" || parseFloat(style.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    const w = Math.min(r.right, vw) - Math.max(r.left, 0);
    const h = Math.min(r.bottom, vh) - Math.max(r.top, 0);
    if (w <= 0 || h <= 0) continue;
    const covers = (w * h) / (vw * vh) >= 0.5;
    const centred = w >= 200 && h >= 120 && Math.abs((r.left + r.right) / 2 - vw / 2) < vw * 0.2;
    if (covers || (centred && (parseInt(style.zIndex, 10) || 0) >= 100)) {
      el.setAttribute("data-pvfixed", "1");
      marked += 1;
    }
  }
  return marked;
})()
