// Annotate the rendered DOM with what only the browser knows, so that the serialized HTML can be
// read by the same pure Python extraction as a static page (crawler/extract.py):
//   data-pvh="1|0"  the element is hidden / visible to a person (CSS, collapsed, off-screen, clipped;
//                   a native box hidden behind a styled one is visible through its label, and
//                   marked data-pvproxy="label")
//   data-pvc="1|0"  a checkbox/radio is checked, a <select>'s <option> is selected, as rendered
//                   (the DOM property, set by scripts too)
//   data-pvr="1|0"  a control is required (property or aria-required)
//   data-pvfs="N"   computed font size in px of an element holding text
//   data-pvct="N"   contrast ratio of its text color against the effective background
//   data-pvbefore="…", data-pvafter="…"  words the page's CSS draws before / after a visible
//                   element's own text (`.copy::before{content:"Yes, text me …"}`): a person
//                   reads them with it (crawler/extract.py puts them in the text)
() => {
  // an element's shadow root, open or closed (crawler/render.py SHADOW_JS keeps the closed ones)
  const shadowOf = ((roots) => (el) => el.shadowRoot || (roots && roots.get(el)) || null)(
    window[Symbol.for("prevet.shadow_roots")]);
  const parseColor = (value) => {
    const m = value && value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const luminance = (c) => {
    const channel = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  // the box a node is drawn in: its parent, or for the top of a shadow root (a web component's
  // form) the host element, whose background shows through
  const container = (node) => node.parentElement ||
    (node.parentNode && node.parentNode.host) || null;
  // a background image paints over the box's colour: a gradient's opaque colour stops, averaged,
  // stand for it (white text on a navy gradient); a picture (url()) cannot be read, so the
  // contrast is unknown rather than measured against white; only transparent layers: look on
  const imageBackground = (style) => {
    const image = style.backgroundImage;
    if (!image || image === "none") return undefined;
    if (/url\(/i.test(image)) return null;
    const stops = (image.match(/rgba?\([^)]*\)/g) || []).map(parseColor)
      .filter((c) => c && c.a > 0.5);
    if (!stops.length) return undefined;
    const mean = (key) => stops.reduce((sum, c) => sum + c[key], 0) / stops.length;
    return { r: mean("r"), g: mean("g"), b: mean("b"), a: 1 };
  };
  const background = (el) => {
    for (let node = el; node && node.nodeType === 1; node = container(node)) {
      const style = getComputedStyle(node);
      const image = imageBackground(style);
      if (image !== undefined) return image;
      const bg = parseColor(style.backgroundColor);
      if (bg && bg.a > 0.5) return bg;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const contrast = (el, style) => {
    const fg = parseColor(style.color);
    if (!fg) return null;
    const bg = background(el);
    if (!bg) return null;
    const alpha = fg.a * parseFloat(style.opacity || "1");
    const mixed = {
      r: fg.r * alpha + bg.r * (1 - alpha),
      g: fg.g * alpha + bg.g * (1 - alpha),
      b: fg.b * alpha + bg.b * (1 - alpha),
    };
    const l1 = luminance(mixed), l2 = luminance(bg);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  };
  const docWidth = Math.max(document.documentElement.scrollWidth, window.innerWidth);
  const hasOwnText = (el) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3 && child.textContent.trim()) return true;
    }
    return false;
  };
  let hidden = 0;
  // Returns whether the element, or anything in it, is visible.
  const walk = (el, clipped) => {
    const style = getComputedStyle(el);
    let visible = !clipped;
    if (visible && el.checkVisibility) {
      visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true,
                                     contentVisibilityAuto: true });
    }
    // A wrapper with no box of its own (a web component's host, <cart-drawer>, whose drawer is
    // fixed to the window; an empty box around a fixed bar) hides nothing when nothing clips its
    // overflow: what it holds is laid out elsewhere and seen there. It is seen when any of that is
    const wrapper = visible && style.display !== "contents" && style.overflow === "visible" &&
      !hasOwnText(el) && (el.children.length > 0 || (shadowOf(el) && shadowOf(el).children.length > 0));
    if (visible && style.display !== "contents") {
      const rect = el.getBoundingClientRect();
      const tiny = rect.width <= 1 && rect.height <= 1;
      const offscreen = rect.right <= 0 || rect.bottom + window.scrollY <= 0 || rect.left >= docWidth;
      const zeroFont = parseFloat(style.fontSize) === 0;
      const clip = style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)";
      if (tiny && wrapper && !offscreen && !zeroFont && !clip) {
        let shows = false;
        const shadow = shadowOf(el);
        if (shadow) for (const child of shadow.children) shows = walk(child, false) || shows;
        for (const child of el.children) shows = walk(child, false) || shows;
        el.setAttribute("data-pvh", shows ? "0" : "1");
        if (!shows) hidden += 1;
        return shows;
      }
      if ((tiny && el.tagName !== "BR" && el.tagName !== "WBR") || offscreen || zeroFont || clip) {
        // an empty or control element can be tiny yet real (a styled checkbox): keep inputs
        const isControl = ["INPUT", "SELECT", "TEXTAREA", "BUTTON", "OPTION"].includes(el.tagName);
        if (!(isControl && tiny && !offscreen && !clip)) visible = false;
      }
    }
    el.setAttribute("data-pvh", visible ? "0" : "1");
    if (!visible) hidden += 1;
    if (el.matches("input, select, textarea")) {
      if (el.type === "checkbox" || el.type === "radio") {
        el.setAttribute("data-pvc", el.checked ? "1" : "0");
      }
      if (el.tagName === "SELECT") {
        // the option a list shows as picked, as a script left it (`select.value = "yes"`)
        for (const option of el.options) option.setAttribute("data-pvc", option.selected ? "1" : "0");
      }
      const ariaRequired = (el.getAttribute("aria-required") || "").toLowerCase() === "true";
      el.setAttribute("data-pvr", el.required || ariaRequired ? "1" : "0");
      if (el.value && el.type !== "password" && !el.hasAttribute("value")) {
        el.setAttribute("data-pvvalue", String(el.value).slice(0, 200));
      }
    }
    if (visible && (hasOwnText(el) || el.tagName === "LABEL")) {
      el.setAttribute("data-pvfs", parseFloat(style.fontSize).toFixed(1));
      const ratio = contrast(el, style);
      if (ratio !== null) el.setAttribute("data-pvct", ratio.toFixed(2));
    }
    // a box that clips its overflow and has no height hides what is inside (collapsed accordions)
    let clipChildren = !visible;
    if (visible && style.overflow !== "visible" && style.display !== "contents") {
      const rect = el.getBoundingClientRect();
      if (rect.height < 2 || rect.width < 2) clipChildren = true;
    }
    // a shadow root (a web component), open or closed, is serialized with the page: annotate it
    let shows = visible;
    const shadow = shadowOf(el);
    if (shadow) for (const child of shadow.children) shows = walk(child, clipChildren) || shows;
    for (const child of el.children) shows = walk(child, clipChildren) || shows;
    return shows;
  };
  if (document.body) walk(document.body, false);
  // A native box hidden behind a styled one (opacity 0, clipped, off-screen, display:none with
  // the box drawn by its label) is seen and ticked through its label: when a label of it is
  // visible, so is the box, to a person. A box hidden with its label (a honeypot) stays hidden.
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll("*")) if (shadowOf(el)) roots.push(shadowOf(el));
  }
  const boxes = roots.flatMap((root) =>
    Array.from(root.querySelectorAll("input[type=checkbox], input[type=radio]")));
  for (const box of boxes) {
    if (box.getAttribute("data-pvh") !== "1" || !box.labels) continue;
    if (Array.from(box.labels).some((label) => label.getAttribute("data-pvh") === "0")) {
      box.setAttribute("data-pvh", "0");
      box.setAttribute("data-pvproxy", "label");
      hidden -= 1;
    }
  }
  // Words drawn by CSS (`::before` / `::after` with a `content` string) are read by a person
  // as part of the element's text: "Yes, text me reminders from Acme. " drawn before a span
  // whose own text is "Details in our Privacy Policy." is one sentence block on screen. Only
  // rules whose declared content holds a letter are followed (an icon font's glyph, "\f007",
  // a counter, a "*" or a bullet are no words), and only the elements they select are asked
  // for their computed content: a page without such a rule costs one pass over its rules
  const cssStrings = (value) => {
    const found = [];
    const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g;
    let m;
    while ((m = re.exec(value || ""))) {
      found.push((m[1] !== undefined ? m[1] : m[2]).replace(/\\([0-9a-fA-F]{1,6})\s?/g,
        (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\(.)/g, "$1"));
    }
    return found.join("");
  };
  const WORDY = /\p{L}{2}/u;
  const generatedRules = [];
  const scanGenerated = (rules) => {
    for (const rule of rules || []) {
      if (!rule.selectorText) {
        try { scanGenerated(rule.cssRules); } catch (e) { /* a rule without children */ }
        continue;
      }
      if (!rule.style || !rule.style.content || !WORDY.test(cssStrings(rule.style.content))) continue;
      for (const selector of rule.selectorText.split(",")) {
        const m = selector.trim().match(/^(.*?)::?(before|after)\s*$/i);
        if (m) generatedRules.push([m[1].trim() || "*", m[2].toLowerCase()]);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try { scanGenerated(sheet.cssRules); } catch (e) { /* a stylesheet of another origin */ }
  }
  for (const [selector, which] of generatedRules) {
    let found = [];
    try { found = Array.from(document.querySelectorAll(selector)); } catch (e) { continue; }
    for (const el of found) {
      const attr = `data-pv${which}`;
      if (el.getAttribute("data-pvh") !== "0" || el.hasAttribute(attr)) continue;
      const pseudo = getComputedStyle(el, `::${which}`);
      if (pseudo.display === "none" || pseudo.visibility === "hidden" ||
          parseFloat(pseudo.fontSize) === 0) continue;
      const words = cssStrings(pseudo.content);
      if (WORDY.test(words)) el.setAttribute(attr, words.slice(0, 1000));
    }
  }
  // Text the page's CSS shows only while the pointer is over another element (a tooltip:
  // `.tip{visibility:hidden}` and `.tipwrap:hover .tip{visibility:visible}`) is hidden to a
  // person who reads the form, and is marked data-pvhover with the words of what must be
  // hovered ("(details)"), so a report can say how it is hidden
  const revealRules = [];
  const scan = (rules) => {
    for (const rule of rules || []) {
      if (!rule.selectorText) {
        try { scan(rule.cssRules); } catch (e) { /* a rule without children */ }
        continue;
      }
      if (!rule.selectorText.includes(":hover")) continue;
      const style = rule.style;
      const reveals = style.visibility === "visible" ||
        (style.opacity !== "" && parseFloat(style.opacity) > 0) ||
        (style.display !== "" && style.display !== "none");
      if (!reveals) continue;
      for (const selector of rule.selectorText.split(",")) {
        const at = selector.lastIndexOf(":hover");
        if (at < 0) continue;
        revealRules.push([selector.slice(0, at).replace(/:hover/g, ""),
                          selector.replace(/:hover/g, "")]);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try { scan(sheet.cssRules); } catch (e) { /* a stylesheet of another origin */ }
  }
  const shownWords = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("[data-pvh='1']").forEach((part) => part.remove());
    return copy.textContent.replace(/\s+/g, " ").trim().slice(0, 60);
  };
  for (const [trigger, target] of revealRules) {
    let found = [];
    try { found = Array.from(document.querySelectorAll(target)); } catch (e) { continue; }
    for (const el of found) {
      if (el.getAttribute("data-pvh") !== "1" || el.hasAttribute("data-pvhover")) continue;
      let over = null;
      try {
        over = (el.parentElement && el.parentElement.closest(trigger)) ||
          (el.previousElementSibling && el.previousElementSibling.matches(trigger)
            ? el.previousElementSibling : null);
      } catch (e) { continue; }
      if (over && over.getAttribute("data-pvh") === "0") {
        el.setAttribute("data-pvhover", shownWords(over));
      }
    }
  }
  return { hidden };
}
