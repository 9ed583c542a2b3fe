// Mark the layers a page draws over its content: every element whose computed position is
// fixed (a pop-up, slide-in, cookie banner or sticky sign-up bar, shown or not, wherever its
// style sheet lives), so crawler/overlays.py can keep their text apart from the page's own.
// Runs as a page.evaluate expression after load; returns how many elements it marked.
(() => {
  let marked = 0;
  for (const el of document.querySelectorAll("body *")) {
    if (getComputedStyle(el).position !== "fixed") continue;
    el.setAttribute("data-pvlayer", "1");
    marked += 1;
  }
  return marked;
})()
