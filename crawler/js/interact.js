// Reach the forms a person reaches: wait for pop-ups set on timers, scroll to load what loads
// when seen, click what opens sign-up UI, and step through multi-step forms -- sending nothing.
//
// Run by the renderer (crawler/render.py) in each frame after the page settled and before it is
// annotated. It acts only on what the page shows (returns at once when nothing applies):
//   timers  a timer set while loading is still due within the budget, or a countdown interval
//           set while loading still runs (one whose handler clears itself or speaks of pop-ups;
//           a slideshow's never-ending interval is no countdown), and the page speaks of pop-ups
//           or sign-ups (in its scripts, or in the code of a pending timer, which may build the
//           form or dialog itself; or hides form fields for later, or holds an empty dialog for
//           a script to fill); an interval is waited for until it
//           stops, a field appears or the budget ends. The wait is the page's time, not
//           prevet's: once it is over, the budget starts again for what comes after it (a
//           wheel that spins before its phone step shows), so a page with such a timer takes
//           at most twice the budget
//   scroll  the page is taller than the window and something waits to be scrolled into view
//           (an IntersectionObserver, a scroll listener, a lazy placeholder); the page is
//           scrolled a window at a time, as a person reads it, so each section comes into view;
//           a page that listens to scrolling and showed nothing is gone down once more, in one
//           move (a pop-up shown on the second pass over a point)
//   banner  before the first click, a cookie or consent banner is dismissed (its reject, then
//           its accept/agree/got it/close button: a banner often blocks the page until then,
//           or the page builds its sign-up bar only once it is answered), then openers it
//           showed are clicked;
//           dismissing only sets the page's own state, and the guard below is already on
//   click   a visible control speaks of texts, sign-ups, offers or bookings ("Book now",
//           "Reserve", "Schedule", "Get started"), or opens a dialog, or is a tab (role=tab, a
//           button with aria-controls or data-toggle=tab) not selected whose words name a text
//           channel or a settings page's "Notifications", or
//           a radio, [role=radio] or pressed-state button whose words name the text channel,
//           when its group already has another option chosen ("Email" by default) and no
//           phone field shows (choosing "Text" swaps the mobile field in), or
//           a closed menu toggle whose panel holds such a control (then that control; a toggle
//           that names no panel, the element next to it: a floating "+" whose actions stack
//           above it), or
//           (while an inert <template>, or an inline script's markup, holds a phone field no
//           shown field matches: a form a click clones or writes) a control naming the text channel anywhere ("Reminders by text"), or a
//           control pinned to the window that speaks of chatting or contacting ("Contact us" on
//           a round icon) and the text item of the menu it opens ("Call | Text | Email"), or a
//           button that loads the form ("Load form"), or "Add to cart" while a cart drawer
//           (a box that speaks of the cart: "Your cart", "Checkout") holds a phone field not
//           shown yet (the drawer slides in when an item is added), or a
//           bar or card that is no control, holds none and invites a tap ("tap to join"), when
//           the page hears taps on it, or anywhere while it is pinned to the window, or
//           (while no phone field shows) the control of a box that holds a phone field not
//           shown and nothing to type in, whatever its words (a prize wheel's "Spin": its claim
//           form shows once it is clicked)
//   open    a closed <details>, or the hidden panel a control names (aria-controls, not
//           expanded: an accordion's toggle, a cart button and the drawer it slides in),
//           holds a field to type in (an FAQ answer, an accordion or a cart drawer that holds
//           the sign-up form), or holds nothing yet (a launcher whose script builds the form
//           in its panel on the first click): it is opened as a person opens it; one that
//           folds only a consent box or its fine print away from the fields is left closed
//   exit    the page listens for the pointer leaving it (mouseout/mouseleave on the window or
//           the document): the pointer leaves once through the top, as a visit ends
//   choose  a choice left on its prompt ("Choose a location") with no field to type in around
//           it: its first real option is chosen (the form for that place is built then)
//   steps   a visible form has a "Next"/"Continue" button, or a plain "Send"/"OK" button
//           while it keeps its own submit for later (a chat asking the number first), (earlier
//           steps get sample values,
//           and a choice left on its empty prompt its first real option), or such a button
//           outside any form sits, a few levels down, in a box that holds a field (a wizard a
//           script renders step by step into boxes)
//   quiz    (at the start, or once an opener showed it) a question-like step (a heading or legend that asks, "Which best describes your
//           skin?"; or the clause after a dash or colon that asks, "Harbor Physio — choose a
//           visit", "Step 2: Pick a time"; or a line that tells a person to pick one, "Choose a
//           store to see its hours and get its texts", or that is one short question, "Who is
//           the player?", whose answers speak of no consent nor text channel) in a box, or the box right after it
//           when it sits straight in the page's main, with 2+ sibling answers (buttons, or cards
//           a person sees as clickable by the pointer they show; not navigation, not a form's submit, no link leaving the page) and nothing to type
//           in (a store picker, a booking widget's pick-a-visit, pick-a-time steps): its first answer
//           is clicked (then the step's "Next", when the answer only marks a card chosen), as
//           long as each answer changes the step (a new question, new fields), up to
//           MAX_QUIZ_STEPS, until a phone field shows; a "Find your routine" funnel asks for
//           the phone only on its last step
//   pick    (after the quiz) a row of 3+ like choices (sibling buttons of one tag and class, a
//           few words each, all with figures or all without: a booking widget's time slots,
//           days, sizes; a row a question asks for is the quiz's), while the box around it
//           holds a phone field not shown yet (the contact step), or a hidden panel right
//           after the row does (a shop's "text me when it's back" under its sizes): its first
//           choice is clicked (choices the page marks unavailable, a sold-out size, first; the
//           next when a pick changes nothing, up to MAX_ROW_TRIES), as a person picks any one
//           to go on, then the next row the pick showed (a day, then its times), until the
//           phone field shows; a row that speaks of consent or the text channel ("Yes", "No",
//           "Text me") is never chosen
//   zip     (after the steps) a delivery-area check: a shown, empty text field that says it
//           takes a ZIP or postal code (its label, placeholder, aria-label, name, id or
//           autocomplete), alone in its form (or box) with a button that stays on the page
//           ("Check"): a ZIP the page itself shows by it (its placeholder, its label, the form's
//           words or the line just before or after it: "for example 97202, 97214") is typed
//           into it and the button clicked, as a person in the area does, and what appears is
//           read; with no ZIP shown by it, a check that answers as it is typed (an input
//           listener, no button) gets the first quoted five-digit ZIP its page's own script
//           lists (a route table), as a person in the area types theirs; else nothing is typed
//   lookup  (after zip) an order lookup: a shown, empty text field that asks for an order,
//           tracking, confirmation or booking number, alone in its form (or box) with a button
//           that stays on the page ("Check status"), whose page gives an example number (its
//           placeholder "TB-48213", or "Order numbers look like TB-48213" by it): the example
//           is typed and the button clicked, as a person types theirs (a shop's order status
//           that offers text updates once the order shows); with no example, nothing is typed
//   type    (last) a shown, empty phone field whose form's consent box is disabled or hidden
//           (a box enabled, or shown, only once a number is typed): a sample number
//           (5555550100) is typed into it a key at a time, with the events a person's typing
//           fires (keydown, keypress, input, keyup; change at the end), never submitted; when the
//           box then is enabled or shown, the number stays in the field, so that the box's state
//           is read as a person meets it (a script may tick it on the tenth digit), and the box
//           is stamped data-pvtyped="1"; else the field is emptied again
//   fill    (last) a shown, empty phone field whose focus or typing the page's code hears (an
//           inline onfocus/oninput, or a listener on it, a box around it or the page), at most
//           MAX_FILLS of them: it is focused and the sample number typed the same way, as a
//           person filling the form does; when that shows more of its form (a field, a consent
//           box, or a sentence or more of text: an SMS consent injected under the field), the
//           number stays, the form is read so, and the field (and what appeared) is stamped
//           data-pvreach="after typing a sample number in the phone field"; else the field is
//           emptied again. A line of a few words ("Enter 10 digits") is no more of the form
// After each click the page settles: quiet, and the timers the click set (a drawer's script
// that ticks its box 150 ms after it opens) have run, within a bound; when nothing new shows
// by then, a timer the click set that is due within REVEAL_MAX_MS (a wheel that spins for two
// seconds before its form shows) is waited for too. A toggle (role=switch or
// checkbox, on any tag) is never clicked: it is the consent whose state is read. A radio, box
// or pressed-state button a click itself turned on (the clicked control, or the one its label
// names: "Text me" chosen on a channel switch) is stamped data-pvset="1": set by prevet, not
// by the page (Control.set_by_prevet)
// Every field (or iframe) that becomes visible (or usable: an inert section's, once a click
// lifts its `inert`) is stamped data-pvreach="<how it was reached>";
// a step that does not move because its handler waited for a server answer stamps its form
// data-pvwait="<what a person should check>".
// Nothing leaves the page: before the first click, fetch, XHR (but a GET of the page's own
// site that carries nothing: a partial the click loads into the page), beacons, WebSocket
// sends, form submission and window.open are stubbed and navigation is cancelled (the renderer
// also refuses such requests on the network; a link to a place in the page, "#join", only
// changes the fragment and is let through for the page's hashchange handler), and trusted
// submit events are cancelled (synthetic ones, like the consent probe's, are not, so its
// verdicts stay the page's own). Sample values typed into
// earlier steps are cleared before the page is read.
// Returns {phases, reached, clicks, stuck, typedNumbers, checksTyped, waitedMs (for a pop-up),
// outOfBudget}.
async ({ budgetMs }) => {
  // an element's shadow root, open or closed (crawler/render.py SHADOW_JS keeps the closed ones)
  const shadowOf = ((roots) => (el) => el.shadowRoot || (roots && roots.get(el)) || null)(
    window[Symbol.for("prevet.shadow_roots")]);
  let started = performance.now();
  const left = () => budgetMs - (performance.now() - started);
  let waitedMs = 0;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(ms, 0)));
  const GUARD = Symbol.for("prevet.guard");
  const TIMERS = Symbol.for("prevet.timers");
  const INTERVALS = Symbol.for("prevet.intervals");
  const TIMER_SOURCES = Symbol.for("prevet.timer_sources");
  const WATCHED = Symbol.for("prevet.watched");
  const EXIT = Symbol.for("prevet.exit");
  const ANYCLICK = Symbol.for("prevet.anyclick");
  const TAPPED = Symbol.for("prevet.tapped");
  const ANYTYPING = Symbol.for("prevet.anytyping");
  const TYPING = Symbol.for("prevet.typing");
  const MAX_FILLS = 2, FILL_SHOWS_CHARS = 60;
  const MAX_CLICKS = 6, MAX_STEPS = 3, QUIET_MS = 250, STEP_MAX_MS = 1500, POLL_MS = 200;
  const REVEAL_MAX_MS = 4000;
  const MAX_QUIZ_STEPS = 5, MAX_ROW_TRIES = 3;
  const MAX_SCROLLS = 12, SCROLL_STEP_MS = 600, SHORT_WINDOW = 500;
  const ENDS_ITSELF = /\bclear(Interval|Timeout)\b/;
  const TRIGGER_WORDS = new RegExp(
    // "Text us", "Text a specialist", "Text our team": texting someone is the text channel too
    // "Sign up", "Signup", and put as the person says it ("Sign me up", "Count me in")
    "\\b(text (me|alerts?|club|updates?|messages?|us|an?|our|the|with)|sms|texts|sign[ -]?up|" +
    "sign (me|us) up|count me in|" +
    // the text channel named beside another ("Text & Email Club", "Email or text list")
    "text(ing)? ?(&|and|\\+|/|or) ?e-?mail|e-?mail ?(&|and|\\+|/|or) ?text|" +
    "join|subscribe|" +
    // an offer put as what a person gets or saves ("Save 20% today", "Unlock $10 off")
    "newsletter|(get|save|unlock|claim) (\\$\\d+|\\d+(?= ?%))|\\d+ ?% off|discount|offers?|deals?|" +
    "coupons?|vip|" +
    // a coupon's code kept behind a button ("Reveal code", "Get my promo code"): the code is
    // what a person gets for the form it opens
    "(reveal|show|unlock|get|claim) (the |my |your |a |this )?(promo |discount |coupon )?code(?! of\\b)|" +
    "rewards?|alerts?|notify me|stay in (touch|the loop)|opt[ -]?in|" +
    // a button that starts a flow in place ("Get started" over an app's first step)
    "get started|" +
    // booking buttons that build their (often multi-purpose) form where the page left room
    "book( (now|online|an? (appointment|visit|session|table|consultation)))?|reserve|" +
    "reservations?|schedule( (now|online|an? (appointment|visit|service|consultation)))?|" +
    "request an? (appointment|quote|estimate|callback)|get an? (quote|estimate)|" +
    // a button that loads the form where the page left room for it ("Load form", "Show the
    // inquiry form", "Open our sign-up form"): what it loads is what a person fills in
    "(load|show|open|display|start|launch) (the |our |an? |this )?([\\w-]+ )?form|" +
    // a quiz funnel's opener ("Take the skin quiz", "Start our quiz"): its last step is the form
    "(take|start|begin) (the |our |an? |this )?([\\w-]+ )?quiz)\\b", "i");
  // a chat launcher: a control pinned to the window (a bubble in a corner, often an icon whose
  // only words are its label) that speaks of chatting or messaging opens what a person types in
  const CHAT_WORDS = /\b(chat|live help|messag(e|es|ing)|talk (to|with)|ask (us|an?|our))\b/i;
  // a floating contact button (an icon in a corner labelled "Contact us") that is no link opens
  // a menu of the ways to reach the business (call, text, email) in place
  const CONTACT_WORDS = /\b(contact( us)?|get in touch|reach us)\b/i;
  // a tab or panel toggle that names the text channel ("Email | Text", "By SMS", "Mobile")
  const TAB_WORDS = /^\s*(by |via )?(text( messages?| me)?|texts|texting|sms|mobile|phone)\s*$/i;
  // a tab of settings where a person chooses how to be reached ("Profile | Notifications")
  const SETTINGS_TAB_WORDS = /^\s*(notifications?|alerts?|(text|sms) settings)\s*$/i;
  // a sign-up kept in an inert <template> (or in an inline script's markup) that holds a phone
  // field is a form a click builds ("Get rental reminders by text" clones it into an empty box,
  // "Load more tips" appends the tip that holds it): while no phone field shows, a control that
  // names the text channel anywhere in its words, or that loads more of the page, is its opener
  const CHANNEL_WORDS = /\b(texts?|texting|sms|mobile|cell( ?phone)?|phone)\b|^\s*(load|show|see|view) more\b/i;
  const PHONE_FIELD = "input[type=tel], input[autocomplete~=tel], input[name*=phone i], " +
    "input[name*=mobile i], input[name*=cell i], input[id*=phone i], input[id*=mobile i]";
  // a cart drawer that holds a sign-up: "Add to cart" slides it in (a web component's drawer
  // often opens on nothing else, no aria-controls); adding an item sends nothing once the guard
  // is on. Only while the page holds a phone field that is not shown inside a box that speaks
  // of the cart ("Your cart", "Checkout", "Subtotal") and no phone field shows
  const ADDS_TO_CART = /^\s*\+?\s*add( it)? to (the |my |your )?(cart|bag|basket)\s*$/i;
  const CART_BOX = /\b(your (cart|bag|basket)|shopping (cart|bag)|check ?out|subtotal)\b/i;
  const inCart = (field) => {
    let box = field.parentElement;
    for (let i = 0; box && i < 6; box = box.parentElement, i += 1) {
      if (CART_BOX.test(box.textContent || "")) return true;
    }
    return false;
  };
  const cartHoldsPhone = () => {
    const phones = everywhere(PHONE_FIELD);
    return !phones.some((field) => shown(field)) &&
      phones.some((field) => !field.closest("template") && inCart(field));
  };
  // or its markup sits in the page's own script, written into the page when a control is
  // clicked ("Load more" renders the inspection form into an empty mount point): an inline
  // script that holds a phone input's markup
  const SCRIPTED_PHONE = /<input\b[^>]*\b(type=\\?["']?tel\b|(name|id)=\\?["']?[\w-]*(phone|mobile|cell))/i;
  let scriptsHoldPhone = null;
  const scriptedPhone = () => {
    if (scriptsHoldPhone === null) {
      scriptsHoldPhone = Array.from(document.scripts).some((script) =>
        !script.src && SCRIPTED_PHONE.test(script.textContent || ""));
    }
    return scriptsHoldPhone;
  };
  const builtOnClick = () =>
    (everywhere("template").some((t) => !t.shadowRootMode && t.content &&
      t.content.querySelector(PHONE_FIELD)) || scriptedPhone()) &&
    !everywhere(PHONE_FIELD).some((field) => shown(field));
  // a switch of how to be contacted ("Email | Text" radios, a segmented control) left on
  // another channel, while no phone field shows: its text option is chosen, as a person who
  // wants texts chooses it (the script then swaps in the mobile field and its consent). Only a
  // group with another option already chosen is a switch: a "( ) Yes ( ) No" answer nobody
  // chose yet is a consent, whose state is read, never set
  const channelChoices = () => {
    if (everywhere(PHONE_FIELD).some((field) => shown(field))) return [];
    const found = [];
    for (const radio of everywhere("input[type=radio]")) {
      if (radio.checked || radio.disabled || radio.hasAttribute("data-pvclicked") || !radio.name ||
          !(radio.form || document).querySelector(
            `input[type=radio][name="${CSS.escape(radio.name)}"]:checked`)) continue;
      const label = radio.labels && radio.labels[0];
      const target = label && shown(label) ? label : radio;
      const named = label ? words(label) : radio.getAttribute("aria-label") || "";
      if (shown(target) && !target.hasAttribute("data-pvclicked") && TAB_WORDS.test(named))
        found.push(target);
    }
    const PICKED = /^true$/i;
    for (const el of everywhere("[role=radio], button[aria-pressed]")) {
      const state = el.getAttribute("aria-checked") || el.getAttribute("aria-pressed") || "";
      const group = el.closest("[role=radiogroup], [role=group], [role=toolbar]") || el.parentElement;
      if (PICKED.test(state) || el.hasAttribute("data-pvclicked") || !shown(el) || !group ||
          !Array.from(group.querySelectorAll("[role=radio], button[aria-pressed]")).some(
            (other) => PICKED.test(other.getAttribute("aria-checked") ||
                                   other.getAttribute("aria-pressed") || "")) ||
          !TAB_WORDS.test(words(el))) continue;
      found.push(el);
    }
    return found;
  };
  // a cookie or consent banner by its name, or (fixed on screen, or a dialog) by its words;
  // "consent" alone is not enough: an SMS sign-up speaks of consent too
  const BANNER_NAME = /cookie|gdpr|ccpa|\bcmp\b|onetrust|cookiebot|privacy-?(banner|choices)|consent-?(banner|bar|manager|notice)/i;
  const BANNER_WORDS = /\bcookies?\b|tracking technologies/i;
  const DISMISS_FIRST = /^\s*(reject|decline|deny|refuse)( all| non-essential| optional| cookies)?|^\s*(only |use )?(essentials?|necessary)( cookies)?( only)?\s*$/i;
  const DISMISS = /^\s*(accept|agree|allow|got it|ok(ay)?|i understand|close|dismiss|continue|×|x)\b/i;
  const SKIP_WORDS = /\b(log ?out|sign ?out|cart|checkout|search|menu|close|dismiss|cookies?|unsubscribe)\b/i;
  const NEXT_WORDS = /^\s*(next( step)?|continue|proceed)?\s*[→›»]?\s*$/i;
  const POPUP_HINTS = /popup|pop-up|modal|dialog|newsletter|subscribe|sign-?up|opt-?in|\bsms\b|klaviyo|attentive|postscript|privy|justuno|omnisend|mailchimp/i;
  // a timer's handler that builds a form or its fields, or opens a dialog
  const BUILDS_FORM = /<form\b|<input\b|createElement\(\s*["'](form|input|dialog)["']|showModal\(/i;
  const FIELD = "input:not([type=hidden]):not([type=submit]):not([type=button])" +
    ":not([type=image]):not([type=reset]), select, textarea, [role=checkbox], [role=switch]";

  // --- what a person sees -------------------------------------------------------------------
  // a box moved off the page (a cart drawer parked at right: -420px, a panel translated out of
  // the window) is not seen until a script slides it in, as the annotation reads it
  // past an edge of the window: wholly below, above, right or left of it
  const pastWindow = (rect) => rect.top >= window.innerHeight || rect.bottom <= 0 ||
    rect.left >= window.innerWidth || rect.right <= 0;
  // a box fixed to the window does not move when the page scrolls: one pushed wholly past the
  // window's edge (a bottom sheet at translateY(110%) until the page's script slides it up)
  // is out of sight whatever the scroll, and so is what it holds past the edge with it. A field
  // below the window's bottom inside a tall fixed dialog that is itself on screen is seen
  // by scrolling the dialog: only the box wholly past the edge hides it
  const pushedOut = (el, rect) => {
    if (!pastWindow(rect)) return false;
    for (let box = el; box && box.nodeType === 1;
         box = box.parentElement || (box.parentNode && box.parentNode.host)) {
      if (getComputedStyle(box).position === "fixed")
        return pastWindow(box.getBoundingClientRect());
    }
    return false;
  };
  const shown = (el) => {
    if (!el.isConnected || !el.checkVisibility({ opacityProperty: true,
                                                 visibilityProperty: true })) return false;
    const rect = el.getBoundingClientRect();
    const pageWidth = Math.max(document.documentElement.scrollWidth, window.innerWidth);
    if (rect.right <= 0 || rect.bottom + window.scrollY <= 0 || rect.left >= pageWidth ||
        pushedOut(el, rect)) return false;
    return rect.width > 1 && rect.height > 1;
  };
  const everywhere = (selector) => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.matches(selector)) found.push(el);
        const shadow = shadowOf(el);
        if (shadow) walk(shadow);
      }
    };
    walk(document);
    return found;
  };
  const fields = () => everywhere(`${FIELD}, iframe`);
  const words = (el) => {
    const text = (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
    return (text.slice(0, 80) || el.getAttribute("aria-label") || el.getAttribute("title") ||
            el.value || "").trim();
  };
  // how many words a closed <details> holds beyond its summary (textContent: folded text is
  // not rendered, so innerText would not see it)
  const FINE_PRINT_WORDS = 8;
  const foldedWords = (details) => Array.from(details.childNodes)
    .filter((node) => !(node.nodeType === 1 && node.tagName === "SUMMARY"))
    .map((node) => node.textContent || "").join(" ").split(/\s+/).filter(Boolean).length;
  const navigates = (el) => {
    if (el.tagName !== "A") return false;
    const href = (el.getAttribute("href") || "").trim();
    return !!href && !href.startsWith("#") && !/^javascript:/i.test(href);
  };
  const opensDialog = (el) => el.hasAttribute("popovertarget") || el.hasAttribute("commandfor") ||
    /^(dialog|true)$/i.test(el.getAttribute("aria-haspopup") || "") ||
    /modal|popup|dialog/i.test(`${el.getAttribute("data-toggle") || ""} ` +
                                `${el.getAttribute("data-bs-toggle") || ""}`);
  const isSubmit = (el) => !!el.closest("form") &&
    (el.tagName === "BUTTON" && (el.getAttribute("type") || "submit").toLowerCase() === "submit" ||
     el.tagName === "INPUT" && /^(submit|image)$/i.test(el.type));
  // a tab or a toggle of a panel still hidden (or built when it is chosen), not selected yet
  const togglesPanel = (el) => {
    if (/^true$/i.test(el.getAttribute("aria-selected") || "") ||
        /^true$/i.test(el.getAttribute("aria-expanded") || "") ||
        /\b(active|selected|current)\b/.test(typeof el.className === "string" ? el.className : ""))
      return false;
    return el.getAttribute("role") === "tab" || el.hasAttribute("aria-controls") ||
      /^(tab|pill|collapse)$/i.test(el.getAttribute("data-toggle") || el.getAttribute("data-bs-toggle") || "");
  };
  // is it pinned to the window (it, or a box within three levels around it, is fixed)?
  const pinned = (el) => {
    for (let box = el, i = 0; box && box !== document.body && i < 4; box = box.parentElement, i += 1) {
      if (getComputedStyle(box).position === "fixed") return true;
    }
    return false;
  };
  const inBanner = (el) => {
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      // a box that asks for a phone or an email is a sign-up, whatever it says of cookies
      if (box.querySelector("input[type=tel], input[type=email], form")) return false;
      const named = [box.id, typeof box.className === "string" ? box.className : "",
                     box.getAttribute("aria-label")].join(" ");
      if (BANNER_NAME.test(named)) return true;
      const overlays = /^(dialog|alertdialog|region)$/.test(box.getAttribute("role") || "") ||
        /^(fixed|sticky)$/.test(getComputedStyle(box).position);
      if (overlays && BANNER_WORDS.test((box.innerText || "").slice(0, 300))) return true;
    }
    return false;
  };
  const bannerButton = () => {
    const buttons = everywhere("button, a, [role=button], input[type=button]")
      .filter((el) => shown(el) && !el.hasAttribute("data-pvclicked") && !navigates(el) &&
              !isSubmit(el) && inBanner(el));
    return buttons.find((el) => DISMISS_FIRST.test(words(el))) ||
      buttons.find((el) => DISMISS.test(words(el)) || DISMISS.test(el.getAttribute("aria-label") || ""));
  };
  // a closed toggle whose hidden panel is fine print only: no field, no button, 8+ words
  const foldsFinePrint = (el) => {
    if (!/^false$/i.test(el.getAttribute("aria-expanded") || "") ||
        el.getAttribute("role") === "tab") return false;
    const panels = (el.getAttribute("aria-controls") || "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)).filter(Boolean);
    if (!panels.length && el.nextElementSibling) panels.push(el.nextElementSibling);
    return panels.length > 0 && panels.every((panel) => !shown(panel) &&
      !panel.querySelector(`${ENTRY}, button, summary, [role=button], input, select`) &&
      (panel.textContent || "").split(/\s+/).filter(Boolean).length >= FINE_PRINT_WORDS);
  };
  // a menu toggle (a hamburger, "Menu") whose closed panel holds a sign-up opener: the opener
  // is reached through it, as a person opens the menu first; the panel is the one it names
  // (aria-controls, data-target), or, for a closed toggle that names none, the element next
  // to it
  const revealsOpener = (el) => {
    if (/^true$/i.test(el.getAttribute("aria-expanded") || "")) return false;
    const named = (el.getAttribute("aria-controls") || "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id));
    const target = el.getAttribute("data-target") || el.getAttribute("data-bs-target") || "";
    if (/^#[\w-]+$/.test(target)) named.push(document.querySelector(target));
    // (or the one right before it: a floating button's actions stack above it)
    if (!named.length && /^false$/i.test(el.getAttribute("aria-expanded") || ""))
      named.push(el.nextElementSibling, el.previousElementSibling);
    return named.some((panel) => panel && !shown(panel) &&
      Array.from(panel.querySelectorAll("button, a, [role=button], [aria-haspopup]")).some(
        (inner) => !navigates(inner) && !isSubmit(inner) &&
          TRIGGER_WORDS.test((inner.textContent || "").replace(/\s+/g, " ").slice(0, 80))));
  };
  // a bar or a card that invites a tap and is no control ("VIP riders: tap anywhere to join"):
  // tapped as a person taps it, when the page hears taps on it, or anywhere while it is pinned
  // to the window (a pop-up opened by the first tap, wherever it lands); one that holds
  // controls is reached through them, and one that holds fields is a form already
  const TOGGLE = "[role=checkbox], [role=switch]";
  // the words a toggle names as its label (aria-labelledby: "Text me repair updates" beside a
  // drawn box), or words inside them: the page flips the consent when they are clicked, as a
  // person's click on the box does, so they are the consent too and never an opener
  const labelsToggle = (el) => {
    const root = el.getRootNode();
    for (let node = el, i = 0; node && node.nodeType === 1 && i < 3;
         node = node.parentElement, i += 1) {
      if (!node.id || !root.querySelectorAll) continue;
      const naming = root.querySelectorAll(`[aria-labelledby~="${CSS.escape(node.id)}"]`);
      if (Array.from(naming).some((named) => named.matches(TOGGLE))) return true;
    }
    return false;
  };
  const CONTROL = "a, button, input, select, textarea, summary, iframe, [role=button], " +
    "[role=link], [role=tab], [role=checkbox], [role=switch]";
  const tapTargets = () => {
    const anywhere = (window[ANYCLICK] || 0) > 0;
    return everywhere("body *").filter((el) => {
      if (el.hasAttribute("data-pvclicked") || el.matches(CONTROL) ||
          el.hasAttribute("onclick")) return false;  // [onclick] is a trigger of its own
      const heard = el[TAPPED] || typeof el.onclick === "function";
      if (!heard && !(anywhere && /^(fixed|sticky)$/.test(getComputedStyle(el).position)))
        return false;
      if (!shown(el) || el.querySelector(CONTROL) || inBanner(el) || labelsToggle(el))
        return false;
      const text = (el.innerText || "").replace(/\s+/g, " ").trim();
      return text.length > 0 && text.length <= 200 && TRIGGER_WORDS.test(text) &&
        !SKIP_WORDS.test(text);
    });
  };
  // a control that dismisses the box, not a way on: "No thanks, I pay full price", "Not now",
  // "Close", "×" (its words, or its aria-label)
  const DISMISSES = /^\W*(no,? thanks?|no thank you|not now|maybe later|not interested|close|dismiss)\b|^\s*[×✕✖x]\s*$/i;
  const dismisses = (el) => DISMISSES.test(words(el)) ||
    DISMISSES.test(el.getAttribute("aria-label") || "");
  // the one shown control of a box that holds a phone field not shown yet and nothing to type in
  // (a prize wheel's "Spin", "Reveal my offer", "Scratch here": the claim form under it shows
  // once it is clicked), while no phone field shows anywhere: a person clicks it to go on,
  // whatever its words. A box as wide as the page (the body, its main) is no such box, a link
  // that leaves the page is no such control, and neither is a "Close" or "Skip".
  // `phoneShows` answers "does a phone field show anywhere?", asked once per pass over the
  // page's controls (triggers), not once per control
  const guardsHiddenForm = (el, phoneShows) => {
    if (navigates(el) || el.tagName === "SUMMARY" || !words(el) || words(el).length > 40 ||
        NOT_ANSWER.test(words(el)) || SKIP_WORDS.test(words(el)) ||
        CONSENT_WORDS.test(words(el)) || phoneShows()) return false;
    for (let box = el.parentElement, i = 0;
         box && i < STEP_LEVELS && !/^(BODY|HTML|MAIN)$/.test(box.tagName);
         box = box.parentElement, i += 1) {
      if (Array.from(box.querySelectorAll(ENTRY)).some(shown)) return false;
      // its one shown control: a row of choices (time slots, "Yes / No / Not now") or a
      // menu of buttons is a pick or a consent, not the way on; a pop-up's "No thanks" link
      // or "×" beside it only dismisses the box, so the wheel's "Spin" is still its one way on
      const controls = Array.from(box.querySelectorAll(
        "a, button, summary, [role=button], input[type=button], [onclick]")).filter(shown);
      if (controls.some((other) => other !== el && !el.contains(other) &&
          !dismisses(other))) return false;
      if (hiddenPhone(box)) return true;
    }
    return false;
  };
  // the names of the hidden boxes around a hidden phone field (a pop-up's wrapper "guideModal"),
  // as words: its id's words but those that only say it is a box ("modal", "popup")
  const BOX_WORDS = new Set(["modal", "popup", "pop", "up", "dialog", "overlay", "box", "wrap",
    "wrapper", "container", "form", "panel", "drawer", "sheet", "layer", "lightbox", "window",
    "js", "the", "id"]);
  const idWords = (id) => id.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()
    .split(/[^a-z0-9]+/).filter((word) => word.length > 2 && !BOX_WORDS.has(word));
  const hiddenFormNames = () => {
    const found = new Map();
    for (const field of everywhere(PHONE_FIELD)) {
      if (field.type === "hidden" || shown(field) || field.closest("template")) continue;
      for (let box = field.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box.id && !shown(box) && !found.has(box))
          found.set(box, [box.id.toLowerCase(), idWords(box.id)]);
      }
    }
    return Array.from(found);
  };
  // a button that names such a box in its attributes (data-open-guide, data-target="#guideModal"
  // beside the "guideModal" pop-up), whatever its words ("Get the free design guide"): the page
  // ties it to the pop-up, so it is the pop-up's opener. A button of the form the box is in
  // (a step's "Continue") is the form's own: the steps are gone through with their fields filled
  const namesHiddenForm = (el, names) => {
    const said = Array.from(el.attributes).filter((a) => a.name !== "style")
      .map((a) => `${a.name} ${a.value}`).join(" ").toLowerCase();
    const saidWords = new Set(said.split(/[^a-z0-9]+/));
    const form = el.closest("form");
    return names().some(([box, [id, named]]) => !box.contains(el) &&
      !(form && form.contains(box)) && (id.length > 3 && said.includes(id) ||
      named.some((word) => saidWords.has(word))));
  };
  const triggers = () => {
    let phoneShown;
    const phoneShows = () =>
      (phoneShown ??= everywhere(PHONE_FIELD).some((field) => shown(field)));
    let formNames;
    const names = () => (formNames ??= hiddenFormNames());
    return everywhere(
    "button, a, summary, [role=button], [role=tab], [aria-haspopup], [popovertarget], " +
    "[commandfor], [data-toggle], [data-bs-toggle], [aria-controls], [onclick]").filter((el) => {
    if (el.hasAttribute("data-pvclicked") || !shown(el) || isSubmit(el) || inBanner(el)) return false;
    // a toggle (a <button role="switch">) is a consent a person gives, not an opener: clicking
    // it would flip the very state the page is read for
    if (el.matches(TOGGLE) || labelsToggle(el)) return false;
    // the summary of an open <details> ("How often will I get texts?" over its shown answer)
    // only folds what a person already sees: clicking it would hide the answer
    if (el.tagName === "SUMMARY" && el.parentElement && el.parentElement.tagName === "DETAILS" &&
        el.parentElement.open) return false;
    // the summary of a closed <details> that already holds fine print and no field to type in
    // ("SMS details" over the consent's rates and STOP) folds the disclosure away from the
    // fields: left closed, as folds() says, so that the fold is seen (optin.disclosure_hidden);
    // one that holds the form is opened by folds(), and one that holds next to nothing yet
    // ("Loading…") fills itself when opened, so it is clicked
    if (el.tagName === "SUMMARY" && el.parentElement && el.parentElement.tagName === "DETAILS" &&
        !el.parentElement.open && !el.parentElement.querySelector(ENTRY) &&
        foldedWords(el.parentElement) >= FINE_PRINT_WORDS) return false;
    // so is a collapsed accordion's toggle (aria-expanded="false"; its panel the one it names,
    // or else the element right after it) whose hidden panel holds fine print and no field nor
    // button ("Text Club details" over the rates, HELP and STOP under a pop-up's form): it folds
    // the disclosure away from the fields, and a person sees the form without it (a menu
    // toggle whose panel holds a sign-up opener is still clicked: revealsOpener)
    if (foldsFinePrint(el) && !revealsOpener(el)) return false;
    if (togglesPanel(el) && (TAB_WORDS.test(words(el)) || SETTINGS_TAB_WORDS.test(words(el))))
      return true;
    // an item of an open menu ("Call | Text | Email") that names the text channel
    if ((el.getAttribute("role") === "menuitem" || el.closest("[role=menu]")) &&
        !navigates(el) && TAB_WORDS.test(words(el))) return true;
    if (revealsOpener(el)) return true;
    if (!navigates(el) && CHANNEL_WORDS.test(words(el)) && builtOnClick()) return true;
    if (!navigates(el) && ADDS_TO_CART.test(words(el)) && cartHoldsPhone()) return true;
    if (guardsHiddenForm(el, phoneShows)) return true;
    if (!navigates(el) && namesHiddenForm(el, names)) return true;
    const said = [words(el), el.id, typeof el.className === "string" ? el.className : "",
                  el.getAttribute("aria-label"), el.getAttribute("title")].join(" ");
    // a pop-up's "×" is named by its label ("Close"), whatever its class says ("offer-close")
    if (SKIP_WORDS.test(words(el)) || SKIP_WORDS.test(el.getAttribute("aria-label") || "") ||
        SKIP_WORDS.test(el.getAttribute("title") || "")) return false;
    const dialog = opensDialog(el);
    if (navigates(el) && !dialog) return false;
    return dialog || TRIGGER_WORDS.test(said) || (pinned(el) && CHAT_WORDS.test(said)) ||
      (pinned(el) && el.tagName !== "A" && CONTACT_WORDS.test(said));
    }).concat(channelChoices(), tapTargets());
  };
  // a closed section a person opens to reach a form it holds: a <details> whose summary is
  // shown, or a control that names the panel it opens (aria-controls: a collapsed toggle, or a
  // cart button that slides its drawer in, whatever its words) while that panel is hidden,
  // when what is folded holds a field to type in (a phone, an email, a name); a section that
  // folds only a consent box or its fine print, away from the fields, is not opened (that is
  // hidden); a tab is chosen only for its words (below): choosing it hides the shown tab
  const ENTRY = "input[type=tel], input[type=email], input[type=text], input:not([type]), " +
    "input[type=number], textarea";
  const builtWhenOpened = (panel) => !panel.children.length && !(panel.textContent || "").trim();
  const folds = () => {
    const found = everywhere("details:not([open])").filter((el) => {
      const summary = el.querySelector(":scope > summary");
      return summary && shown(summary) && !summary.hasAttribute("data-pvclicked") &&
        el.querySelector(ENTRY);
    }).map((el) => el.querySelector(":scope > summary"));
    for (const el of everywhere("[aria-controls]:not([aria-expanded=true]):not([role=tab])")) {
      if (el.hasAttribute("data-pvclicked") || !shown(el) || navigates(el) || isSubmit(el) ||
          el.matches(TOGGLE) || inBanner(el))
        continue;
      const panels = (el.getAttribute("aria-controls") || "").split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id));
      // a hidden panel that holds nothing yet is built when it opens (a "Perks" launcher whose
      // script writes its form into the panel on the first click): what it shows is read
      if (panels.some((panel) => panel && !shown(panel) &&
                      (panel.querySelector(ENTRY) || builtWhenOpened(panel))))
        found.push(el);
    }
    return found;
  };
  // or a form's plain button ("Send", "OK") while the form keeps its own submit for later: a
  // chat's "What's your mobile number? [Send]" that shows the consent step in place
  const STEP_SEND = /^\s*(send|ok|go|enter)\s*[→›»]?\s*$/i;
  const stepsOn = (el, scope) => (el.getAttribute("type") || "").toLowerCase() === "button" &&
    STEP_SEND.test(words(el)) && scope.tagName === "FORM" &&
    Array.from(scope.querySelectorAll("button, input[type=submit]"))
      .some((other) => other !== el && isSubmit(other));
  // or the "Send" of a chat's answer box: a chat asks one question at a time ("What's your
  // first name?", then the number, with the consent box under it) in one form whose only field
  // takes a free answer and whose "Send" submits it; the answer is a step (the guard refuses
  // the submission, the chat's own handler asks its next question). A form in no chat, or whose
  // one field takes an email or a number, is how a form sends: never a step
  const inChat = (scope) => {
    for (let box = scope, i = 0; box && i < STEP_LEVELS && !/^(BODY|HTML|MAIN)$/.test(box.tagName);
         box = box.parentElement, i += 1) {
      const named = `${box.id} ${box.getAttribute("class") || ""} ` +
        `${box.getAttribute("aria-label") || ""} ${box.getAttribute("title") || ""}`;
      if (CHAT_WORDS.test(named.replace(/[-_]/g, " "))) return true;
    }
    return false;
  };
  const answersChat = (el, scope) => {
    if (!isSubmit(el) || !STEP_SEND.test(words(el)) || scope.tagName !== "FORM" ||
        !inChat(scope)) return false;
    const typing = Array.from(scope.querySelectorAll(FIELD))
      .filter((field) => shown(field) && !/^(checkbox|radio|range|color)$/i.test(field.type));
    if (typing.length !== 1) return false;
    const field = typing[0];
    const hint = `${field.type} ${field.name} ${field.id} ${field.autocomplete} ` +
      `${field.placeholder} ${field.getAttribute("aria-label") || ""}`;
    return !/\b(e-?mail|tel|phone|mobile|cell)\b|^(number|date)\b/i.test(hint);
  };
  const nextButton = (scope) => Array.from(scope.querySelectorAll(
    "button, input[type=submit], input[type=button], a, [role=button]"))
    .find((el) => shown(el) && !el.hasAttribute("data-pvclicked") && words(el) &&
          (NEXT_WORDS.test(words(el)) || stepsOn(el, scope) ||
           answersChat(el, scope)));
  // a step of a wizard that is no form (a script's component renders each step into a box and
  // moves on when its button is clicked): the nearest box around a "Continue" button, within a
  // few levels, that holds a field; a box as wide as the page (the body, its main) is no step,
  // and a link that leaves the page is no step's button
  const STEP_LEVELS = 4;
  const formlessScopes = () => {
    const found = [];
    for (const button of everywhere("button, [role=button], input[type=button]")) {
      if (button.closest("form, dialog, [role=dialog]") || !shown(button) ||
          button.hasAttribute("data-pvclicked") || isSubmit(button) || inBanner(button) ||
          !NEXT_WORDS.test(words(button)) || !words(button)) continue;
      let box = button.parentElement;
      for (let i = 0; box && i < STEP_LEVELS && !/^(BODY|HTML|MAIN)$/.test(box.tagName);
           box = box.parentElement, i += 1) {
        if (!Array.from(box.querySelectorAll(FIELD)).some(shown)) continue;
        if (!found.includes(box)) found.push(box);
        break;
      }
    }
    return found;
  };
  // a visible choice on its empty prompt, with no field to type in within a few levels around
  // it (a form's "State" beside its address fields is no gate)
  const gates = () => everywhere("select").filter((field) => {
    if (field.multiple || field.value || field.hasAttribute("data-pvclicked") || !shown(field) ||
        !Array.from(field.options).some((o) => o.value && !o.disabled)) return false;
    let box = field.parentElement;
    for (let i = 0; box && i < STEP_LEVELS && !/^(BODY|HTML|MAIN)$/.test(box.tagName);
         box = box.parentElement, i += 1) {
      if (Array.from(box.querySelectorAll(ENTRY)).some(shown)) return false;
    }
    return true;
  });
  const stepScopes = () => everywhere("form, [role=dialog], dialog")
    .filter((scope) => shown(scope) && nextButton(scope)).concat(formlessScopes());
  // a quiz step: a heading, legend or question-styled line that asks ("Which best describes
  // your skin?", "What's your budget", "Choose your roast"), in a box (within a few levels,
  // never the page's body or main) that holds 2+ sibling answers and nothing to type in.
  // An answer is a shown button, card or radio-like choice with a few words, that is not a
  // link leaving the page, a form's submit, a tab, a panel toggle (an FAQ's question), a
  // consent toggle, a "Back"/"Next"/"Skip", nor in the page's nav, header or footer
  const ASKS = /\?\s*$|^\s*(what|which|how|who|when|where|why|do|does|are|is|have|has|would|choose|pick|select|tell us)\b/i;
  // a step's heading often puts the business or the step's number before what it asks
  // ("Harbor Physio — choose a visit", "Step 2: Pick a time", "1. Pick a time"): the clause
  // after the step's number, or after the last dash, middle dot, bar or colon, asks when it
  // tells a person to pick (a question there ends in "?");
  // "Harbor Physio — what we treat" names a section, it asks nothing
  const PICK = /^\s*(choose|pick|select|tell us)\b/i;
  const lastClause = (said) => said.split(/\s+[—–·|]\s+|\s+-\s+|:\s+/).pop();
  // a step's number before it ("1. Pick a time", "2) Choose a room") asks nothing itself
  const STEP_NUMBER = /^\s*(step\s*)?\d{1,2}\s*[.)]\s+/i;
  const asks = (said) => {
    const unnumbered = said.replace(STEP_NUMBER, "");
    return ASKS.test(unnumbered) || PICK.test(lastClause(unnumbered));
  };
  // a line of text (no heading) asks only as an imperative that tells a person to pick one
  // ("Choose a store to see its hours and get its texts.", "Select your studio"): a
  // paragraph that tells of choice ("Choose from eight blends") is followed by no answers
  const PROMPT_LINE = /^\s*(choose|pick|select) (a|an|one|your)\b[^.!?]*[.!:]?\s*$/i;
  // or when the whole line is one short question ("Who is the player?", a quiz script's
  // paragraph in bold): a paragraph that says more ("Not sure yet? Drop in on Friday.") asks
  // nothing of the buttons after it. A line's answers that speak of consent or the text
  // channel ("Want texts?" with "Yes" / "No") are a consent, never answered
  const QUESTION_LINE = /^[^.!?]{2,100}\?\s*$/;
  // an age gate asks too ("Are you 21 or older?"): it is read as the page shows it (its
  // answers are the gate's, crawler/agegate.py judges them), never answered
  const AGE_ASKED = /\b(1[89]|21) ?(\+|or (older|over)|years)|\b(are|r) you (at least |over )?(1[89]|21)\b|(legal|drinking|smoking) age|of age\b|old enough|how old are you|birth|verify (your )?age/i;
  const NOT_ANSWER = /^\s*(back|previous|prev|skip|start over|restart|next( step)?|continue|proceed|submit|close|×|x)\b/i;
  const ANSWER = "button, [role=button], [role=radio], [role=option], label, [data-answer], " +
    "[data-value], [onclick]";
  const ASKER = "h1, h2, h3, h4, h5, h6, legend, [role=heading], " +
    "[class*=question i], [id*=question i]";
  const QUESTION = `${ASKER}, p`;
  const isAnswer = (el) => {
    if (!shown(el) || navigates(el) || isSubmit(el) || el.matches(TOGGLE) ||
        el.getAttribute("role") === "tab" || el.hasAttribute("aria-controls") ||
        el.hasAttribute("aria-expanded") || el.closest("nav, header, footer") ||
        inBanner(el)) return false;
    // a label is an answer card only when it wraps a choice (a radio, or a box of one set)
    if (el.tagName === "LABEL" && !el.querySelector("input[type=radio], input[type=checkbox]"))
      return false;
    if (el.tagName !== "LABEL" && el.querySelector(FIELD)) return false;
    const said = words(el);
    return said.length > 0 && said.length <= 60 && /[a-z0-9$]/i.test(said) &&
      !NOT_ANSWER.test(said) && !/\?\s*$/.test(said) && !SKIP_WORDS.test(said);
  };
  // a card a person sees as clickable by the pointer it shows (a quiz's option cards are often
  // plain <div>s whose row hears the click: `.cards` listens, each `.opt` shows the pointer) is
  // an answer too, looked for only when the box holds no answers that are controls; the
  // outermost such element is the card, not the words inside it. Its words are counted before
  // its style is asked for: a long block is no card
  const POINTER_CARD = "div, li, span, figure, article, img";
  const pointerCards = (box) => Array.from(box.querySelectorAll(POINTER_CARD)).filter((el) =>
    (el.textContent || "").length <= 120 && getComputedStyle(el).cursor === "pointer" &&
    !(el.parentElement && getComputedStyle(el.parentElement).cursor === "pointer"));
  const quizzes = () => {
    const found = [];
    for (const question of everywhere(QUESTION)) {
      if (!shown(question) || question.closest("nav, header, footer")) continue;
      const asked = words(question);
      if (!asked || asked.length > 160 || AGE_ASKED.test(asked)) continue;
      const line = !question.matches(ASKER);
      if (line ? !PROMPT_LINE.test(asked) && !QUESTION_LINE.test(asked) : !asks(asked)) continue;
      // the box around the question, within a few levels; a question set straight in the
      // page's main (a heading or prompt, then the row of answers) is answered by the box
      // right after it
      const boxes = [];
      for (let box = question.parentElement, i = 0;
           box && i < 3 && !/^(BODY|HTML|MAIN)$/.test(box.tagName);
           box = box.parentElement, i += 1) boxes.push(box);
      if (boxes.length < 3 && question.nextElementSibling) boxes.push(question.nextElementSibling);
      for (const box of boxes) {
        if (Array.from(box.querySelectorAll(ENTRY)).some(shown)) break;
        const answersAmong = (found) => {
          const candidates = found.filter((el) =>
            !el.contains(question) && !question.contains(el) && isAnswer(el));
          const groups = new Map();
          for (const el of candidates) {
            // a card's inner button is the card's: the outermost answer is the one clicked
            if (candidates.some((other) => other !== el && other.contains(el))) continue;
            const key = el.parentElement;
            groups.set(key, (groups.get(key) || []).concat([el]));
          }
          return Array.from(groups.values()).find((set) => set.length >= 2 &&
            set.length <= 8 && !(line && QUESTION_LINE.test(asked) && set.some((el) =>
              CONSENT_WORDS.test(words(el)) || CHANNEL_WORDS.test(words(el)))));
        };
        const answers = answersAmong(Array.from(box.querySelectorAll(ANSWER))) ||
          answersAmong(pointerCards(box));
        if (answers) { found.push({ box, question: asked, answers }); break; }
      }
    }
    return found;
  };

  // a row of like choices whose pick shows the contact step: a booking widget's time slots
  // ("10:00 AM", "11:30 AM", "1:00 PM"), days or sizes, with no question above them, while the
  // box around the row (within a few levels, never the page's body or main) holds a phone field
  // not shown yet (the contact step the pick reveals). A person picks any one to go on (a sample
  // choice, like a quiz's answer): the first is clicked. Like choices are 3+ sibling answers of
  // one tag and class, each a few words, all with figures or all without; a row whose words
  // speak of consent or the text channel ("Yes", "No", "Text me") is a consent, never chosen
  const CONSENT_WORDS = /\b(yes|no|agree|accept|decline|opt|consent|subscribe|unsubscribe)\b/i;
  const hiddenPhone = (box) => {
    const phones = Array.from(box.querySelectorAll(PHONE_FIELD)).filter((field) =>
      field.type !== "hidden" && !field.closest("template"));
    return phones.length > 0 && !phones.some(shown);
  };
  const choiceRows = () => {
    const found = [];
    const groups = new Map();
    const candidates = everywhere(ANSWER).filter((el) => el.tagName !== "LABEL" && isAnswer(el));
    for (const el of candidates) {
      if (candidates.some((other) => other !== el && other.contains(el))) continue;
      const key = el.parentElement;
      groups.set(key, (groups.get(key) || []).concat([el]));
    }
    // like choices share their tag, role and first class: a state class a shop adds to some
    // ("sz out" beside "sz": a sold-out size) does not make them unlike
    const kind = (el) => `${el.tagName}|${firstClass(el)}|${el.getAttribute("role") || ""}`;
    for (const [parent, set] of groups) {
      if (!parent || set.length < 3 || set.length > 24) continue;
      const said = set.map(words);
      if (set.some((el) => kind(el) !== kind(set[0])) ||
          said.some((w) => w.length > 24 || w.split(/\s+/).length > 4 || CONSENT_WORDS.test(w) ||
                          TAB_WORDS.test(w) || CHANNEL_WORDS.test(w)) ||
          new Set(said.map((w) => /\d/.test(w))).size > 1) continue;
      let box = parent;
      for (let i = 0; box && i < STEP_LEVELS && !/^(BODY|HTML|MAIN)$/.test(box.tagName) &&
           !hiddenPhone(box); i += 1) box = box.parentElement;
      // or a hidden panel right after the row (a shop's "text me when it's back" under its
      // sizes), wherever the row sits
      if (!box || !hiddenPhone(box) || /^(BODY|HTML|MAIN)$/.test(box.tagName)) {
        box = [parent.nextElementSibling, parent.nextElementSibling?.nextElementSibling]
          .find((next) => next && hiddenPhone(next));
      }
      if (box) found.push({ box, choices: unavailableFirst(set) });
    }
    return found;
  };
  const firstClass = (el) =>
    (typeof el.className === "string" ? el.className : "").trim().split(/\s+/)[0];
  // a choice the page marks unavailable (a sold-out size: a state class or data flag, or its
  // words struck through) is what shows a waiting list's form: such choices are tried first
  const UNAVAILABLE = /(^|[\s_-])(out|sold|soldout|unavailable|oos|waitlist|backorder)([\s_-]|$)/i;
  const unavailable = (el) =>
    UNAVAILABLE.test(`${typeof el.className === "string" ? el.className : ""} ` +
                     `${el.getAttribute("data-stock") || ""} ${el.getAttribute("data-state") || ""}`) ||
    /^false$/i.test(el.getAttribute("data-available") || "") ||
    /line-through/.test(getComputedStyle(el).textDecorationLine || "");
  const unavailableFirst = (set) =>
    set.filter(unavailable).concat(set.filter((el) => !unavailable(el)));

  // --- a consent box that waits for the number ------------------------------------------
  // a consent box (a native one, or a role=checkbox/switch) that is disabled or not shown, in
  // a form (or a box a few levels up, for a sign-up that is no form) with a phone field; the
  // phone field that a person would type into first is returned with it. A native box hidden
  // behind its shown label is a styled box, not a gated one
  const BOX = "input[type=checkbox], [role=checkbox], [role=switch]";
  const gated = (box) => {
    if (box.closest("template")) return false;
    if (box.disabled || /^true$/i.test(box.getAttribute("aria-disabled") || "")) return true;
    if (shown(box)) return false;
    return !(box.labels && Array.from(box.labels).some((label) => shown(label)));
  };
  const typeGated = () => {
    const found = [];
    for (const box of everywhere(BOX)) {
      if (!gated(box)) continue;
      let scope = box.closest("form") || box.parentElement;
      for (let i = 0; scope && !box.closest("form") && i < 4 && !scope.querySelector(PHONE_FIELD);
           i += 1) scope = scope.parentElement;
      const phone = scope && Array.from(scope.querySelectorAll(PHONE_FIELD)).find((field) =>
        field.type !== "hidden" && !field.value);
      if (phone) found.push([box, phone]);
    }
    return found;
  };

  // --- a phone field whose typing the page hears -------------------------------------------
  const TYPING_HANDLERS = ["onfocus", "oninput", "onbeforeinput", "onkeydown", "onkeyup",
                           "onkeypress", "onchange"];
  const hearsTyping = (field) => {
    if ((window[ANYTYPING] || 0) > 0) return true;
    for (let el = field; el && el.nodeType === 1;
         el = el.parentElement || (el.parentNode && el.parentNode.host)) {
      if (el[TYPING] || TYPING_HANDLERS.some((name) => typeof el[name] === "function")) return true;
    }
    return false;
  };
  const fillable = () => everywhere(PHONE_FIELD).filter((field) => field.type !== "hidden" &&
    !field.value && !field.disabled && !field.readOnly && !field.closest("template") &&
    hearsTyping(field));

  // --- a delivery-area check before the sign-up ---------------------------------------------
  const ZIP_SAID = /\b(zip|postal|post ?code|postcode)\b/i;
  const ZIP_NAMED = /zip|postal|postcode/i;
  const ZIP_SHOWN = /(?<![\d.,$-])\d{5}(?![\d.,]\d|\d)/;
  const ZIP_TYPES = ["text", "search", "number", "tel"];
  const typable = (el) => shown(el) && !el.closest("[inert]");
  // a check that answers as the ZIP is typed, with no ZIP shown by it, checks it against a list
  // in the page's own script (a route table, the towns served): a person in the area types one
  // of those, so the first is typed. Only quoted five-digit strings count (a number in code is
  // a size or a delay, not a ZIP)
  const ZIP_QUOTED = /(["'])(\d{5})\1/;
  const ZIP_SERVED = "the page's script serves";
  const servedZip = () => {
    for (const s of document.scripts) {
      if (s.src) continue;
      const match = (s.textContent || "").slice(0, 50000).match(ZIP_QUOTED);
      if (match) return match[2];
    }
    return "";
  };
  // the one-field check a field belongs to: its form, or for a check that is no form the box
  // around it that holds a button, with no other field to type in; and the button that runs
  // it (none for a check that answers as the field is typed)
  const checkOf = (field, answersTyping) => {
    let scope = field.closest("form");
    for (let box = field.parentElement, i = 0; !scope && box && i < 3 &&
         box !== document.body; box = box.parentElement, i += 1) {
      if (box.querySelector("button, input[type=submit], input[type=button]")) scope = box;
    }
    if (!scope && answersTyping) scope = field.parentElement;
    if (!scope ||
        Array.from(scope.querySelectorAll(FIELD)).some((el) => el !== field && typable(el)))
      return {};
    const button = Array.from(scope.querySelectorAll(
      "button, input[type=submit], input[type=button], [role=button]"))
      .find((el) => shown(el) && !navigates(el) && !el.hasAttribute("data-pvclicked"));
    return button || answersTyping ? { scope, button } : {};
  };
  const zipChecks = () => {
    const found = [];
    let served;  // read from the scripts once, and only for a check that needs it
    const servedOnce = () => (served === undefined ? (served = servedZip()) : served);
    for (const field of everywhere("input")) {
      if (!ZIP_TYPES.includes((field.type || "text").toLowerCase()) || field.value ||
          field.disabled || field.readOnly || !typable(field)) continue;
      const labels = field.labels ? Array.from(field.labels).map((l) => l.textContent) : [];
      const said = [field.placeholder || "", ...labels, field.getAttribute("aria-label") || ""];
      if (!ZIP_SAID.test(said.join(" ")) &&
          !ZIP_NAMED.test(`${field.name} ${field.id} ${field.autocomplete}`)) continue;
      // a check that answers as the ZIP is typed needs no button
      const answersTyping = hearsTyping(field);
      const { scope, button } = checkOf(field, answersTyping);
      if (!scope) continue;
      // what a person reads by it: a script beside the form is code, not words
      const near = [scope.previousElementSibling, scope.nextElementSibling]
        .filter((el) => el && !["SCRIPT", "STYLE", "TEMPLATE"].includes(el.tagName))
        .map((el) => el.textContent);
      const zip = [...said, scope.textContent, ...near]
        .map((text) => (String(text).match(ZIP_SHOWN) || [""])[0]).find(Boolean);
      if (zip) found.push([field, button, zip, "the page shows"]);
      else if (answersTyping && servedOnce()) found.push([field, button, servedOnce(), ZIP_SERVED]);
    }
    return found;
  };

  // an order looked up by its number (a shop's "Order status" page that offers text updates
  // once the order shows): the example number the page shows for it (its placeholder
  // "TB-48213", "Order numbers look like TB-48213") is typed as a person types theirs, and
  // the check's button clicked; a lookup field that shows no example is left alone, and a
  // search box is no lookup
  const LOOKUP_SAID = /\b(order|tracking|confirmation|reservation|booking|claim|ticket|invoice|job|work order)\s*(number|no\.?|#|id|code)|\border\s*#/i;
  const EXAMPLE_ID = /^#?[A-Z]{0,4}[- ]?\d[\dA-Z-]{2,15}$/;
  const EXAMPLE_SAID = /\b(?:e\.g\.|eg|like|such as|example:?|for example,?)\s+(#?[A-Z]{0,4}-?\d[\dA-Z-]{2,15})\b/;
  const lookups = () => {
    const found = [];
    for (const field of everywhere("input")) {
      if (!["text", "search", ""].includes((field.getAttribute("type") || "").toLowerCase()) ||
          field.value || field.disabled || field.readOnly || !typable(field)) continue;
      const labels = field.labels ? Array.from(field.labels).map((l) => l.textContent) : [];
      const said = [...labels, field.getAttribute("aria-label") || "", field.name, field.id];
      if (!LOOKUP_SAID.test(said.join(" ")) && !LOOKUP_SAID.test(field.placeholder || ""))
        continue;
      const { scope, button } = checkOf(field, false);
      if (!scope) continue;
      const placeholder = (field.placeholder || "").trim();
      const near = [scope.textContent, scope.previousElementSibling?.textContent,
                    scope.nextElementSibling?.textContent];
      const example = EXAMPLE_ID.test(placeholder) ? placeholder
        : near.map((text) => (String(text || "").match(EXAMPLE_SAID) || [])[1]).find(Boolean);
      if (example) found.push([field, button, example]);
    }
    return found;
  };

  // --- which phases apply -------------------------------------------------------------------
  const due = window[TIMERS];
  const timersDue = () => {
    const now = performance.timeOrigin + performance.now();
    return due ? Array.from(due.entries()).filter(([, at]) => at > now && at - now < left() - 300)
      : [];
  };
  const live = window[INTERVALS];
  const countdowns = () => live ? Array.from(live.values()).filter((t) =>
    t.every <= left() && (ENDS_ITSELF.test(t.source) || POPUP_HINTS.test(t.source))) : [];
  const speaksOfPopups = () => {
    for (const s of document.scripts) {
      if (POPUP_HINTS.test(s.src || "") || POPUP_HINTS.test((s.textContent || "").slice(0, 20000)))
        return true;
    }
    // a pending timer whose own code builds a form or a dialog (a script file's pop-up: the
    // DOM shows the file only by its URL, whatever it is called)
    const sources = window[TIMER_SOURCES];
    if (sources && timersDue().some(([id]) => {
      const source = sources.get(id) || "";
      return BUILDS_FORM.test(source) || POPUP_HINTS.test(source);
    })) return true;
    // fields hidden for later, or a dialog that holds nothing yet: a pop-up still to be built
    return fields().some((el) => !shown(el) && el.tagName !== "IFRAME") ||
      everywhere("dialog, [role=dialog], [role=alertdialog], [aria-modal=true]").some((el) =>
        !el.children.length && !(el.textContent || "").trim());
  };
  const phases = [];
  if ((timersDue().length || countdowns().length) && speaksOfPopups()) phases.push("timers");
  if (document.documentElement.scrollHeight > window.innerHeight + 100 &&
      ((window[WATCHED] || 0) > 0 ||
       document.querySelector("iframe[loading=lazy], [data-src], [data-lazy], .lazy, .lazyload")))
    phases.push("scroll");
  if ((window[EXIT] || 0) > 0) phases.push("exit");
  // a banner is dismissed even when nothing is there to click yet: what it covers (a sign-up
  // bar shown once the notice is answered) is often built only then
  if (bannerButton()) phases.push("banner");
  if (folds().length) phases.push("open");
  if (triggers().length) phases.push("click");
  if (stepScopes().length) phases.push("steps");
  if (gates().length) phases.push("choose");
  if (quizzes().length) phases.push("quiz");
  if (choiceRows().length) phases.push("pick");
  if (zipChecks().length) phases.push("zip");
  if (lookups().length) phases.push("lookup");
  if (typeGated().length) phases.push("type");
  if (fillable().length) phases.push("fill");
  if (!phases.length) {
    return { phases, reached: 0, clicks: 0, stuck: 0, typedNumbers: 0, outOfBudget: false };
  }

  // a field in an inert section is drawn but no one can type in it until a control lifts the
  // `inert` ("Turn on text updates"): it is reached then, like a field a click shows
  const usable = (el) => shown(el) && !el.closest("[inert]");
  const seen = new WeakSet(fields().filter(usable));
  let reached = 0;
  const stampNew = (how) => {
    let count = 0;
    for (const el of fields()) {
      if (seen.has(el) || !usable(el)) continue;
      seen.add(el);
      if (!el.hasAttribute("data-pvreach")) el.setAttribute("data-pvreach", how.slice(0, 300));
      count += 1;
    }
    reached += count;
    return count;
  };
  // quiet for QUIET_MS, and the timers `started` (those a click set) have fired, within `max`:
  // ticking a box from a timer (`box.checked = true` 150 ms after a drawer opens) is no DOM
  // mutation, so quiet alone may end before the drawer's own scripts ran
  const settle = (max, started = []) => new Promise((resolve) => {
    const span = Math.max(Math.min(max, left()), 0);
    const cap = setTimeout(done, span);
    const deadline = performance.timeOrigin + performance.now() + span;
    const check = () => {
      const pending = due ? started.filter((id) => due.has(id) && due.get(id) <= deadline)
        .map((id) => due.get(id)) : [];
      if (!pending.length) { done(); return; }
      const wait = Math.min(...pending) - performance.timeOrigin - performance.now();
      timer = setTimeout(check, Math.max(wait, 0) + 10);
    };
    let timer = setTimeout(check, QUIET_MS);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, QUIET_MS);
    });
    observer.observe(document.documentElement, { subtree: true, childList: true,
                                                 attributes: true });
    function done() { observer.disconnect(); clearTimeout(cap); clearTimeout(timer); resolve(); }
  });

  // --- pop-ups set on timers ----------------------------------------------------------------
  const appeared = () => fields().some((el) => !seen.has(el) && shown(el));
  if (phases.includes("timers")) {
    const waitFrom = performance.now();
    const pending = timersDue();
    if (pending.length) {
      const last = Math.max(...pending.map(([, at]) => at));
      const secs = Math.round((last - performance.timeOrigin) / 1000);
      while (pending.some(([id]) => due.has(id)) && left() > 300) {
        const next = Math.min(...pending.filter(([id]) => due.has(id)).map(([, at]) => at));
        await wait(Math.min(next - performance.timeOrigin - performance.now() + 20, left() - 300));
      }
      await settle(STEP_MAX_MS);
      stampNew(`after waiting ${secs} s for a pop-up`);
    }
    // an interval that counts the seconds on the page: its pop-up comes when it stops
    if (countdowns().length) {
      while (countdowns().length && !appeared() && left() > 300) {
        await wait(Math.min(POLL_MS, left() - 300));
      }
      const secs = Math.round(performance.now() / 1000);
      await settle(STEP_MAX_MS);
      stampNew(`after waiting ${secs} s for a pop-up`);
    }
    waitedMs = performance.now() - waitFrom;
    started += waitedMs;
  }

  // --- lazy loading -------------------------------------------------------------------------
  if (phases.includes("scroll")) {
    const reachedBefore = reached;
    // a window at a time (a handler may look for its section in the window, not past it),
    // then the bottom again for what the last sections added
    const height = () => document.documentElement.scrollHeight;
    const stride = Math.max(window.innerHeight * 0.9, 200);
    for (let y = stride, i = 0; y < height() && i < MAX_SCROLLS && left() > 800; y += stride, i += 1) {
      window.scrollTo(0, y);
      await settle(SCROLL_STEP_MS);
    }
    let bottom = 0;
    for (let i = 0; i < 3 && height() > bottom + 10 && left() > 500; i += 1) {
      bottom = height();
      window.scrollTo(0, bottom);
      await settle(STEP_MAX_MS);
    }
    stampNew("after scrolling to the bottom of the page");
    // a handler waiting for a point this window cannot scroll to (the end of a table above a
    // short footer) is reached in a shorter window, a laptop's with its toolbars or a phone's
    // held sideways: room below the page, as much as that window has, lets the page's end go
    // that far up; the room is taken away again before the page is read
    if ((window[WATCHED] || 0) > 0 && window.innerHeight > SHORT_WINDOW && left() > 800) {
      const room = document.createElement("div");
      room.setAttribute("aria-hidden", "true");
      room.style.cssText = `height:${window.innerHeight - SHORT_WINDOW}px;margin:0;padding:0`;
      document.body.appendChild(room);
      window.scrollTo(0, height());
      await settle(STEP_MAX_MS);
      room.remove();
      stampNew(`after scrolling to the bottom of the page in a window ${SHORT_WINDOW} px tall`);
    }
    window.scrollTo(0, 0);
    // a page that listens to scrolling and showed nothing yet may wait for a reader who comes
    // back up and goes down again (a pop-up on the second pass over a point): the page is
    // gone down once more, in one move, and left at the top
    if ((window[WATCHED] || 0) > 0 && reached === reachedBefore && left() > 800) {
      await settle(QUIET_MS * 2);
      window.scrollTo(0, height());
      await settle(STEP_MAX_MS);
      stampNew("after scrolling down the page a second time");
      window.scrollTo(0, 0);
    }
  }

  // --- nothing leaves the page from here on -------------------------------------------------
  if (!window[GUARD]) {
    const guard = { attempts: 0 };
    Object.defineProperty(window, GUARD, { value: guard });
    const refuse = () => { guard.attempts += 1; };
    // a GET of the page's own site that carries nothing (a path with no query, no body, none
    // of the sample values typed) loads more of the page, as the click a person makes does:
    // "Schedule a pump-out" fetches /partials/schedule.html and puts its form in the page. It
    // goes out (the renderer's network guard checks it again); any other request is refused
    const TYPED = /5555550100|probe|example\.com|10001/i;
    const loadsPage = (method, address, body) => {
      if (body != null || !/^(get|head)?$/i.test(method || "")) return false;
      try {
        const url = new URL(address, location.href);
        return url.origin === location.origin && !url.search && !TYPED.test(url.pathname);
      } catch (e) { return false; }
    };
    const fetched = window.fetch;
    window.fetch = (input, init = {}) => {
      const request = input instanceof Request ? input : null;
      if (loadsPage(init.method || (request && request.method), request ? request.url : String(input),
                    init.body)) return fetched.call(window, input, init);
      refuse();
      return new Promise(() => {});
    };
    const opened = XMLHttpRequest.prototype.open;
    const sent = XMLHttpRequest.prototype.send;
    const ASKED = Symbol("prevet.asked");
    XMLHttpRequest.prototype.open = function (method, address, ...rest) {
      this[ASKED] = [method, String(address)];
      return opened.call(this, method, address, ...rest);
    };
    XMLHttpRequest.prototype.send = function (body) {
      const [method, address] = this[ASKED] || ["POST", ""];
      if (loadsPage(method, address, body)) return sent.call(this, body);
      refuse();
    };
    HTMLFormElement.prototype.submit = function () { refuse(); };
    HTMLFormElement.prototype.requestSubmit = function () {
      refuse();
      // its handlers still hear of it, as they would of a click on the submit button
      this.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    };
    if (navigator.sendBeacon) navigator.sendBeacon = () => { refuse(); return true; };
    if (window.WebSocket) WebSocket.prototype.send = function () { refuse(); };
    window.open = () => { refuse(); return null; };
    window.addEventListener("submit", (event) => {
      if (event.isTrusted) { refuse(); event.preventDefault(); }
    }, true);
    if (window.navigation) {
      window.navigation.addEventListener("navigate", (event) => {
        // a link to a place in the page ("#join") only changes its fragment: nothing is
        // requested, and the page's own hashchange handler may open a drawer or a dialog; a
        // route of a hash-routed app ("#/alerts") is a page of its own, crawled as one
        const hash = event.destination && event.destination.url.split("#")[1];
        if (event.hashChange && !event.formData && hash && !/^[/!]/.test(hash)) return;
        // a control that moves a hash-routed app to another route ("Continue with phone" sets
        // location.hash to "#/join/phone") is a link to that route: it is marked so, and the
        // route is crawled as the page it is (crawler/extract.py reads the mark)
        if (event.hashChange && hash && guard.clicking && guard.clicking.isConnected)
          guard.clicking.setAttribute("data-pvroute", `#${hash}`);
        refuse();
        if (event.cancelable) event.preventDefault();
      });
    }
  }
  const guard = window[GUARD];

  // --- leaving the page ---------------------------------------------------------------------
  // a reviewer's visit ends by leaving the page: the pointer goes out through the top of the
  // window (no element it goes to, above the top edge), which is what exit-intent scripts hear
  if (phases.includes("exit")) {
    const out = { bubbles: true, cancelable: true, clientX: window.innerWidth / 2, clientY: -1,
                  relatedTarget: null, view: window };
    document.documentElement.dispatchEvent(new MouseEvent("mouseout", out));
    for (const target of [document.documentElement, document, document.body]) {
      if (target) target.dispatchEvent(new MouseEvent("mouseleave", { ...out, bubbles: false }));
    }
    await settle(STEP_MAX_MS);
    stampNew("after the pointer left the page (an exit-intent pop-up)");
  }

  // --- clicks -------------------------------------------------------------------------------
  let clicks = 0;
  // the radio, box or pressed-state button a click sets itself (the control clicked, or the
  // one the clicked label names): once the click leaves it on, its state is prevet's choice
  // made to reach the form ("Text me" chosen to show the phone field), never the page's
  // default, and it is stamped data-pvset="1". A box the page's script ticks in answer to the
  // click is not the clicked control and keeps no stamp: it reads as ticked by the page
  const SETTABLE = "input[type=radio], input[type=checkbox], [role=radio], [role=checkbox], " +
    "[role=switch], [aria-pressed]";
  const setsItself = (el) => {
    if (el.matches(SETTABLE)) return el;
    const named = el.tagName === "LABEL" ? el.control : null;
    return named && named.matches(SETTABLE) ? named : null;
  };
  const isOn = (el) => (el.tagName === "INPUT" ? el.checked
    : /^true$/i.test(el.getAttribute("aria-checked") || el.getAttribute("aria-pressed") || ""));
  // a dialog a click opens that holds nothing to fill in ("SMS terms" beside the box opening
  // the rates, HELP and STOP in a modal): its words are what a person reads only after
  // clicking, so it is stamped data-pvopened="<the words clicked>" (TextBlock.shown_on_click)
  const DIALOGS = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]";
  const stampOpened = (shownBefore, label) => {
    for (const box of everywhere(DIALOGS)) {
      if (shownBefore.has(box) || !shown(box) || box.hasAttribute("data-pvopened")) continue;
      if (box.querySelector(`${ENTRY}, select, iframe`)) continue;
      box.setAttribute("data-pvopened", label.slice(0, 60));
    }
  };
  const click = async (el) => {
    el.setAttribute("data-pvclicked", "1");
    clicks += 1;
    const openedBy = words(el) || el.getAttribute("aria-label") || "";
    const dialogsShown = new Set(everywhere(DIALOGS).filter(shown));
    const before = new Set(due ? due.keys() : []);
    const clickedAt = performance.timeOrigin + performance.now();
    const toggle = setsItself(el);
    const wasOn = toggle ? isOn(toggle) : true;
    guard.clicking = el;
    try { el.click(); } catch (e) { return; } finally { guard.clicking = null; }
    if (!wasOn && isOn(toggle)) toggle.setAttribute("data-pvset", "1");
    const set = due ? Array.from(due.keys()).filter((id) => !before.has(id)) : [];
    await settle(STEP_MAX_MS, set);
    // an animation before the reveal (a wheel that spins for two seconds, "Checking
    // availability..."): when nothing new shows yet and a timer the click set is still due
    // within REVEAL_MAX_MS of the click, it is waited for, and the page settles again
    const now = () => performance.timeOrigin + performance.now();
    const pending = () => set.filter((id) => due.has(id) &&
      due.get(id) - clickedAt <= REVEAL_MAX_MS && due.get(id) - now() < left() - 300);
    if (!appeared() && pending().length) {
      await wait(Math.max(...pending().map((id) => due.get(id))) - now() + 20);
      await settle(STEP_MAX_MS, set);
    }
    stampOpened(dialogsShown, openedBy);
  };
  if (phases.includes("banner")) {
    const banner = bannerButton();
    if (banner) {
      const label = words(banner).slice(0, 60);
      await click(banner);
      stampNew(`after clicking '${label}'`);
    }
  }
  // click what `next()` finds, a round at a time, until it finds nothing more
  const clickEach = async (next, verb) => {
    for (let round = 0; round < MAX_CLICKS && left() > 400; round += 1) {
      const el = next()[0];
      if (!el) break;
      const label = words(el).slice(0, 60);
      await click(el);
      stampNew(`after ${verb} '${label}'`);
    }
  };
  if (phases.includes("open")) await clickEach(folds, "opening");
  // a pop-up that a timer, scrolling or leaving showed may hold the opener itself (a prize
  // wheel's "Spin" over its hidden claim form): it is clicked as one shown at load is
  if (!phases.includes("click") && left() > 400 && triggers().length) phases.push("click");
  if (phases.includes("click") || phases.includes("banner") || phases.includes("open")) {
    await clickEach(triggers, "clicking");
  }

  // --- a choice that opens the form ---------------------------------------------------------
  // a choice left on its prompt ("Choose a location...") with nothing to type in around it: the
  // form for the chosen place or service is built once a person chooses (its first real option
  // is chosen, and put back before the page is read, without telling the page)
  const chosen = [];
  for (const field of gates().slice(0, 2)) {
    if (left() <= 400) break;
    const option = Array.from(field.options).find((o) => o.value && !o.disabled);
    chosen.push([field, field.selectedIndex]);
    field.setAttribute("data-pvclicked", "1");
    field.value = option.value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    await settle(STEP_MAX_MS);
    // the label's own words, without those of the choice it wraps
    const named = field.labels && field.labels[0] ? field.labels[0].cloneNode(true) : null;
    if (named) named.querySelectorAll("select").forEach((inner) => inner.remove());
    const label = (named ? named.textContent : "").replace(/\s+/g, " ").trim().slice(0, 40);
    stampNew(`after choosing '${option.text.trim().slice(0, 40)}'` +
             (label ? ` in '${label}'` : ""));
  }

  // --- a quiz funnel ------------------------------------------------------------------------
  // the first answer of each step is clicked (a person's pick, never a submission: the guard is
  // on), then the step's "Next" when the answer only marked its card chosen; it goes on while
  // each answer changes the step (a new question or new fields), until a phone field shows
  // a quiz an opener showed ("Take the quiz") is stepped through too
  if (!phases.includes("quiz") && left() > 400 && quizzes().length) phases.push("quiz");
  if (phases.includes("quiz")) {
    const answered = [];
    const asked = new Set();
    const phoneShown = () => everywhere("input[type=tel]").some(shown);
    for (let step = 0; step < MAX_QUIZ_STEPS && left() > 400 && !phoneShown(); step += 1) {
      const quiz = quizzes().find((q) => !asked.has(q.question));
      if (!quiz) break;
      asked.add(quiz.question);
      const answer = quiz.answers.find((el) => !el.hasAttribute("data-pvclicked"));
      if (!answer) break;
      const looks = () => `${(document.body.innerText || "").length}|` +
        quizzes().map((q) => q.question).join("|") + `|${fields().filter(shown).length}`;
      const before = looks();
      answered.push(words(answer).slice(0, 40));
      await click(answer);
      if (looks() === before) {
        const next = nextButton(quiz.box.isConnected ? quiz.box : document.body);
        if (next && quiz.box.contains(next)) await click(next);
      }
      const changed = looks() !== before;
      stampNew(`after answering ${answered.map((a) => `'${a}'`).join(", ")}`);
      if (!changed) break;
    }
  }

  // --- a sample pick that shows the contact step -------------------------------------------
  // the first of a row of like choices (a time slot) is clicked, as a person picks one to go
  // on; then the next row the pick showed (a day, then its times), while each pick changes the
  // page, until the row's box shows its phone field
  if (!phases.includes("pick") && left() > 400 && choiceRows().length) phases.push("pick");
  if (phases.includes("pick")) {
    const picked = [];
    const looks = () =>
      `${(document.body.innerText || "").length}|${fields().filter(shown).length}`;
    for (let step = 0; step < MAX_QUIZ_STEPS && left() > 400; step += 1) {
      const row = choiceRows().find((r) =>
        !r.choices.some((el) => el.hasAttribute("data-pvclicked")));
      if (!row) break;
      // the first choice, as a person picks any one to go on; when it changes nothing (an
      // in-stock size), the next, up to MAX_ROW_TRIES
      let changed = false;
      for (const choice of row.choices.slice(0, MAX_ROW_TRIES)) {
        if (left() < 400) break;
        const before = looks();
        await click(choice);
        changed = looks() !== before;
        if (changed) { picked.push(words(choice).slice(0, 40)); break; }
      }
      stampNew(`after picking ${picked.map((p) => `'${p}'`).join(", ")}`);
      if (!changed || !hiddenPhone(row.box)) break;
    }
  }

  // --- multi-step forms ---------------------------------------------------------------------
  const sample = (field) => {
    const type = (field.type || "text").toLowerCase();
    const hint = `${field.name} ${field.id} ${field.autocomplete} ${field.placeholder}`;
    if (type === "email" || /e-?mail/i.test(hint)) return ["probe@example.com", "an email"];
    if (type === "tel" || /phone|mobile|cell/i.test(hint)) return ["5555550100", "a phone number"];
    if (type === "number") return [field.min || "1", "a number"];
    if (type === "date") return [field.min || "2000-01-01", "a date"];
    if (/zip|postal/i.test(hint)) return ["10001", "a ZIP code"];
    if (/name/i.test(hint)) return ["Probe", "a name"];
    return ["Probe", "a sample value"];
  };
  const typed = [];
  let stuck = 0;
  for (const scope of stepScopes()) {
    for (let step = 0; step < MAX_STEPS && left() > 400; step += 1) {
      const next = nextButton(scope);
      if (!next) break;
      const entered = [];
      let choices = 0;
      for (const field of scope.querySelectorAll("input, textarea")) {
        const type = (field.type || "text").toLowerCase();
        if (!shown(field) || field.value || ["checkbox", "radio", "hidden", "submit", "button",
            "file", "image", "reset", "password"].includes(type)) continue;
        const [value, what] = sample(field);
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
        typed.push(field);
        if (!entered.includes(what)) entered.push(what);
      }
      // a choice left on its empty prompt ("Choose one") would stop the step as a person is
      // stopped: the first real option is chosen, and put back before the page is read
      for (const field of scope.querySelectorAll("select")) {
        if (!shown(field) || field.value || field.multiple) continue;
        const option = Array.from(field.options).find((o) => o.value && !o.disabled);
        if (!option) continue;
        chosen.push([field, field.selectedIndex]);
        field.value = option.value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
        choices += 1;
      }
      const stamped = scope.querySelector("[data-pvreach]");
      const how = (stamped ? stamped.getAttribute("data-pvreach") : "").replace(/^after /, "");
      const label = words(next).slice(0, 40);
      const before = guard.attempts;
      const kinds = new Map(Array.from(scope.querySelectorAll("input")).map((f) => [f, f.type]));
      await click(next);
      const acts = [...(entered.length ? [`entering ${entered.join(" and ")}`] : []),
                    ...(choices ? [`choosing ${choices > 1 ? "options" : "an option"}`] : [])];
      const said = `after ${how ? how + ", " : ""}${acts.length ? acts.join(", ") + " and " : ""}` +
        `clicking '${label}'`;
      // a field the step turned into the next question's (a chat's answer box that now takes
      // the number) was reached by the step, as the fields it showed were
      for (const [field, kind] of kinds) {
        if (field.isConnected && field.type !== kind && field.type === "tel")
          field.setAttribute("data-pvreach", said);
      }
      if (stampNew(said)) continue;
      if (guard.attempts > before) {
        const what = entered.length ? entered.join(" and ") : "the step";
        scope.setAttribute("data-pvwait", `the step after '${label}' appears only once ${what} ` +
                           "is sent to the site (prevet sends nothing): check that step by hand");
        stuck += 1;
      }
      break;
    }
  }
  for (const field of typed) field.value = "";
  for (const [field, index] of chosen) if (field.isConnected) field.selectedIndex = index;

  // --- a delivery-area check ----------------------------------------------------------------
  // the ZIP the page shows is typed a key at a time and the check's button clicked (its submit
  // is the page's own script: the guard sends nothing); the ZIP stays in its field. So is an
  // order number the page gives as its example, on an order lookup
  let checksTyped = 0;
  // a value typed as a person types it, a key at a time (a script counting characters on
  // "input" or "keyup" hears each), through the native value setter, so that a framework's
  // own record of the value follows; `keypress` too where a phone field's script may hear it
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const pressKeys = (field, value, keypress = false) => {
    for (const key of value) {
      const code = /\d/.test(key) ? `Digit${key}` : /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : "";
      const keyed = { key, code, bubbles: true, cancelable: true, composed: true };
      field.dispatchEvent(new KeyboardEvent("keydown", keyed));
      if (keypress) field.dispatchEvent(new KeyboardEvent("keypress", keyed));
      setValue.call(field, field.value + key);
      field.dispatchEvent(new InputEvent("input", { ...keyed, inputType: "insertText", data: key }));
      field.dispatchEvent(new KeyboardEvent("keyup", keyed));
    }
    field.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const typeAndCheck = async (field, button, value, how) => {
    field.focus();
    pressKeys(field, value);
    if (button) {
      const label = (words(button) || button.value || "").slice(0, 40);
      await click(button);
      how += ` and clicking '${label}'`;
    } else {
      await settle(STEP_MAX_MS);
    }
    return stampNew(how);
  };
  if (phases.includes("zip")) {
    for (const [field, button, zip, whose] of zipChecks().slice(0, 1)) {
      if (left() <= 400) break;
      if (await typeAndCheck(field, button, zip, `after typing the ZIP code ${zip} ${whose}`))
        checksTyped += 1;
    }
  }
  if (phases.includes("lookup")) {
    for (const [field, button, example] of lookups().slice(0, 1)) {
      if (left() <= 400) break;
      if (await typeAndCheck(field, button, example,
                             `after typing the example number ${example} the page shows`))
        checksTyped += 1;
    }
  }

  // --- a number typed where the consent box waits for it ------------------------------------
  // typed as a person types it (pressKeys). Nothing is submitted, and the guard is on
  let typedNumbers = 0;
  const typeNumber = (phone) => {
    phone.focus();
    phone.dispatchEvent(new FocusEvent("focusin", { bubbles: true, composed: true }));
    pressKeys(phone, "5555550100", true);
  };
  const untype = (phone) => {
    setValue.call(phone, "");
    phone.dispatchEvent(new Event("input", { bubbles: true }));
    phone.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const filled = new Set();
  if (phases.includes("type")) {
    const waiting = new Map();
    for (const [box, phone] of typeGated()) {
      if (!shown(phone) || phone.disabled || phone.readOnly) continue;
      if (!waiting.has(phone)) waiting.set(phone, []);
      waiting.get(phone).push(box);
    }
    for (const [phone, boxes] of waiting) {
      if (left() <= 400) break;
      filled.add(phone);
      typeNumber(phone);
      await settle(STEP_MAX_MS);
      const opened = boxes.filter((box) => box.isConnected && !gated(box));
      if (opened.length) {
        for (const box of opened) box.setAttribute("data-pvtyped", "1");
        stampNew("after typing a phone number");
        typedNumbers += 1;
      } else {
        untype(phone);
      }
      phone.blur();
    }
  }
  // --- a number typed where the page hears the phone field ----------------------------------
  // what a person filling the form meets once in the field: a consent box and its words that
  // a focus or input handler puts under it. The form (or a few boxes up, for a sign-up that is
  // no form) is compared before and after: a new field, or a sentence or more of new text
  if (!phases.includes("fill") && left() > 400 && fillable().length) phases.push("fill");
  if (phases.includes("fill")) {
    const around = (field) => {
      let scope = field.closest("form") || field.parentElement;
      for (let i = 0; scope && !field.closest("form") && i < 3 && scope.parentElement &&
           scope.parentElement !== document.body; i += 1) scope = scope.parentElement;
      return scope || field;
    };
    const said = (scope) => (scope.innerText || "").replace(/\s+/g, " ").trim().length;
    let fills = 0;
    for (const phone of fillable()) {
      if (fills >= MAX_FILLS || left() <= 400) break;
      if (filled.has(phone) || !usable(phone)) continue;
      fills += 1;
      const scope = around(phone);
      const before = said(scope);
      typeNumber(phone);
      await settle(STEP_MAX_MS);
      const how = "after typing a sample number in the phone field";
      const grown = phone.isConnected && scope.isConnected && said(scope) - before >= FILL_SHOWS_CHARS;
      if (stampNew(how) || grown) {
        if (!phone.hasAttribute("data-pvreach")) phone.setAttribute("data-pvreach", how);
        typedNumbers += 1;
      } else {
        untype(phone);
        phone.blur();
      }
    }
  }
  // whether it stopped because the budget ran out rather than because nothing was left to do
  return { phases, reached, clicks, stuck, typedNumbers, checksTyped, waitedMs: Math.round(waitedMs),
           outOfBudget: left() <= 400 };
}
