// Does a "Privacy Policy" or "Terms" link whose address is a script (href="javascript:void(0)")
// open anything? Sites built from templates leave their footer's policy links so, and a person
// who clicks one sees nothing: the site links no policy. A script link that opens a modal is a
// link to what the modal shows, so the click decides, not the address.
//
// Run by the renderer (crawler/render.py runs every probe_*.js after annotate.js, before the
// page is serialized) in each frame. For each visible such link (at most MAX_LINKS) it clicks
// the link with window.open, network sends, form submission, dialogs and navigation
// intercepted, lets the page's handlers and short timers run, and stamps data-pvdead="1" when
// nothing happened: no element added, removed or changed, no dialog, no window, no request, no
// new address. Anything that happened leaves the link unstamped (a person has to look), and what
// the click changed in the DOM is undone, so the page is serialized as it was.
// Returns the number of links stamped.
(async () => {
  const MAX_LINKS = 4;
  const SETTLE_MS = 300; // a handler's animation or short timeout that opens a modal
  const POLICY_WORDS = /\b(privacy|terms|conditions|legal|policy)\b/i;
  const scriptLinks = Array.from(document.querySelectorAll("a[href]")).filter((a) =>
    /^\s*javascript:/i.test(a.getAttribute("href")) &&
    POLICY_WORDS.test(a.textContent || "") && a.getClientRects().length > 0 &&
    getComputedStyle(a).visibility !== "hidden").slice(0, MAX_LINKS);
  if (!scriptLinks.length) return 0;

  let happened = 0;
  const saved = {
    fetch: window.fetch, send: XMLHttpRequest.prototype.send, open: window.open,
    alert: window.alert, confirm: window.confirm, prompt: window.prompt,
    submit: HTMLFormElement.prototype.submit, beacon: navigator.sendBeacon,
  };
  const noted = (value) => () => { happened += 1; return value; };
  window.fetch = () => { happened += 1; return new Promise(() => {}); };
  XMLHttpRequest.prototype.send = noted(undefined);
  window.open = noted(null);
  window.alert = noted(undefined);
  window.confirm = noted(false);
  window.prompt = noted(null);
  HTMLFormElement.prototype.submit = noted(undefined);
  if (navigator.sendBeacon) navigator.sendBeacon = noted(true);
  const onNavigate = (event) => {
    happened += 1;
    if (event.cancelable) event.preventDefault();
  };
  if (window.navigation) window.navigation.addEventListener("navigate", onNavigate);

  // what the click did, undone newest first (the shared undo of crawler/render.py)
  const undo = UNDO_MUTATIONS;

  let stamped = 0;
  try {
    for (const link of scriptLinks) {
      const before = happened;
      const address = location.href;
      const records = [];
      const observer = new MutationObserver((batch) => records.push(...batch));
      observer.observe(document, { subtree: true, childList: true, attributes: true,
                                   attributeOldValue: true, characterData: true,
                                   characterDataOldValue: true });
      link.click();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      records.push(...observer.takeRecords());
      observer.disconnect();
      const changed = records.filter((r) => !(r.target === link && r.type === "attributes"));
      undo(records);
      if (!changed.length && happened === before && location.href === address) {
        link.setAttribute("data-pvdead", "1");
        stamped += 1;
      }
    }
  } finally {
    window.fetch = saved.fetch;
    XMLHttpRequest.prototype.send = saved.send;
    window.open = saved.open;
    window.alert = saved.alert;
    window.confirm = saved.confirm;
    window.prompt = saved.prompt;
    HTMLFormElement.prototype.submit = saved.submit;
    if (saved.beacon) navigator.sendBeacon = saved.beacon;
    if (window.navigation) window.navigation.removeEventListener("navigate", onNavigate);
  }
  return stamped;
})()
