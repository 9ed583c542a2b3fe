// Does a script refuse the form's submission while a consent checkbox is unchecked?
//
// Run by the renderer (frame.evaluate) in every page and frame, and on the forms of their open
// shadow roots (a web component's sign-up form is probed like the page's), after annotation and
// AFTER serialization: the page's own submit handlers run here and may change anything (replace
// the form with a thank-you note, add an error line), so crawler/render.py serializes the page
// first and carries these verdicts onto it (see carry_verdicts there). For each checkbox in a
// <form> it fires a synthetic, cancelable submit event twice -- box unchecked, then checked --
// with network sends, form.submit() and dialogs intercepted, so nothing leaves the page and
// nothing navigates (a synthetic submit event never submits by itself). It sets data-pvb="1" on
// a box whose unchecked state is refused while the checked state goes through, data-pvb="0"
// when the unchecked state goes through, and leaves the attribute out when it cannot tell (the
// form sends both times), and data-pvb="?" when the form refuses both times for no reason it
// shows (a person has to try it). A form whose script refuses both times (it sends in a way
// the probe does not see, or not at all) is still judged the way a person sees it: when the
// unticked attempt complains at the box (an alert, the box focused, an error shown or the box
// marked in its own group of the form) and the ticked attempt does not, the box is what the
// script waits for: data-pvb="1"; when both attempts got the same success note on the page
// ("Thank you, we received your request") and no complaint, the box is not: data-pvb="0";
// when only the ticked attempt was thanked, it is: data-pvb="1". A form whose submit buttons
// are all disabled while the box is unticked and enabled once it is ticked (boxes are ticked
// with the input/change events a click fires) waits for the box: data-pvb="1". The other fields
// are filled in the way a person types (with input/change events), so a box the page makes
// required once a phone number is typed is refused unticked, as the browser would: data-pvb="1".
// Field values and checked states are restored afterwards (typed fields and the box with their
// events, so the page's own state follows), and what the handlers did to the DOM is undone, box by box: the next box of a form
// that replaced itself is still there to probe, and screenshots show the page as it was
// recorded.
// Returns the number of boxes judged ("?" is not a judgement).
(async () => {
  // an element's shadow root, open or closed (crawler/render.py SHADOW_JS keeps the closed ones)
  const shadowOf = ((roots) => (el) => el.shadowRoot || (roots && roots.get(el)) || null)(
    window[Symbol.for("prevet.shadow_roots")]);
  const MAX_BOXES = 12;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const sample = (input) => {
    const type = (input.type || "text").toLowerCase();
    if (type === "email") return "probe@example.com";
    if (type === "tel") return "5555550100";
    if (type === "number") return "1";
    if (type === "url") return "https://example.com";
    if (type === "date") return "2000-01-01";
    return "Probe";
  };
  // the document and its shadow roots, open or closed (a web component's form is a form a
  // person uses)
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll("*")) if (shadowOf(el)) roots.push(shadowOf(el));
  }
  // boxes of forms that ask for something typed (a phone number); not filters or settings
  const boxes = roots
    .flatMap((root) => Array.from(root.querySelectorAll("form input[type=checkbox]")))
    .filter((box) => box.form && box.form.querySelector(
      "input[type=tel], input[type=text], input:not([type]), input[type=number]"))
    .slice(0, MAX_BOXES);
  if (!boxes.length) return 0;

  let attempts = 0;
  const saved = {
    fetch: window.fetch,
    send: XMLHttpRequest.prototype.send,
    submit: HTMLFormElement.prototype.submit,
    requestSubmit: HTMLFormElement.prototype.requestSubmit,
    alert: window.alert,
    confirm: window.confirm,
    open: window.open,
    beacon: navigator.sendBeacon,
  };
  window.fetch = () => { attempts += 1; return new Promise(() => {}); };
  XMLHttpRequest.prototype.send = function () { attempts += 1; };
  HTMLFormElement.prototype.submit = function () { attempts += 1; };
  HTMLFormElement.prototype.requestSubmit = function () { attempts += 1; };
  let alerts = 0;
  window.alert = () => { alerts += 1; };
  // a confirm() only asks: the person can go on, so the script does not refuse the form
  window.confirm = () => true;
  window.open = () => null;
  if (navigator.sendBeacon) navigator.sendBeacon = () => { attempts += 1; return true; };
  // a handler that accepts the form may move to a thank-you page: count it, and cancel it
  const onNavigate = (event) => {
    attempts += 1;
    if (event.cancelable) event.preventDefault();
  };
  if (window.navigation) window.navigation.addEventListener("navigate", onNavigate);

  // what the page's handlers did, undone newest first (the shared undo of crawler/render.py)
  const undo = UNDO_MUTATIONS;
  const undoing = async (probe) => {
    const records = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    for (const root of roots) {
      observer.observe(root, { subtree: true, childList: true, attributes: true,
                               attributeOldValue: true, characterData: true,
                               characterDataOldValue: true });
    }
    try {
      return await probe();
    } finally {
      records.push(...observer.takeRecords());
      observer.disconnect();
      undo(records);
    }
  };

  const outcome = async (form) => {
    const before = attempts;
    const event = new Event("submit", { bubbles: true, cancelable: true });
    form.dispatchEvent(event);
    await wait(40); // handlers that validate, then send, in a microtask or timeout
    if (attempts > before) return "sent";
    return event.defaultPrevented ? "refused" : "sent";
  };

  // the box's own part of the form: its widest ancestor holding no other field (the box, its
  // label, its error line), and the elements its aria-describedby / aria-errormessage name
  const fieldsIn = (el) => Array.from(el.querySelectorAll("input, select, textarea")).filter(
    (f) => !["hidden", "submit", "button", "image", "reset"].includes((f.type || "").toLowerCase()));
  const groupOf = (box, form) => {
    let group = box;
    while (group.parentElement && group.parentElement !== form &&
           fieldsIn(group.parentElement).length <= 1) group = group.parentElement;
    const root = box.getRootNode();
    const named = ["aria-describedby", "aria-errormessage"]
      .flatMap((attr) => (box.getAttribute(attr) || "").split(/\s+/))
      .map((id) => (id && root.getElementById ? root.getElementById(id) : null))
      .filter((el) => el && !group.contains(el));
    return [group, ...Array.from(box.labels || []).filter((l) => !group.contains(l)), ...named];
  };
  const deepActive = () => {
    let el = document.activeElement;
    while (el && shadowOf(el) && shadowOf(el).activeElement) el = shadowOf(el).activeElement;
    return el;
  };
  // one attempt, undone afterwards: did the form go through, and did it complain at the box?
  // the text a person reads around the form (its document, or the shadow root it lives in)
  const shownText = (form) => {
    const root = form.getRootNode();
    return root === document ? document.body.innerText : root.textContent;
  };
  // words of a form's success note ("Thank you! We received your request.")
  const SUCCESS = /\b(thank(s| you)|received|success(fully)?|submitted|confirmed|we('|’)ll be in touch)\b/gi;
  const successes = (text) => (text.match(SUCCESS) || []).length;
  // one attempt, undone afterwards: did the form go through, did it complain at the box, and
  // did the page answer with a success note (its text then)?
  const attempt = async (box, form, group) =>
    undoing(async () => {
      const before = group.map((el) => el.outerHTML);
      const textBefore = shownText(form);
      const alertsBefore = alerts;
      const active = deepActive();
      if (active && active.blur) active.blur();
      const result = await outcome(form);
      const complained = alerts > alertsBefore || deepActive() === box ||
        group.some((el, i) => el.outerHTML !== before[i]);
      const textAfter = shownText(form);
      const thanked = successes(textAfter) > successes(textBefore);
      return [result, complained, thanked ? textAfter : null];
    });

  // ticking or unticking a box the way a click does: the page's input/change handlers run
  // (a "submit disabled until the box is ticked" script listens to them)
  const setBox = (box, value) => {
    box.checked = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.dispatchEvent(new Event("change", { bubbles: true }));
  };
  // can a person send the form at all? not while every submit button it has is disabled
  const locked = (form) => {
    const buttons = Array.from(form.elements).filter((el) =>
      ["submit", "image"].includes((el.type || "").toLowerCase()));
    return buttons.length > 0 && buttons.every((b) =>
      b.disabled || b.getAttribute("aria-disabled") === "true");
  };

  // typing into a field the way a person does: the page's input/change handlers run (a script
  // that makes the SMS box required once a phone number is typed listens to them)
  const typeInto = (field, value) => {
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const judge = async (box, form) => {
    const fields = Array.from(form.querySelectorAll("input, textarea, select"));
    const state = fields.map((f) => [f, f.value, f.checked]);
    const typed = [];
    try {
      for (const field of fields) {
        const type = (field.type || "").toLowerCase();
        if (field === box || ["checkbox", "radio", "hidden", "submit", "button", "file",
                              "image", "reset"].includes(type)) continue;
        if (!field.value && field.tagName !== "SELECT") {
          typeInto(field, sample(field));
          typed.push(field);
        }
      }
      for (const other of form.querySelectorAll("input[type=checkbox]")) {
        if (other !== box) other.checked = true; // only this box varies
      }
      const group = groupOf(box, form);
      setBox(box, false);
      const lockedUnticked = locked(form);
      // a box the page made required once the form was filled in (the DOM property: a
      // synthetic submit event runs no constraint validation, a person's click does)
      const requiredUnticked = box.required;
      const [unchecked, complainedUnticked, answerUnticked] = await attempt(box, form, group);
      setBox(box, true);
      const lockedTicked = locked(form);
      const [checked, complainedTicked, answerTicked] = await attempt(box, form, group);
      // the submit button is disabled until the box is ticked: nobody sends it unticked
      if (lockedUnticked && !lockedTicked) return "1";
      // the browser refuses a required box left unticked, whatever the scripts do
      if (requiredUnticked && !lockedTicked) return "1";
      if (unchecked === "sent") return "0";
      if (checked === "sent") return "1";
      if (complainedUnticked && !complainedTicked) return "1";
      // a script that sends its own way (and cancels the submit) thanked the person the same
      // way ticked or not ("Thank you, we received your request"), complaining at neither:
      // the box is not what it waits for
      if (answerUnticked !== null && answerUnticked === answerTicked && !complainedUnticked &&
          !complainedTicked) return "0";
      // thanked only when ticked: the box is what it waits for
      if (answerTicked !== null && answerUnticked === null) return "1";
      return "?"; // refused both ways, with no sign of why: a person has to try it
    } finally {
      const active = deepActive();  // the page is left as it was, with no box focused
      if (active && active.blur && form.contains(active)) active.blur();
      for (const [field, value, wasChecked] of state) {
        if (typed.includes(field)) typeInto(field, value); // the page's state follows
        else if (field.value !== value) field.value = value;
        if (field === box) setBox(box, wasChecked);
        else field.checked = wasChecked;
      }
    }
  };

  let judged = 0;
  try {
    for (const box of boxes) {
      const form = box.form;
      if (!form) continue;
      const verdict = await undoing(() => judge(box, form));
      if (verdict !== null) box.setAttribute("data-pvb", verdict);
      if (verdict === "0" || verdict === "1") judged += 1;
    }
  } finally {
    window.fetch = saved.fetch;
    XMLHttpRequest.prototype.send = saved.send;
    HTMLFormElement.prototype.submit = saved.submit;
    HTMLFormElement.prototype.requestSubmit = saved.requestSubmit;
    window.alert = saved.alert;
    window.confirm = saved.confirm;
    window.open = saved.open;
    if (saved.beacon) navigator.sendBeacon = saved.beacon;
    if (window.navigation) window.navigation.removeEventListener("navigate", onNavigate);
  }
  return judged;
})()
