"""The renderer reaches the forms a person reaches (pop-ups on timers, sign-up openers, multi-step
forms, web components, other hosts' frames), records how, and sends nothing doing it: a server
that keeps every request it receives sees no POST, beacon, submitted form or typed value."""

from __future__ import annotations

import asyncio
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest

from analyzers.optin.find import optin_form_on
from crawler.page_builder import build_page
from crawler.render import SHADOW_ROOTS_KEY, Renderer
from crawler.render_thread import RenderThread
from crawler.resolve import parse_resolve
from crawler.snapshot import Form, Page
from fixtures.serve import FixtureServer

HOST = "www.interaction-shop.com"
FORM_HOST = "forms.formhost.io"
# a widget's host on a top-level domain the browser always upgrades to https (.app)
APP_HOST = "book.tidyslot.app"
# every way a page sends what was typed: fetch, XHR, a beacon, a pixel, a socket, a submitted
# GET form, a navigation, window.open; the phone step shows only after the send "answers"
LEAKY = """<html><body><h1>Shop</h1>
<button class="offer-tab" aria-haspopup="dialog" id="offer">Get 10% off</button>
<div id="pop" role="dialog" hidden>
 <form id="signup" action="/subscribe" method="get">
  <div id="s1"><label>Email <input type="email" name="email"></label>
   <button id="next">Next</button></div>
  <div id="s2" hidden><label>Mobile <input type="tel" name="phone"></label>
   <label><input type="checkbox" name="sms"> Text me offers.</label><button>Sign up</button></div>
 </form></div>
<script>
document.getElementById("offer").addEventListener("click", () => {
  document.getElementById("pop").hidden = false;
});
document.getElementById("signup").addEventListener("submit", (event) => {
  const email = event.target.email.value;
  fetch("/api/lead", {method: "POST", body: email}).then(() => {
    document.getElementById("s1").hidden = true;
    document.getElementById("s2").hidden = false;
  });
  const xhr = new XMLHttpRequest(); xhr.open("POST", "/api/xhr"); xhr.send(email);
  navigator.sendBeacon("/api/beacon", email);
  new Image().src = "/pixel.gif?e=" + encodeURIComponent(email);
  try { new WebSocket("ws://" + location.host + "/ws").onopen = (s) => s.target.send(email); }
  catch (e) {}
  window.open("/thanks?e=" + email);
  setTimeout(() => { location.href = "/thanks?e=" + encodeURIComponent(email); }, 50);
});
</script></body></html>"""
# a popup on a 3 s timer, a web component's form, a hosted form in another host's frame, and a
# two-step form whose handler shows the phone step itself
REACHED = """<html><body><h1>Shop</h1>
<sms-signup></sms-signup>
<form id="steps" onsubmit="event.preventDefault()">
 <div id="a"><label>Email <input type="email" name="email"></label>
  <button type="button" onclick="a.hidden = true; b.hidden = false">Continue</button></div>
 <div id="b" hidden><label>Mobile <input type="tel" name="mobile"></label><button>Join</button>
 </div></form>
<iframe src="http://forms.formhost.io:{{port}}/f/abc.html" width="400" height="300"></iframe>
<script>
customElements.define("sms-signup", class extends HTMLElement { connectedCallback() {
  this.attachShadow({mode: "open"}).innerHTML =
    '<form id="shadowed"><label>Phone <input type="tel" name="shadow_phone"></label>' +
    '<button>Join</button></form>'; }});
setTimeout(() => { const box = document.createElement("div"); box.className = "popup";
  box.innerHTML = '<form id="later"><input type="tel" name="cell"><button>Text me</button></form>';
  document.body.appendChild(box); }, 3000);
</script></body></html>"""
# consent boxes as themes draw them: native boxes hidden behind styled ones, ARIA toggles, and a
# honeypot box hidden with its label
CUSTOM = """<html><head><style>
.sr { position: absolute; opacity: 0; width: 1px; height: 1px; }
.off { position: absolute; left: -9999px; }
.box { display: inline-block; width: 18px; height: 18px; border: 1px solid #333; }
.trap { display: none; }
</style></head><body><form><input type="tel" name="phone">
<label><input type="checkbox" class="sr" name="styled" checked><span class="box"></span>
 Text me offers</label>
<input type="checkbox" id="drawn" name="drawn" style="display:none">
<label for="drawn">Text me</label>
<input type="checkbox" class="off" id="moved" name="moved"><label for="moved">Texts too</label>
<div role="switch" aria-checked="true" tabindex="0" id="toggle"></div><span>Send me alerts</span>
<div class="trap"><label><input type="checkbox" name="bot_trap"> Leave empty</label></div>
<button>Go</button></form></body></html>"""
# a hosted two-step form in another host's frame that the page inserts only once its section is
# scrolled into view (blind h14g, maple-street-market): the frame appears during interaction
SCROLLED_EMBED = """<html><body><h1>Market</h1><div style="height: 2400px">Vendors</div>
<section id="texts"><h2>Saturday texts</h2></section>
<script>
new IntersectionObserver((entries, observer) => {
  if (!entries.some((e) => e.isIntersecting)) return;
  observer.disconnect();
  const frame = document.createElement("iframe");
  frame.src = "http://forms.formhost.io:{{port}}/f/steps.html";
  frame.width = 400; frame.height = 300;
  document.getElementById("texts").appendChild(frame);
}).observe(document.getElementById("texts"));
</script></body></html>"""
HOSTED_STEPS = """<html><head><style>.step { display: none } .step.on { display: block }</style>
</head><body><form id="steps" onsubmit="event.preventDefault()">
<div class="step on" id="one"><label>First name <input type="text" name="first"></label>
 <button type="button" id="go">Continue</button></div>
<div class="step" id="two"><label>Mobile <input type="tel" name="embed_phone"></label>
 <p>Reply STOP to cancel.</p><button>Sign up</button></div></form>
<script>document.getElementById("go").onclick = () => {
  document.getElementById("one").classList.remove("on");
  document.getElementById("two").classList.add("on"); };</script></body></html>"""
HOSTED = """<html><body><form method="post" action="/submit"><label>Cell
<input type="tel" name="hosted_phone"></label><button>Go</button></form></body></html>"""
# a maintenance form whose phone is optional and whose script makes the SMS box required as soon
# as a phone number is typed (a person who gives a number must accept texts), beside a near miss
# whose script only shows a hint when a number is typed
WHEN_TYPED = """<html><body><h1>Maintenance request</h1>
<form id="typed" action="/request" method="post"><label>Name <input name="name" required></label>
<label>Mobile (optional) <input type="tel" name="typed_phone" id="tp"></label>
<label><input type="checkbox" name="typed_sms" id="tb"> Text me repair updates</label>
<button>Send</button></form>
<form id="hinted" action="/request" method="post"><label>Name <input name="name2" required></label>
<label>Mobile (optional) <input type="tel" name="hinted_phone" id="hp"></label>
<label><input type="checkbox" name="hinted_sms"> Text me repair updates</label>
<p id="hint" hidden>Tick the box if you want texts.</p><button>Send</button></form>
<script>
const phone = document.getElementById("tp"), box = document.getElementById("tb");
phone.addEventListener("input", () => { box.required = phone.value.trim().length > 0; });
const other = document.getElementById("hp");
other.addEventListener("input", () => { document.getElementById("hint").hidden = !other.value; });
</script></body></html>"""


# a template's footer whose policy links are script links: one opens nothing (the template's
# placeholder), one opens the privacy modal the page holds, one asks the server for the terms
SCRIPT_LINKS = """<html><body><h1>Home security</h1><p>Call us for a quote.</p>
<div id="pm" hidden><h2>Privacy Policy</h2><p>We never share your number.</p></div>
<footer><a href="javascript:void(0)">PRIVACY POLICY</a>
<a href="javascript:void(0)" id="open">Privacy Policy (full)</a>
<a href="javascript:void(0)" id="load">Terms &amp; Conditions</a>
<a href="javascript:void(0)">Back to top</a></footer>
<script>
document.getElementById("open").addEventListener("click", () => {
  document.getElementById("pm").hidden = false; });
document.getElementById("load").addEventListener("click", () => { fetch("/terms.json"); });
</script></body></html>"""


# a button that loads its form from a file of the site (a partial), and one that asks the
# site's API with a query: the first is loading more of the page, the second is sending
PARTIAL = """<html><body><h1>Septic service</h1>
<button type="button" id="visit">Schedule a visit</button><div id="visit-slot"></div>
<button type="button" id="quote">Get a quote</button><div id="quote-slot"></div>
<script>
document.getElementById("visit").addEventListener("click", async () => {
  const answer = await fetch("/parts/visit.html");
  document.getElementById("visit-slot").innerHTML = await answer.text();
});
document.getElementById("quote").addEventListener("click", () => {
  const xhr = new XMLHttpRequest();
  xhr.open("GET", "/parts/quote.html?source=home");
  xhr.onload = () => { document.getElementById("quote-slot").innerHTML = xhr.responseText; };
  xhr.send();
});
</script></body></html>"""
PARTIAL_VISIT = """<form><label>Mobile <input type="tel" name="visit_phone"></label>
<label><input type="checkbox" name="visit_sms"> Text me visit reminders.</label>
<button>Book</button></form>"""
PARTIAL_QUOTE = """<form><label>Mobile <input type="tel" name="quote_phone"></label>
<button>Send</button></form>"""

# a drawn consent box named by its words (aria-labelledby) that the page flips when the words
# are clicked; a pop-up whose opener says nothing of texts but names the pop-up (data-open-guide
# beside #guideModal); and a hidden call-back box no control names
LABELLED = """<html><body><h1>Accordion repair</h1>
<form id="alerts"><label>Mobile <input type="tel" name="repair_phone"></label>
<span role="checkbox" aria-checked="false" tabindex="0" id="ok" aria-labelledby="ok-words"
 style="display:inline-block;width:16px;height:16px;border:1px solid"></span>
<span id="ok-words">Text me repair status updates</span><button>Sign up</button></form>
<button type="button" data-open-guide>Get the free design guide</button>
<button type="button" data-open-gallery>See the gallery</button>
<div id="guideModal" hidden><div role="dialog" aria-modal="true"><form>
 <label>Mobile <input type="tel" name="guide_phone"></label><button>Send</button></form></div></div>
<div id="callbackPanel" hidden><form><label>Phone <input type="tel" name="callback_phone">
 </label><button>Call me</button></form></div>
<div id="gallery" hidden><p>Photos</p></div>
<script>
const box = document.getElementById("ok");
const flip = () => box.setAttribute("aria-checked",
  String(box.getAttribute("aria-checked") !== "true"));
box.addEventListener("click", flip);
document.getElementById("ok-words").addEventListener("click", flip);
document.querySelector("[data-open-guide]").onclick = () => {
  document.getElementById("guideModal").hidden = false; };
document.querySelector("[data-open-gallery]").onclick = () => {
  document.getElementById("gallery").hidden = false; };
</script></body></html>"""

# sign-up web components with their consent boxes in open shadow roots: one form whose script
# refuses to send while the SMS box is unchecked, one whose box starts checked, and a near miss
# (an unchecked box, and no script that refuses anything)
SHADOWED = """<html><body><h1>Shop</h1>
<sms-gate></sms-gate><sms-ticked></sms-ticked><sms-plain></sms-plain>
<script>
const widget = (name, box, onSubmit) => customElements.define(name, class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = '<form action="/subscribe"><label>Mobile <input type="tel" name="' + name +
      '_phone"></label><label>' + box + ' Text me offers</label><button>Join</button></form>';
    if (onSubmit) root.querySelector("form").addEventListener("submit", onSubmit);
  }});
widget("sms-gate", '<input type="checkbox" name="gate_sms">', (event) => {
  if (!event.target.gate_sms.checked) event.preventDefault();
});
widget("sms-ticked", '<input type="checkbox" name="ticked_sms" checked>');
widget("sms-plain", '<input type="checkbox" name="plain_sms">');
</script></body></html>"""
# a pop-up shown by an interval that counts three seconds on the page, then stops
TICKING = """<html><body><h1>Shop</h1><p>Fresh deals every week.</p>
<script>
let seconds = 0;
const ticker = setInterval(() => {
  seconds += 1;
  if (seconds < 3) return;
  clearInterval(ticker);
  const box = document.createElement("div");
  box.className = "signup-modal";
  box.innerHTML = '<form><label>Cell <input type="tel" name="ticked_cell"></label>' +
    '<button>Text me deals</button></form>';
  document.body.appendChild(box);
}, 1000);
</script></body></html>"""
# the near miss: a slideshow's interval never stops and shows no form, on a page whose footer
# sign-up speaks of a newsletter: it must not hold the render
SLIDESHOW = """<html><body><h1>Shop</h1>
<div id="slides"><p>Spring</p><p hidden>Summer</p><p hidden>Fall</p></div>
<form><label>Newsletter email <input type="email" name="news_email"></label>
<button>Subscribe</button></form>
<script>
// rotate the banner above the newsletter sign-up
let slide = 0;
setInterval(() => {
  const all = document.querySelectorAll("#slides p");
  slide = (slide + 1) % all.length;
  all.forEach((p, i) => { p.hidden = i !== slide; });
}, 1000);
</script></body></html>"""
# a cookie banner that reports the choice (fetch, beacon) and must be dismissed before "Book now"
# builds its form; an "Email | Text" tab control whose Text tab builds the SMS form, beside a
# pricing tab control that names no text channel (a near miss: never clicked)
BANNERED = """<html><body><h1>Spa</h1>
<button type="button" id="book">Book now</button><div id="booking"></div>
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="p">Email</button>
 <button role="tab" id="text-tab" aria-selected="false" aria-controls="p">Text</button></div>
<div id="p" role="tabpanel"><form><input type="email" name="tab_email"></form></div>
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="q">Monthly</button>
 <button role="tab" id="yearly" aria-selected="false" aria-controls="q">Yearly</button></div>
<div id="q" role="tabpanel"><p>$20 a month</p></div>
<div id="cookie-notice" style="position:fixed;bottom:0;left:0;right:0;background:#eee">
 We use cookies. <button id="accept">Accept</button></div>
<script>
let chosen = false;
document.getElementById("accept").addEventListener("click", () => {
  chosen = true;
  fetch("/api/consent", {method: "POST", body: "all"});
  navigator.sendBeacon("/api/consent-beacon", "all");
  document.getElementById("cookie-notice").remove();
});
document.getElementById("book").addEventListener("click", () => {
  if (!chosen) return;
  document.getElementById("booking").innerHTML =
    '<form><input type="tel" name="book_phone"><button>Request</button></form>';
});
document.getElementById("text-tab").addEventListener("click", () => {
  document.getElementById("p").innerHTML = '<form><input type="tel" name="tab_phone"></form>';
});
document.getElementById("yearly").addEventListener("click", () => {
  document.getElementById("q").innerHTML = '<form><input type="tel" name="yearly_phone"></form>';
});
</script></body></html>"""
# an exit-intent pop-up: the pointer leaving through the top of the window opens the sign-up;
# beside it a near miss, a hover card built when the pointer leaves a button (never left)
EXITING = """<html><body><h1>Tailor</h1><button id="card">Hours</button><div id="tip"></div>
<script>
let shown = false;
document.addEventListener("mouseout", (e) => {
  if (shown || e.relatedTarget || e.clientY > 10) return;
  shown = true;
  const box = document.createElement("div");
  box.innerHTML = '<form><label>Mobile <input type="tel" name="exit_phone"></label>' +
    '<button>Text me</button></form>';
  document.body.appendChild(box);
});
document.getElementById("card").addEventListener("mouseleave", () => {
  document.getElementById("tip").innerHTML = '<form><input type="tel" name="tip_phone"></form>';
});
</script></body></html>"""
# a sign-up opener inside a closed hamburger menu: the menu first, then "Text Club"; beside it a
# near miss, a second menu of page links only, whose toggle would build a form (never clicked)
MENUED = """<html><body><header>
<button id="burger" aria-label="Menu" aria-expanded="false" aria-controls="nav">&#9776;</button>
<nav id="nav" hidden><a href="/about">About</a><button id="club">Text Club</button></nav>
<button id="more" aria-expanded="false" aria-controls="links">More</button>
<div id="links" hidden><a href="/faq">FAQ</a><a href="/jobs">Jobs</a></div></header>
<script>
const nav = document.getElementById("nav");
document.getElementById("burger").addEventListener("click", () => { nav.hidden = !nav.hidden; });
document.getElementById("club").addEventListener("click", () => {
  const box = document.createElement("div");
  box.innerHTML = '<form><input type="tel" name="club_phone"><button>Join</button></form>';
  document.body.appendChild(box);
});
document.getElementById("more").addEventListener("click", () => {
  document.getElementById("links").innerHTML = '<form><input type="tel" name="more_phone"></form>';
  document.getElementById("links").hidden = false;
});
</script></body></html>"""
# a cookie notice whose "Got it" shows a sticky sign-up bar, whose button builds the form: nothing
# is there to click before the notice is answered
NOTICED = """<html><body><h1>Cafe</h1><script>
const bar = () => {
  const b = document.createElement("div");
  b.style = "position:fixed;bottom:0;left:0;right:0";
  b.innerHTML = '<span>Game nights by text.</span><button id="open">Join the club</button>';
  document.body.appendChild(b);
  document.getElementById("open").onclick = () => { b.innerHTML =
    '<form><input type="tel" name="bar_phone"><button>Count me in</button></form>'; };
};
const c = document.createElement("div");
c.style = "position:fixed;bottom:0;left:0;right:0";
c.innerHTML = 'We use cookies. <button id="ok">Got it</button>';
document.body.appendChild(c);
document.getElementById("ok").onclick = () => { c.remove(); bar(); };
</script></body></html>"""
# nothing to reach: a long timer that speaks of no pop-up must not hold the render
# a quote form whose first step asks a ZIP code and a required choice left on its prompt: the
# step moves only once both are given
CHOOSING = """<html><body><h1>Floors</h1><div id="estimator"></div>
<script>
const root = document.getElementById("estimator");
root.innerHTML = '<form id="one"><input id="zip" required maxlength="5">' +
  '<select id="room" required><option value="">Pick a room</option><option>Kitchen</option>' +
  '<option>Bath</option></select><button type="submit">Continue</button></form>';
document.getElementById("one").addEventListener("submit", (event) => {
  event.preventDefault();
  root.innerHTML = '<form><input type="tel" name="est_phone"><button>Send</button></form>';
});
</script></body></html>"""
# an empty dialog that a script of the site's own fills with a form 3 s after load (nothing in
# the page speaks of pop-ups); the near miss holds a size guide and sets a long timer
DIALOGED = """<html><body><h1>Accountants</h1><div id="later" role="dialog"></div>
<script src="/js/later.js"></script></body></html>"""
LATER_JS = """setTimeout(() => { document.getElementById("later").innerHTML =
  '<form><input type="tel" name="later_phone"><button>Remind me</button></form>'; }, 3000);"""
GUIDED = """<html><body><h1>Boots</h1><form><input type="email" name="guide_email"></form>
<div role="dialog" hidden><p>Size guide: measure your foot at the end of the day.</p></div>
<script>setTimeout(() => { window.checked = true; }, 4000);</script></body></html>"""
# a pop-up built by a script file of the site's own 3 s after load, from settings in the file
# (the page holds no dialog and no field, and its script is called neither popup nor sign-up);
# the near miss's file sets a long timer that only counts a visit
CONFIGURED = """<html><body><h1>Sailing school</h1><p>Classes all summer.</p>
<script src="/js/season.js" defer></script></body></html>"""
SEASON_JS = """var CFG = {delay: 3000, label: "Cell number"};
setTimeout(function () { var o = document.createElement("div");
  o.innerHTML = '<div class="box"><form><label>' + CFG.label +
  ' <input type="tel" name="season_phone"></label><button>Join</button></form></div>';
  document.body.appendChild(o); }, CFG.delay);"""
COUNTED = """<html><body><h1>Sailing school</h1><form><input type="email" name="count_email"></form>
<script src="/js/count.js" defer></script></body></html>"""
COUNT_JS = """setTimeout(function () { window.visitCounted = true; }, 4000);"""
# a sign-up form in a closed FAQ answer and in a collapsed accordion panel, which a person opens;
# the near miss folds only the consent box and its fine print, away from the phone field
FOLDED = """<html><body><h1>Studio</h1>
<details><summary>Opening hours?</summary><p>Daily 9 to 5.</p></details>
<details><summary>How do I hear about new classes?</summary>
 <form><label>Cell <input type="tel" name="faq_phone"></label><button>Send</button></form>
</details>
<button aria-expanded="false" aria-controls="panel">Workshops</button>
<div id="panel" hidden><form><input type="email" name="panel_email"></form></div>
<script>document.querySelector("[aria-controls=panel]").onclick = (e) => {
  e.target.setAttribute("aria-expanded", "true"); panel.hidden = false; };</script>
<form><label>Mobile <input type="tel" name="own_phone"></label>
 <details><summary>Fine print</summary><label><input type="checkbox" name="fine_box">
 Texts from the studio.</label></details></form></body></html>"""
# a pop-up's form whose fine print sits in a collapsed accordion under it ("Club details", a
# toggle with aria-expanded="false" and no aria-controls, its panel display:none until clicked)
FINE_FOLDED = """<html><head><style>.acc{display:none}.acc.open{display:block}
.veil{display:none}.veil.open{display:block}</style></head><body><h1>Noodle bar</h1>
<button id="fab" type="button">Text Club</button>
<div class="veil" role="dialog" aria-modal="true"><form>
 <label>Mobile <input type="tel" name="club_phone"></label>
 <label><input type="checkbox" name="club_box"> Text me Udon Yard deals</label>
 <button>Join</button></form>
 <button type="button" id="acc-head" aria-expanded="false">Text Club details</button>
 <div class="acc">You agree to recurring marketing texts from Udon Yard. Up to 4 msgs/month.
 Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.</div></div>
<script>
fab.onclick = () => document.querySelector(".veil").classList.add("open");
document.getElementById("acc-head").onclick = (e) => {
  e.target.setAttribute("aria-expanded", document.querySelector(".acc").classList.toggle("open"));
};
</script></body></html>"""
# a card that slides in once the end of the rates table passes the top of the window: above a
# short footer, a 900 px window cannot scroll that far, a shorter one can; the near miss's scroll
# listener only pins a "Back to top" button once the page is scrolled
SLID = """<html><body><h1>Boat slips</h1><div id="rates" style="height:700px">Rates</div>
<p style="height:600px">Call the harbor office.</p>
<div id="card" style="position:fixed;bottom:0"></div>
<script>
let open = false;
window.addEventListener("scroll", () => {
  const rates = document.getElementById("rates");
  if (open || rates.getBoundingClientRect().bottom >= 0) return;
  open = true;
  document.getElementById("card").innerHTML = '<form><input type="tel" name="slip_phone">' +
    '<label><input type="checkbox" name="slip_sms"> Text me when a slip opens at the marina.' +
    '</label><button>Send</button></form>';
});
</script></body></html>"""
PINNED = """<html><body><h1>Boat slips</h1><div style="height:2000px">Rates</div>
<button id="top" style="position:fixed;bottom:0;right:0;display:none">Back to top</button>
<script>
window.addEventListener("scroll", () => {
  document.getElementById("top").style.display = scrollY > 300 ? "block" : "none";
});
</script></body></html>"""
# chat bubbles pinned to a corner, icons whose only words are their labels: one builds a form
# for a phone number and a box for texts; the near misses build an email-only chat form and a
# help menu of links, and an icon in the page's text that speaks of chat is not pinned
BUBBLED = """<html><body><h1>Outboard parts</h1>
<p>Hours: 8 to 5. <button id="history" aria-label="Chat transcript settings">&#9881;</button></p>
<button id="desk" aria-label="Text our service desk" style="position:fixed;bottom:10px;right:10px">
 <svg aria-hidden="true" width="20" height="20"><circle cx="10" cy="10" r="8"/></svg></button>
<div style="position:fixed;bottom:10px;left:10px"><button id="mail" aria-label="Chat with us">
 <svg aria-hidden="true" width="20" height="20"><rect width="16" height="12"/></svg></button></div>
<button id="help" class="chat-launcher" title="Messages and help"
 style="position:fixed;top:10px;right:10px"><svg aria-hidden="true" width="20" height="20">
 <path d="M2 2h16v12H6l-4 4z"/></svg></button>
<script>
const box = (html) => { const d = document.createElement("div"); d.setAttribute("role", "dialog");
  d.innerHTML = html; document.body.appendChild(d); };
document.getElementById("desk").onclick = () => box('<form><input type="tel" name="desk_phone">' +
  '<label><input type="checkbox" name="desk_sms"> Text me about my order from Harbor Parts. ' +
  'Msg &amp; data rates may apply. Reply STOP to cancel.</label><button>Send</button></form>');
document.getElementById("mail").onclick = () => box('<form><input type="email" ' +
  'name="chat_email"><textarea name="chat_question"></textarea><button>Send</button></form>');
document.getElementById("help").onclick = () => box('<ul><li><a href="/returns">Returns</a></li>' +
  '<li><a href="/shipping">Shipping</a></li></ul>');
document.getElementById("history").onclick = () => box('<form><input type="tel" ' +
  'name="history_phone"></form>');
</script></body></html>"""
# an SMS FAQ whose answers are open: a question that speaks of texts is a summary a person
# reads, not an opener to click (clicking it would fold the answer away); beside it, a form
# behind a "Text alerts" button is still reached
ANSWERED = """<html><body><h1>Theater</h1>
<details open><summary>How often will I get texts?</summary><p>Usually one per show.</p></details>
<details open><summary>How do I stop the texts?</summary><p>Reply STOP to opt out.</p></details>
<button onclick="alerts.hidden = false">Text alerts</button>
<div id="alerts" hidden><form><input type="tel" name="answered_phone"></form></div>
</body></html>"""
# a bar pinned to the window that invites a tap and is no control: the page opens its pop-up on
# the first tap anywhere (a listener on the document), as blind h14h's crescent-city-limo does
TAPPED = """<html><body><h1>Vineyard</h1><p>Tours daily.</p>
<div id="strip" style="position:fixed;bottom:0;left:0;right:0">Members hear about harvest
 weekends first: tap here to join</div>
<script>
document.addEventListener("click", function first(event) {
  if (event.target.closest("a")) return;
  document.removeEventListener("click", first);
  const pop = document.createElement("div");
  pop.innerHTML = '<form><input type="tel" name="strip_phone"><button>Join</button></form>';
  document.body.appendChild(pop);
});
</script></body></html>"""
# near misses: a page that hears every tap (to close its menus) with a pinned bar of news only,
# a pinned bar whose own link is the way in, and a card with its own listener about hours
UNTAPPED = """<html><body><h1>Vineyard</h1>
<div style="position:fixed;top:0;left:0;right:0">Free tastings every Sunday afternoon</div>
<div style="position:fixed;bottom:0;left:0;right:0">Harvest club: <a href="/club">sign up</a>
</div>
<div id="hours">Open late on Fridays</div>
<script>
const add = (name) => { const d = document.createElement("div");
  d.innerHTML = `<form><input type="tel" name="${name}"></form>`; document.body.appendChild(d); };
document.addEventListener("click", () => add("any_phone"));
document.getElementById("hours").addEventListener("click", () => add("hours_phone"));
</script></body></html>"""
# a menu item that names the text channel beside the email one ("Text + Email Perks"); near
# miss, an item that only emails a page to a friend
PAIRED = """<html><body><header>
<button id="burger" aria-label="Open menu" aria-expanded="false" aria-controls="nav">&#9776;
</button><nav id="nav" hidden><a href="/about">About</a><button id="club">Text + Email Perks
</button><button id="share">Email this recipe</button></nav></header>
<script>
const nav = document.getElementById("nav");
const add = (name) => { const d = document.createElement("aside");
  d.innerHTML = `<form><input type="email" name="${name}_email"><input type="tel" ` +
    `name="${name}_phone"><button>Send</button></form>`; document.body.appendChild(d); };
document.getElementById("burger").addEventListener("click", () => { nav.hidden = !nav.hidden; });
document.getElementById("club").addEventListener("click", () => add("club"));
document.getElementById("share").addEventListener("click", () => add("share"));
</script></body></html>"""
# a sign-up kept in an inert <template> that a "... by text" button clones into an empty box
# (its script then ticks the custom box); near miss, a button naming no channel beside it
CLONED = """<html><body><h1>Kayak rentals</h1>
<button id="hours" type="button">Show opening hours</button>
<button id="open" type="button">Trip updates by text</button><div id="mount"></div>
<template id="tpl"><form class="trip"><label>Mobile <input type="tel" name="trip_phone"></label>
 <span class="box" role="checkbox" aria-checked="false">Text me trip updates</span>
 <button>Save</button></form></template>
<script>
document.getElementById("hours").addEventListener("click", () => {
  const d = document.createElement("div");
  d.innerHTML = '<form><input type="tel" name="hours_phone"></form>';
  document.body.appendChild(d); });
document.getElementById("open").addEventListener("click", () => {
  const mount = document.getElementById("mount");
  mount.appendChild(document.getElementById("tpl").content.cloneNode(true));
  mount.querySelector(".box").setAttribute("aria-checked", "true"); });
</script></body></html>"""
# tips a "Load more tips" button appends from a <template>, the last one a reminder sign-up
APPENDED = """<html><body><main><div id="tips"><p>1. Oil the chain monthly.</p></div>
<template id="more"><p>2. Check tire pressure weekly.</p><div class="tip"><form>
 <label>Mobile <input type="tel" name="tip_phone"></label><button>Remind me</button></form>
 </div></template><button id="load" type="button">Load more tips</button></main>
<script>
document.getElementById("load").addEventListener("click", () => {
  document.getElementById("tips").appendChild(
    document.getElementById("more").content.cloneNode(true)); });
</script></body></html>"""
# a contact-channel switch left on Email: choosing Text swaps in the mobile field and its box;
# near miss, a "Yes / No" answer nobody chose yet (a consent whose state is read, never set)
CHANNELED = """<html><body><footer><form id="news" onsubmit="event.preventDefault()">
<div role="radiogroup" aria-label="How should we reach you?">
 <label><input type="radio" name="how" value="email" checked> Email</label>
 <label><input type="radio" name="how" value="sms"> Text</label></div>
<div id="field"><label>Email <input type="email" name="email"></label></div>
<fieldset><legend>Updates by text?</legend>
 <label><input type="radio" name="updates" value="yes"> Text</label>
 <label><input type="radio" name="updates" value="no"> No thanks</label></fieldset>
<button>Join</button></form>
<script>
document.querySelectorAll("input[name=how]").forEach((r) => r.addEventListener("change", () => {
  document.getElementById("field").innerHTML = r.value === "sms"
    ? '<label>Mobile <input type="tel" name="mobile"></label>' +
      '<label><input type="checkbox" name="ok"> Text me news.</label>'
    : '<label>Email <input type="email" name="email"></label>'; }));
</script></footer></body></html>"""
# a back-in-stock pop-over whose "Email me | Text me" switch reveals the phone field and an
# unchecked box (choosing Text is prevet's act: the radio is set by prevet, not by default);
# its "ticks" twin's script also ticks the box when Text is chosen (the page's own act)
CHOSEN = """<html><body><h1>Kite</h1>
<button type="button" onclick="document.getElementById('pop').hidden = false">Alert me when
 it is back</button>
<div id="pop" role="dialog" aria-label="Restock alert" hidden><form onsubmit="return false">
<label><input type="radio" name="via" value="email" checked onchange="show(false)"> Email me
</label>
<label><input type="radio" name="via" value="sms" onchange="show(true)"> Text me</label>
<div id="bits" hidden><label>Mobile <input type="tel" name="cell"></label>
<label><input type="checkbox" name="cell_ok"> Send me restock texts from Kite Co.</label></div>
<button>Alert me</button></form></div>
<script>
function show(on) {
  document.getElementById("bits").hidden = !on;
  if (on && location.search === "?ticks") document.querySelector("[name=cell_ok]").checked = true;
}
</script></body></html>"""
# near miss: the page's own script chooses "Text me" as it loads (the page's default)
PRESELECTED = """<html><body><h1>Kite</h1><form onsubmit="return false">
<label><input type="radio" name="via" value="email"> Email me</label>
<label><input type="radio" name="via" value="sms"> Text me</label>
<div id="bits"><label>Mobile <input type="tel" name="cell"></label>
<label><input type="checkbox" name="cell_ok"> Send me restock texts from Kite Co.</label></div>
<button>Alert me</button></form>
<script>document.querySelector("[name=via][value=sms]").checked = true;</script>
</body></html>"""
# a bottom sheet fixed to the window and pushed below it (translateY(110%)) until the page is
# scrolled past half its height; near miss, a tall fixed dialog on screen whose phone field
# sits below the window's bottom (seen by scrolling the dialog)
SHEETED = """<html><body><h1>Bins</h1><div style="height:3000px">Jazz, soul, funk.</div>
<div id="sheet" role="dialog" style="position:fixed;left:0;right:0;bottom:0;background:#fff;
 padding:18px;transform:translateY(110%)"><form onsubmit="return false">
<label>Mobile <input type="tel" name="sheet_phone"></label>
<label><input type="checkbox" name="sheet_ok"> Text me new arrivals.</label>
<button>Join</button></form></div>
<div role="dialog" style="position:fixed;top:0;right:0;width:300px;height:100vh;overflow:auto;
 background:#fff"><form onsubmit="return false"><div style="height:1200px">About the club</div>
<label>Mobile <input type="tel" name="tall_phone"></label><button>Join</button></form></div>
<script>
let shown = false;
window.addEventListener("scroll", () => {
  const half = (document.documentElement.scrollHeight - innerHeight) / 2;
  if (!shown && scrollY > half) {
    shown = true; document.getElementById("sheet").style.transform = "translateY(0)"; } });
</script></body></html>"""
# an offer put as what a person saves ("Save 20% …", "Unlock $10 off") opens the sign-up; a
# button that saves something of the person's ("Save to wishlist") is not an offer
SAVINGS = """<html><body><h1>Candles</h1>
<button id="b1">Save to wishlist</button><button id="b2">Save 20% today</button>
<script>
const add = (name) => { const d = document.createElement("aside");
  d.innerHTML = `<form><input type="tel" name="${name}_phone"><button>Send</button></form>`;
  document.body.appendChild(d); };
document.getElementById("b1").addEventListener("click", () => add("wish"));
document.getElementById("b2").addEventListener("click", () => add("deal"));
</script></body></html>"""
# a wizard a script renders into an empty box, each step a box of its own (no <form> until the
# last step), whose "Continue" moves on; the SMS box is ticked by the script after each render.
# Near misses: a story's "Continue" that shows more text, away from the page's only field (a
# newsletter box in another section), and a search box's "Continue" link to another page
WIZARD = """<html><body><main><h1>Roof estimate</h1><div id="estimate"></div>
<article><p>How we started.</p><button type="button" id="more">Continue</button>
 <p id="rest" hidden>Chapter two of our story.</p></article>
<section><div class="search"><input type="search" name="q"><a href="/results">Continue</a>
 </div><form><input type="email" name="news_mail"></form></section></main>
<script>
const root = document.getElementById("estimate");
const state = {step: 1, sms: true};
const render = () => {
  if (state.step === 1) {
    root.innerHTML = '<div class="card"><label>ZIP <input id="zip" maxlength="5"></label>' +
      '<p><button type="button" id="go">Continue</button></p></div>';
    document.getElementById("go").onclick = () => { state.step = 2; render(); };
  } else {
    root.innerHTML = '<form class="card"><label>Mobile <input type="tel" name="wiz_phone">' +
      '</label><label><input type="checkbox" name="wiz_sms"> Text me about my estimate.' +
      '</label><button>Get my estimate</button></form>';
    document.querySelector("[name=wiz_sms]").checked = state.sms;
  }
};
render();
document.getElementById("more").onclick = () => { document.getElementById("rest").hidden = false; };
</script></body></html>"""
# a round contact button pinned to a corner (no words but its label) opens a menu of ways to
# reach the business; its text item builds the sign-up. Near misses: the menu's email item, a
# pinned "Back to top" button, and a "Contact us" button in the page's text, not pinned
FLOATING = """<html><body><h1>Pottery studio</h1><p>Classes every week.</p>
<button type="button" id="inline">Contact us</button>
<button id="up" style="position: fixed; left: 10px; bottom: 10px">Back to top</button>
<button id="fab" aria-label="Contact us" style="position: fixed; right: 10px; bottom: 10px;
 width: 50px; height: 50px">&#9993;</button>
<script>
const add = (name) => { const d = document.createElement("div");
  d.innerHTML = `<form><input type="tel" name="${name}"><button>Send</button></form>`;
  document.body.appendChild(d); };
document.getElementById("inline").onclick = () => add("inline_phone");
document.getElementById("up").onclick = () => add("up_phone");
document.getElementById("fab").onclick = () => {
  const menu = document.createElement("div"); menu.setAttribute("role", "menu");
  menu.innerHTML = '<a role="menuitem" href="tel:+15550100">Call</a>' +
    '<button role="menuitem" id="sms">Text</button><button role="menuitem" id="mail">Email' +
    '</button>';
  document.body.appendChild(menu);
  document.getElementById("sms").onclick = () => add("fab_phone");
  document.getElementById("mail").onclick = () => add("mail_phone");
};
</script></body></html>"""
# a link to a place in the page ("#offer") whose hashchange handler opens a drawer, where the
# form is built once a studio is chosen. Near misses: a route of a hash-routed app ("#/alerts"),
# and a choice beside a field to type in (a form's own "Size"), which is left as it is
HASHED = """<html><body><h1>Yoga</h1>
<form><label>Name <input name="order_name"></label><label>Size <select id="size">
 <option value="">Pick a size</option><option value="m">Medium</option></select></label></form>
<footer><a href="#offer">Take 20% off your first class</a> <a href="#/alerts">Text alerts</a>
</footer>
<script>
const add = (box, name) => { box.innerHTML = `<form><input type="tel" name="${name}"></form>`; };
document.getElementById("size").onchange = () => add(document.forms[0], "size_phone");
window.addEventListener("hashchange", () => {
  if (location.hash === "#/alerts") { add(document.body.appendChild(
    document.createElement("div")), "route_phone"); return; }
  if (location.hash !== "#offer") return;
  const drawer = document.createElement("aside");
  drawer.innerHTML = '<label>Your studio <select id="studio"><option value="">Choose one' +
    '</option><option value="n">North</option><option value="s">South</option></select>' +
    '</label><div id="slot"></div>';
  document.body.appendChild(drawer);
  document.getElementById("studio").onchange = () =>
    add(document.getElementById("slot"), "studio_phone");
});
</script></body></html>"""
# a button that loads the form into a frame of the site's own where the page left room for it;
# near miss, a button that prints a form
LOADED = """<html><body><h1>Tattoo requests</h1><button id="load">Load form</button>
<button id="print">Print form</button><div id="slot"></div>
<script>
document.getElementById("load").onclick = () => { const f = document.createElement("iframe");
  f.src = "/embed/request.html"; document.getElementById("slot").appendChild(f); };
document.getElementById("print").onclick = () => {
  document.getElementById("slot").insertAdjacentHTML("beforeend",
    '<form><input type="tel" name="print_phone"></form>'); };
</script></body></html>"""
REQUEST = """<html><body><form><label>Mobile <input type="tel" name="request_phone"></label>
<button>Send</button></form></body></html>"""
# a quote form whose text consent is a switch drawn on a <button> (blind h14k,
# armorcoat-garage-floors): its words speak of texts, yet it is flipped, never clicked open
SWITCHED = """<html><head><style>
.switch { display: inline-block; width: 40px; height: 22px; border: 0; background: #777; }
.switch[aria-checked=true] { background: #3a3; }
</style></head><body><h1>Estimate</h1><form id="quote" action="/quote" method="post">
<label>Name <input name="switch_name"></label>
<label>Cell <input type="tel" name="switch_phone"></label>
<p><button type="button" class="switch" role="switch" aria-checked="false" id="texts"
  aria-label="Text me" aria-labelledby="texts-words"></button>
 <span id="texts-words">Text me reminders about my estimate visit</span></p>
<p>Msg &amp; data rates may apply. Reply STOP to cancel.</p><button>Send request</button></form>
<script>const sw = document.getElementById("texts");
sw.addEventListener("click", () =>
  sw.setAttribute("aria-checked", String(sw.getAttribute("aria-checked") !== "true")));
</script></body></html>"""
# a groomer's booking form whose disclosure is a CSS tooltip over "(details)" in the box's label,
# and a pick-up form whose consent is a lone pressed-state button a script presses after load,
# beside a password field's eye button and an "Email | Text" pair of pressed-state buttons
TOOLTIPPED = """<html><head><style>
.tipwrap { position: relative; cursor: help; border-bottom: 1px dotted; }
.tipwrap .tip { visibility: hidden; opacity: 0; position: absolute; top: 20px; width: 300px; }
.tipwrap:hover .tip { visibility: visible; opacity: 1; }
.tog { width: 24px; height: 24px; border: 2px solid #263; background: #fff; }
.tog[aria-pressed=true] { background: #263; }
</style></head><body><h1>Book a visit</h1>
<form id="book" action="/book" method="post">
<label>Mobile <input type="tel" name="tip_phone"></label>
<label><input type="checkbox" name="tip_sms"> Text me visit alerts from Furbish
 <span class="tipwrap">(details)<span class="tip">You agree to visit alerts by text from
 Furbish Grooming. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help,
 STOP to opt out.</span></span></label><button>Book</button></form>
<form id="pickup" action="/pickup" method="post">
<label>Mobile <input type="tel" name="press_phone"></label>
<label>Password <input type="password" name="press_pw"></label>
<button type="button" aria-pressed="false" id="eye">Show</button>
<p><button type="button" aria-pressed="true" id="by-email">Email</button>
 <button type="button" aria-pressed="false" id="by-text">Text</button></p>
<p><button type="button" class="tog" id="press" aria-pressed="false"
  aria-labelledby="press-words"></button>
 <span id="press-words">Send me pick-up day reminders by text from Furbish Compost.</span></p>
<button>Start</button></form>
<script>setTimeout(() =>
  document.getElementById("press").setAttribute("aria-pressed", "true"), 300);</script>
</body></html>"""
# a shop whose cart slides in from off the page (blind h14k, saltgrove-olive-oil): the cart
# button names its drawer; the drawer's script ticks the text box a while after it opens, a
# DOM property no mutation announces; a second drawer's timer is due past the bound
DRAWERED = """<html><head><style>
.drawer { position: fixed; top: 0; right: -440px; width: 400px; height: 100%;
  background: #fff; transition: right .2s; }
.drawer.open { right: 0; }
</style></head><body><header><h1>Pantry goods</h1>
<button id="bag" aria-controls="cart">Bag (0)</button></header>
<p>Cold-pressed oils and sea salts.</p>
<aside id="cart" class="drawer" aria-label="Your bag"><h2>Your bag</h2>
<form id="checkout"><label>Mobile <input type="tel" name="bag_phone"></label>
<label><input type="checkbox" id="bag_texts" name="bag_texts"> Text me about my order
 and new harvests</label><p>Msg &amp; data rates may apply. Reply STOP to opt out.</p>
<button>Check out</button></form></aside>
<script>
document.getElementById("bag").addEventListener("click", () => {
  document.getElementById("cart").classList.add("open");
  setTimeout(() => { document.getElementById("bag_texts").checked = true; }, 400);
});
</script></body></html>"""
# a sticky bar's consent box, disabled until ten digits are typed, that the script enables AND
# ticks on the tenth digit (blind round 20, tidyhand-handyman); near miss: a mock-up box on the
# same page that stays disabled whatever is typed (its field is emptied again)
TYPED = """<html><body><h1>Repairs</h1>
<form id="bar" action="/remind" method="post"><input type="tel" name="bar_phone">
<label><input type="checkbox" id="bar_ok" name="bar_ok" disabled> Text me</label>
<button>Sign up</button><span style="font-size:9px;color:#c4c4c4">Msg &amp; data rates may
apply. Reply STOP to cancel.</span></form>
<form id="mock"><input type="tel" name="mock_phone">
<label><input type="checkbox" name="mock_ok" disabled> Sample box</label></form>
<script>
const phone = document.querySelector("[name=bar_phone]"), ok = document.getElementById("bar_ok");
phone.addEventListener("input", () => {
  if (phone.value.replace(/\\D/g, "").length >= 10) { ok.disabled = false; ok.checked = true; }
  else { ok.disabled = true; ok.checked = false; }
});
</script></body></html>"""
# a web component's cart drawer (open shadow root) that slides in when an item is added and
# ticks its custom box as it first opens (blind round 20, whirlwind-vacuum-co); no aria-controls
CARTED = """<html><body><h1>Bags and filters</h1>
<div><h3>Filter</h3><button class="add">Add to cart</button></div>
<div><h3>Belt</h3><button class="add">Add to cart</button></div>
<cart-box></cart-box>
<script>
customElements.define("cart-box", class extends HTMLElement { constructor() { super();
  const root = this.attachShadow({mode: "open"});
  root.innerHTML = '<div class="wrap" style="position:fixed;top:0;right:0;width:300px;' +
    'transform:translateX(110%);background:#fff"><h2>Your cart</h2><form>' +
    '<input type="tel" name="cart_phone"><span role="checkbox" aria-checked="false" ' +
    'tabindex="0" aria-label="Text me deals" style="display:inline-block;width:16px;' +
    'height:16px;border:1px solid #000"></span><button>Checkout</button></form></div>';
  this.wrap = root.querySelector(".wrap"); this.box = root.querySelector("[role=checkbox]"); }
  add() { this.wrap.style.transform = "none"; this.box.setAttribute("aria-checked", "true"); }
});
document.querySelectorAll(".add").forEach((b) => b.addEventListener("click",
  () => document.querySelector("cart-box").add()));
</script></body></html>"""
# near miss: "Add to cart" on a page whose hidden phone field is a pop-up's, nothing of a cart
UNCARTED = """<html><body><h1>Bags</h1><button id="add">Add to cart</button><p id="added"></p>
<div id="pop" style="display:none"><h2>Get 10% off</h2><input type="tel" name="pop_phone"></div>
<script>document.getElementById("add").addEventListener("click",
  () => { document.getElementById("added").textContent = "Added"; });</script></body></html>"""
# a quiz funnel a script renders step by step: each answer click shows the next question, and
# only the last step asks for the phone (issue 14). Near misses: a question whose answers are
# links to other pages, an FAQ question whose button opens its answer, and an age gate's
# question, which is read as shown (crawler/agegate.py judges it), never answered
QUIZ = """<html><body><main><h1>Skin care</h1>
<section id="gate"><h2>Are you 21 or older?</h2><button type="button">Yes</button>
<button type="button">No</button></section>
<section><h2>Which shop is closest?</h2><p><a href="/north">North</a> <a href="/south">South</a>
</p></section>
<section id="quiz"></section>
<section><h3>Do you test on animals?</h3><button aria-expanded="false" aria-controls="faq1">
Show</button><button aria-expanded="false" aria-controls="faq2">More</button>
<p id="faq1" hidden>Never.</p><p id="faq2" hidden>Never, again.</p></section></main>
<script>
const root = document.getElementById("quiz");
const steps = [["Which best describes your skin?", ["Dry skin", "Oily skin", "Not sure"]],
               ["What's your budget?", ["Under $50", "$50 and up"]]];
const show = (i) => {
  if (i < steps.length) {
    const [asked, answers] = steps[i];
    root.innerHTML = `<h2>${asked}</h2><div class="answers">` +
      answers.map((a) => `<button type="button">${a}</button>`).join("") + "</div>";
    root.querySelectorAll("button").forEach((b) => { b.onclick = () => show(i + 1); });
    return;
  }
  root.innerHTML = '<form><label>Mobile <input type="tel" name="quiz_phone"></label>' +
    '<label><input type="checkbox" name="quiz_sms"> Text me my routine</label>' +
    '<button>Get my routine</button></form>';
};
show(0);
document.querySelectorAll("#gate button").forEach((b) => {
  b.onclick = () => { document.getElementById("gate").remove(); }; });
</script></body></html>"""
# a quiz whose answers are radio cards, each step shown by its "Next" once a card is chosen,
# behind an opener that names the quiz
QUIZ_CARDS = """<html><body><main><h1>Coffee</h1>
<button type="button" id="take" onclick="this.nextElementSibling.hidden = false">Take the coffee
 quiz</button><div id="finder" hidden>
<fieldset class="step" id="s1"><legend>How do you brew?</legend><div class="cards">
<label class="card"><input type="radio" name="brew" value="drip"> Drip</label>
<label class="card"><input type="radio" name="brew" value="press"> French press</label></div>
<button type="button" class="next">Next</button></fieldset>
<fieldset class="step" id="s2" hidden><legend>Pick a roast</legend><div class="cards">
<label class="card"><input type="radio" name="roast" value="light"> Light</label>
<label class="card"><input type="radio" name="roast" value="dark"> Dark</label></div>
<button type="button" class="next">Next</button></fieldset>
<div class="step" id="s3" hidden><label>Cell <input type="tel" name="cards_phone"></label></div>
</div></main>
<script>
document.querySelectorAll(".next").forEach((b) => { b.onclick = () => {
  const step = b.closest(".step");
  if (!step.querySelector("input:checked")) return;
  step.hidden = true; step.nextElementSibling.hidden = false; }; });
</script></body></html>"""
# a store locator (blind round 17, greenroom-juice): a line that tells a person to choose a
# store, set straight in the page's main, then a row of store buttons a script built; choosing
# one builds that store's text sign-up. Near misses on a page of their own: a line that tells
# of choice ("Choose from ...") over buttons, and a prompt whose stores are links to pages
PICKER = """<html><body><main><h1>Find a juice bar</h1>
<p>Choose a store to see its hours and get its texts.</p>
<div id="stores"></div><section id="panel"></section></main>
<script>
["Elm Street", "Riverside"].forEach((name) => {
  const b = document.createElement("button"); b.type = "button";
  b.innerHTML = "<strong>" + name + "</strong><br>open daily";
  b.onclick = () => { document.getElementById("panel").innerHTML =
    '<form><label>Mobile <input type="tel" name="store_phone"></label>' +
    '<label><input type="checkbox" name="store_sms"> Text me</label>' +
    '<button>Join</button></form>'; };
  document.getElementById("stores").appendChild(b);
});
</script></body></html>"""
UNPICKED = """<html><body><main><h1>Our juices</h1>
<p>Choose from twelve cold-pressed juices, made each morning.</p>
<div><button type="button" class="j">Green</button><button type="button" class="j">Beet</button>
</div>
<p>Choose a store:</p>
<div><a href="/north">North</a> <a href="/south">South</a></div>
<section id="panel"></section></main>
<script>
document.querySelectorAll(".j").forEach((b) => { b.onclick = () => {
  document.getElementById("panel").innerHTML = '<input type="tel" name="juice_phone">'; }; });
</script></body></html>"""
# a booking widget in another host's frame (blind round 17, northpoint-pt): each step's heading
# puts the business before what it asks ("Harbor Physio — choose a visit", "Step 2: Pick a
# time"); step 3 holds the reminder box. Near miss first in the frame: a heading that asks
# nothing over a row of buttons ("Harbor Physio — what we treat": a section named, not a question)
BOOKING = """<html><body><h1>Book a visit</h1>
<iframe src="http://forms.formhost.io:{{port}}/f/booking.html" width="500" height="500"></iframe>
</body></html>"""
HOSTED_BOOKING = """<html><head><style>.s { display: none } .s.on { display: block }</style>
</head><body>
<section><h2>Harbor Physio — what we treat</h2><button type="button" class="c">Knees</button>
<button type="button" class="c">Shoulders</button></section>
<section class="s on" id="s1"><h2>Harbor Physio — choose a visit</h2>
<button type="button" class="o">Evaluation · 60 min</button>
<button type="button" class="o">Follow-up · 45 min</button></section>
<section class="s" id="s2"><h2>Step 2: Pick a time</h2>
<button type="button" class="o">Tue 8:00 AM</button>
<button type="button" class="o">Tue 1:30 PM</button></section>
<section class="s" id="s3"><form method="post" action="/book">
<label>Mobile <input type="tel" name="booking_phone"></label>
<label><input type="checkbox" name="booking_sms"> Text me reminders</label>
<button>Request appointment</button></form></section><section id="clinic"></section>
<script>
let n = 1;
document.querySelectorAll(".o").forEach((b) => { b.onclick = () => {
  document.getElementById("s" + n).classList.remove("on"); n += 1;
  document.getElementById("s" + n).classList.add("on"); }; });
document.querySelectorAll(".c").forEach((b) => { b.onclick = () => {
  document.getElementById("clinic").innerHTML = '<input type="tel" name="clinic_phone">'; }; });
</script></body></html>"""
# a booking frame served over plain http from a host on .app, mapped by --resolve to the test
# server (blind round 17, northpoint-pt: Chromium upgraded it to https, and it never loaded)
APP_FRAMED = """<html><body><h1>Book</h1>
<iframe src="http://book.tidyslot.app:{{port}}/w/app.html" width="400" height="300"></iframe>
</body></html>"""
HOSTED_APP = """<html><body><form method="post" action="/w/send"><label>Mobile
<input type="tel" name="app_phone"></label><button>Request</button></form>
<script src="/w/app.js"></script></body></html>"""
PLAIN = """<html><body><form><input type="tel" name="phone"><button>Go</button></form>
<script>setTimeout(() => { window.flushed = true; }, 6000);</script></body></html>"""


# white labels and fine print on a section painted by a gradient, and on one painted by a picture
GRADIENT = """<html><body style="background:#fff">
<section style="background:linear-gradient(135deg, rgb(30,34,64) 0%, rgb(15,21,41) 100%)">
<form><label style="color:#fff;font-size:14px">Mobile <input type="tel" name="grad_phone"></label>
<label style="color:#fff;font-size:14px"><input type="checkbox" name="grad_ok"> Text me</label>
<p style="color:#fff;font-size:14px">Msg &amp; data rates may apply. Reply STOP to end.</p></form>
</section>
<section style="background:url(/none.png)">
<form><label style="color:#fff">Cell <input type="tel" name="pic_phone"></label>
<p style="color:#fff">Msg &amp; data rates may apply. Reply STOP to end.</p></form>
</section></body></html>"""

# a booking widget with no question over its slots (blind round 21, h14q lumen-lash): a row of
# time buttons, and a contact step hidden until one is picked, whose box the pick ticks. Near
# misses on a page of their own: a "Yes / No / Not now" row over a hidden phone (a consent,
# never chosen), a row of sizes whose box holds no phone (the hidden phone is a pop-up's
# elsewhere), and a row of unlike buttons (some with figures, some without)
SLOTS = """<html><body><main><h1>Lash studio</h1><section id="book"><h2>Book online</h2>
<div id="slots"></div><div id="step" style="display:none"><form>
<label>Mobile <input type="tel" name="slot_phone"></label>
<label><input type="checkbox" name="slot_sms"> Text me reminders</label>
<button>Confirm</button></form></div></section></main>
<script>
["10:00 AM", "11:30 AM", "1:00 PM"].forEach((t) => {
  const b = document.createElement("button"); b.type = "button"; b.className = "slot";
  b.textContent = t;
  b.onclick = () => { document.getElementById("step").style.display = "block";
    document.querySelector("[name=slot_sms]").checked = true; };
  document.getElementById("slots").appendChild(b);
});
</script></body></html>"""
UNSLOTTED = """<html><body><main><h1>Studio news</h1>
<section><div class="row"><button type="button" class="c">Yes</button>
<button type="button" class="c">No</button><button type="button" class="c">Not now</button>
</div><div id="ask" hidden><input type="tel" name="consent_phone"></div></section>
<section><div class="sizes"><button type="button" class="s">Small</button>
<button type="button" class="s">Medium</button><button type="button" class="s">Large</button>
</div><p>Lash serum, three sizes.</p></section>
<section><div class="mixed"><button type="button" class="m">Gallery</button>
<button type="button" class="m">Hours</button><button type="button" class="m">2 for 1</button>
</div><div hidden><input type="tel" name="mixed_phone"></div></section></main>
<div id="pop" style="display:none"><input type="tel" name="pop_phone"></div>
<p id="said"></p>
<script>document.querySelectorAll("main button").forEach((b) => { b.onclick = () => {
  document.getElementById("said").textContent += "picked " + b.textContent + ";"; }; });
</script></body></html>"""


# a shop's size row whose sold-out sizes (a state class beside the row's own, struck through)
# show a "text me when it's back" panel right after the row, in the page's main; the script
# that shows it switches the consent on (blind round 31, m31b puddlejump). The first size is in
# stock: picking it changes nothing, a sold-out one is tried first. Near miss on a page of its
# own: a size row followed by a hidden size guide (no phone) and a pop-up's phone elsewhere
# a booking widget (a local script) whose first step's heading carries its number ("1. Pick a
# time") over a row of slots and a room list: a pick renders the contact step with the SMS box
# (blind round 31, m31b keyhole). Near miss in the same page: "2. Our rooms" over buttons that
# name rooms asks nothing, so none is clicked
NUMBERED = """<html><body><main><h1>Book a game</h1><div id="booker"></div>
<section><h2>2. Our rooms</h2><div><button type="button" class="room">Vault</button>
<button type="button" class="room">Attic</button></div></section><p id="said"></p></main>
<script>
const root = document.getElementById("booker");
root.innerHTML = '<h2>1. Pick a time</h2><p>Room: <select><option>Vault</option></select></p>' +
  ["Fri 5:00 PM", "Fri 7:30 PM"].map((t) => `<button type="button" class="slot">${t}</button>`)
    .join("");
root.querySelectorAll(".slot").forEach((b) => b.addEventListener("click", () => {
  root.innerHTML = '<h2>Confirm</h2><form><label>Mobile <input type="tel" name="numbered_phone">' +
    '</label><label><input type="checkbox" name="numbered_sms"> Text me reminders</label>' +
    '<button>Confirm booking</button></form>'; }));
document.querySelectorAll(".room").forEach((b) => b.addEventListener("click", () => {
  document.getElementById("said").textContent += "room " + b.textContent + ";"; }));
</script></body></html>"""

# a chat panel's form asks the number first: "Send" (a plain button) shows the consent step in
# place, while the form keeps its own submit for the end (blind round 30, m30b sawgrass). Near
# miss in the same page: a form whose one plain "Send" button is how it sends (a script posts
# it), which is never clicked
CHAT_STEP = """<html><body><main><h1>Mobile welding</h1>
<form id="chat" action="/api/chat" method="post">
<div id="stepA"><input type="tel" name="chat_phone" aria-label="Mobile number">
<button type="button" id="sendNum">Send</button></div>
<div id="stepB" hidden><label><input type="checkbox" name="chat_sms"> OK to text me about this
job.</label><button type="submit">Start chat by text</button></div></form>
<form id="quick" action="/api/quick" method="post"><input type="tel" name="quick_phone">
<button type="button" id="quickSend">Send</button></form><p id="said"></p></main>
<script>
document.getElementById("sendNum").addEventListener("click", () => {
  document.getElementById("stepA").hidden = true; document.getElementById("stepB").hidden = false;
});
document.getElementById("quickSend").addEventListener("click", () => {
  document.getElementById("said").textContent = "quick sent"; });
</script></body></html>"""

SOLD_OUT = """<html><head><style>.sz.out{text-decoration:line-through}</style></head><body>
<main><h1>Rain boots</h1><p>Size:</p><div id="sizes"></div>
<div id="notify" hidden><p>Sold out. Want a text when it's back?</p><form>
<label>Mobile <input type="tel" name="restock_phone"></label>
<span id="sw" role="switch" tabindex="0" aria-checked="false" aria-labelledby="swl"></span>
<span id="swl">Text me a restock alert.</span><button>Text me</button></form></div>
<p id="said"></p></main>
<script>
[["5", 1], ["6", 1], ["7", 0], ["8", 1]].forEach(([size, stock]) => {
  const b = document.createElement("button"); b.type = "button";
  b.className = stock ? "sz" : "sz out"; b.textContent = size;
  b.onclick = () => { document.getElementById("said").textContent += "picked " + size + ";";
    if (stock) return; document.getElementById("notify").hidden = false;
    document.getElementById("sw").setAttribute("aria-checked", "true"); };
  document.getElementById("sizes").appendChild(b);
});
</script></body></html>"""
IN_STOCK = """<html><body><main><h1>Rain boots</h1><div class="sizes">
<button type="button" class="sz">5</button><button type="button" class="sz out">6</button>
<button type="button" class="sz">7</button></div>
<div id="guide" hidden><p>Size guide: measure the foot.</p></div><p id="said"></p></main>
<div id="pop" style="display:none"><input type="tel" name="pop_phone"></div>
<script>document.querySelectorAll("main button").forEach((b) => { b.onclick = () => {
  document.getElementById("said").textContent += "picked " + b.textContent + ";"; }; });
</script></body></html>"""


# a quiz whose questions are bold paragraphs a script writes into an empty mount point (blind
# round 26, h14v): two answers reach the result step with the phone field and a custom box.
# Near misses on a page of their own: a paragraph that says more than its question, and a
# one-line question whose answers are a consent ("Yes" / "No"), never answered
QUIZ_LINES = """<html><body><main><h1>Chess classes</h1><section><h2>Find your class</h2>
<div id="mount"></div></section>
<script>
const mount = document.getElementById("mount");
const asked = [["Who is learning?", ["A child", "An adult"]], ["Played before?", ["Never",
  "In a club"]]];
const step = (i) => {
  if (i < asked.length) {
    mount.innerHTML = `<p><b>${asked[i][0]}</b></p>`;
    asked[i][1].forEach((a) => { const b = document.createElement("button"); b.type = "button";
      b.textContent = a; b.onclick = () => step(i + 1); mount.appendChild(b); });
    return;
  }
  mount.innerHTML = '<form action="/join" method="post"><label>Mobile <input type="tel" ' +
    'name="line_phone"></label><span role="checkbox" aria-checked="false" tabindex="0" ' +
    'aria-label="Text me class reminders"></span><button>Save</button></form>';
};
step(0);
</script></main></body></html>"""
UNQUIZZED_LINES = """<html><body><main><h1>Chess classes</h1>
<div id="more"><p>Not sure yet? Watch a lesson on Friday.</p><button type="button">Morning
</button><button type="button">Evening</button></div>
<div id="ask"><p>Would you like class reminders?</p><button type="button">Yes</button>
<button type="button">No</button></div>
<script>
document.querySelectorAll("button").forEach((b) => { b.onclick = () => {
  b.parentElement.innerHTML = '<form><input type="tel" name="unasked_phone"></form>'; }; });
</script></main></body></html>"""


# a consent label whose markup says only where the details are, while its CSS draws the rest of
# the sentence before and after it (blind round 29, h14z-shredright); near misses: an icon
# font's glyph, a step counter, a required-field star and a rule only for print draw no words
DRAWN = """<html><head><style>
.consent .copy::before{content:"Yes, text me pickup reminders from Paperloop Shredding. "}
.consent .copy::after{content:" Msg & data rates may apply. Reply \\"STOP\\" to cancel."}
.icon::before{content:"\\f095";font-family:serif}
ol.steps{counter-reset:s} ol.steps li::before{counter-increment:s;content:counter(s) ". "}
.req::after{content:" *";color:#c00}
@media print{.promo::after{content:" Printed from our website"}}
.gone::before{content:"Hidden words drawn here";display:none}
</style></head><body><h1>Paperloop</h1>
<form action="/pickup" method="post"><label class="req">Phone <span class="icon"></span>
 <input type="tel" name="drawn_phone"></label>
 <label class="consent"><input type="checkbox" name="drawn_sms"> <span class="copy">Details in
 our <a href="/privacy">Privacy Policy</a>.</span></label>
 <ol class="steps"><li>Book</li><li>Shred</li></ol><p class="promo gone">Same-day pickup.</p>
 <button>Book</button></form></body></html>"""
# a phone field whose focus handler puts the SMS consent under it (blind round 29,
# h14z-signbridge); near miss: a field whose input handler only formats the number and says
# "10 digits", which shows nothing more of the form
FOCUSED = """<html><body><h1>Handsigns</h1>
<form action="/request" method="post"><label>Mobile <input type="tel" name="focus_phone"
 onfocus="showConsent()"></label><div id="slot"></div><button>Request</button></form>
<form action="/call" method="post"><label>Phone <input type="tel" name="format_phone"></label>
 <small id="hint"></small><button>Call me</button></form>
<script>
function showConsent() {
  if (document.getElementById("focus_sms")) return;
  document.getElementById("slot").innerHTML = '<label><input type="checkbox" id="focus_sms" ' +
    'name="focus_sms"> Text me booking updates from Handsigns. Msg frequency varies. Reply STOP ' +
    'to cancel.</label>';
}
const plain = document.querySelector("[name=format_phone]");
plain.addEventListener("input", () => {
  const d = plain.value.replace(/\\D/g, "");
  document.getElementById("hint").textContent = d.length >= 10 ? "10 digits" : "";
});
</script></body></html>"""


# a delivery-area check before the sign-up: the page names sample ZIPs, the check is the
# page's own script, and the sign-up with its phone field appears once a ZIP in the area is
# checked (blind round 29, h14z-harvestroute); near miss: the same check on a page that shows
# no ZIP, where a person must know their own: nothing is typed
ZIP_CHECK = """<html><body><h1>Greenbasket</h1><main id="route">
<h2>Do we deliver to you?</h2><p>We cover most of the valley (say 55401 or 55408).</p>
<form id="zipf"><label for="zip">Postal code</label><input id="zip" inputmode="numeric"
 maxlength="5"> <button>Check</button></form><div id="out"></div></main>
<script>
document.getElementById("zipf").addEventListener("submit", (e) => {
  e.preventDefault();
  const z = document.getElementById("zip").value.trim();
  document.getElementById("out").innerHTML = /^554\\d\\d$/.test(z) ?
    '<form action="/join" method="post"><label>Mobile <input type="tel" name="zip_phone">' +
    '</label><label><input type="checkbox" name="zip_sms"> Text me delivery updates.</label>' +
    '<button>Join</button></form>' : "<p>Sorry, not yet.</p>";
});
</script></body></html>"""
NO_ZIP = ZIP_CHECK.replace("(say 55401 or 55408)", "(ask us if unsure)")
# a delivery-area check that answers as the ZIP is typed, against the route table in its own
# script, with no ZIP shown and no button (blind round 33, m33b sweetgrass): the phone step,
# whose custom box the same script ticks, shows only for a ZIP on the routes. Near miss: a
# check that tests a pattern, with no ZIP in its code: nothing is typed
ROUTE_TABLE = """<html><body><h1>Ridgeline Fuel</h1><main>
<p>Enter your ZIP to see your truck day.</p>
<form action="/route-texts" method="post">
<label>ZIP code <input id="zip" name="zip" inputmode="numeric" maxlength="5"></label>
<div id="step2" style="display:none"><label>Mobile <input type="tel" name="route_phone"></label>
 <span id="box" role="checkbox" tabindex="0" aria-checked="false">Text me the day before.</span>
 <button>Save</button></div></form>
<script>
const ROUTES = {"83814": "Tuesday", "83815": "Thursday"};
document.getElementById("zip").addEventListener("input", (e) => {
  const shown = e.target.value in ROUTES;
  document.getElementById("step2").style.display = shown ? "block" : "none";
  if (shown) document.getElementById("box").setAttribute("aria-checked", "true");
});
</script></main></body></html>"""
NO_ROUTE_TABLE = ROUTE_TABLE.replace(
    'const ROUTES = {"83814": "Tuesday", "83815": "Thursday"};', ""
).replace("e.target.value in ROUTES", "/^838\\d\\d$/.test(e.target.value)")
# a corner launcher whose words say nothing of texts ("Perks") and whose panel is empty until
# its script builds the form on the first click (blind round 34, m34 nomad): it is opened.
# Near miss: a toggle whose hidden panel holds only words (opening hours) is left closed.
# And a settings page whose "Notifications" tab (not selected) holds the SMS switch
# (m34 reverb-row): the tab is chosen
LAUNCHER = """<html><body><h1>Dumpling counter</h1><p>Folded daily.</p>
<button id="perks" type="button" aria-expanded="false" aria-controls="perks-panel">Perks</button>
<div id="perks-panel" hidden></div>
<button id="hours" type="button" aria-expanded="false" aria-controls="hours-panel">Hours</button>
<div id="hours-panel" hidden><p>Tue-Sun 11-9</p></div>
<div role="tablist"><button role="tab" aria-selected="true" id="t1">Profile</button>
<button role="tab" aria-selected="false" id="t2">Notifications</button></div>
<div id="settings"><p>Your name: Sam</p></div>
<script>
document.getElementById("perks").addEventListener("click", (e) => {
  const panel = document.getElementById("perks-panel");
  if (!panel.children.length) panel.innerHTML = '<form action="/perks"><label>Mobile ' +
    '<input type="tel" name="perks_phone"></label><label><input type="checkbox" ' +
    'name="perks_sms"> Text me perks.</label><button>Join</button></form>';
  panel.hidden = !panel.hidden;
  e.currentTarget.setAttribute("aria-expanded", String(!panel.hidden));
});
document.getElementById("hours").addEventListener("click", () => {
  document.getElementById("hours-panel").hidden = false;
});
document.getElementById("t2").addEventListener("click", () => {
  document.getElementById("settings").innerHTML = '<form action="/prefs"><label>Mobile ' +
    '<input type="tel" name="tab_phone"></label><span role="switch" aria-checked="false">' +
    'Reminder texts</span></form>';
});
</script></body></html>"""
# a pop-up shown only the second time the reader scrolls past 60% of the page (blind round 34,
# m34b rocketbox), and an app whose "Get started" button renders its form in place (m34b
# tessellate): a person scrolls down, back up and down again, and clicks "Get started"
SECOND_PASS = """<html><body><h1>Waffle truck</h1>
<div style="height:2400px"><p>Liege waffles, pearl sugar, cast iron.</p></div>
<div id="pop" style="display:none"><form action="/club"><label>Mobile
 <input type="tel" name="second_phone"></label><button>Join</button></form></div>
<div id="app"><button type="button" id="start">Get started</button></div>
<script>
let crossings = 0, above = false;
addEventListener("scroll", () => {
  const r = (scrollY + innerHeight) / document.documentElement.scrollHeight;
  if (r > 0.6 && !above) {
    above = true; crossings += 1;
    if (crossings === 2) document.getElementById("pop").style.display = "block";
  } else if (r <= 0.6 && above) above = false;
}, { passive: true });
document.getElementById("start").addEventListener("click", () => {
  document.getElementById("app").innerHTML = '<form action="/consult"><label>Mobile ' +
    '<input type="tel" name="started_phone"></label><button>Send</button></form>';
});
</script></body></html>"""
# a pop-up on a 3.5 s timer whose one button reveals the phone step 2.4 s after it is clicked
# (blind round 33, m33 powderline): with the test renderer's 6 s budget, the reveal comes after
# the budget would have ended had the wait for the pop-up counted against it
LATE_WHEEL = """<html><body><h1>Drift Board Co.</h1><p>Boards and wax.</p>
<div id="pop" role="dialog" style="display:none"><h2>Spin for a code</h2>
 <button type="button" id="go">Go</button>
 <div id="claim" hidden><form action="/claim" method="post">
  <label>Mobile <input type="tel" name="wheel_phone"></label>
  <label><input type="checkbox" name="wheel_sms"> Text me my code.</label>
  <button>Send</button></form></div></div>
<script>
setTimeout(() => { document.getElementById("pop").style.display = "block"; }, 3500);
document.getElementById("go").addEventListener("click", () => {
  setTimeout(() => { document.getElementById("claim").hidden = false; }, 2400);
});
</script></body></html>"""

# a scratch card whose claim form shows 1.8 s after its one button is clicked (blind round 30,
# m30 spin-wheel): the button's words say nothing of texts or offers; the form's fine print
# is measured as a person then sees it. Near miss: a box holding a hidden phone field whose
# controls are a "Close" and a link that leaves the page: neither is clicked
SCRATCHED = """<html><body style="font-size:16px;color:#222"><h1>Cobble Lane Bakery</h1>
<section style="background:#fdf6e3;padding:16px"><h2>Lucky loaf</h2>
 <p><button type="button" id="scratch">Scratch</button></p>
 <div id="claim" style="display:none"><form action="/claim" method="post">
  <label>Mobile <input type="tel" name="scratch_phone"></label>
  <label><input type="checkbox" name="scratch_sms"> Send my prize by text</label>
  <p id="fine" style="font-size:9px;color:#d8d0bc">You agree to get recurring bakery texts.
   Up to 3 msgs/mo. Msg &amp; data rates may apply. Reply STOP to end.</p>
  <button>Claim</button></form></div></section>
<section><p><a href="/rules">Prize rules</a> <button type="button" id="shut">Close</button></p>
 <div style="display:none"><form action="/late" method="post">
  <label>Cell <input type="tel" name="hidden_phone"></label><button>Go</button></form></div>
</section>
<script>
document.getElementById("scratch").addEventListener("click", () => {
  setTimeout(() => { document.getElementById("claim").style.display = "block"; }, 1800);
});
document.getElementById("shut").addEventListener("click", () => {
  document.querySelector("[name=hidden_phone]").closest("div").style.display = "block";
});
</script></body></html>"""


# a spin-to-win pop-up a timer opens (blind round 33, m33 spin-wheel): its one way on is "SPIN"
# beside a "No thanks" link that only closes it; 1.2 s after the spin the claim step shows and
# the page's script switches the custom consent box on. Near miss: the same pop-up with a
# second way on ("See prizes") beside the wheel: which to click is no longer clear, nothing is
SPUN = """<html><body style="font-size:16px;color:#222"><h1>Drift Peak Boards</h1>
<div id="popup" role="dialog" style="display:none;position:fixed;inset:0;background:#fff">
 <h3>Spin to win!</h3><div id="first"><button id="spinIt">SPIN</button></div>
 <div id="second" hidden><form action="/claim" method="post">
  <label>Mobile <input type="tel" name="spun_phone"></label>
  <span role="checkbox" id="spun_box" aria-checked="false" tabindex="0"></span>
  <span>Send me my code and Drift Peak deals by text. Up to 4 msgs/mo. Msg &amp; data rates
   may apply. Reply STOP to end.</span>
  <button>Text me my code</button></form></div>
 <p><a href="#" id="nothanks">No thanks, I pay full price</a></p>
</div>
<script>
setTimeout(() => { document.getElementById("popup").style.display = "block"; }, 800);
document.getElementById("spinIt").addEventListener("click", () => {
  setTimeout(() => {
    document.getElementById("first").hidden = true;
    document.getElementById("second").hidden = false;
    document.getElementById("spun_box").setAttribute("aria-checked", "true");
  }, 1200);
});
</script></body></html>"""
UNSPUN = SPUN.replace(
    '<button id="spinIt">SPIN</button>',
    '<button id="spinIt">SPIN</button> <button type="button">See prizes</button>',
).replace("spun_phone", "unspun_phone")

# a booking form whose box names brand and kind, with an "SMS terms" link beside it that opens
# a modal (display:none on load) holding the rates, HELP and STOP (blind round 33, r33
# ironpetal): prevet opens it to look, and marks its words as shown only after that click
MODAL_TERMS = """<html><body style="font-size:16px;color:#222"><h1>Book a session</h1>
<form action="/book" method="post"><label>Cell <input type="tel" name="modal_phone"></label>
 <label><input type="checkbox" name="modal_sms"> Text me appointment reminders from Inkwell
 Studio.</label> <a href="#" id="terms-link">SMS terms</a><button>Send request</button></form>
<div id="terms" role="dialog" style="display:none"><p>Msg frequency varies. Msg &amp; data rates
 may apply. Reply HELP for help, STOP to cancel.</p><button id="x">Close</button></div>
<script>
document.getElementById("terms-link").addEventListener("click", (e) => {
  e.preventDefault(); document.getElementById("terms").style.display = "block";
});
</script></body></html>"""

# web components whose shadow roots are closed (blind round 31, m31 voltaic): a person sees and
# uses their forms as any other, though `el.shadowRoot` is null. A text-updates form whose script
# refuses to send while its box is unticked; a form shown only once the component's own button is
# clicked; a near miss, a newsletter with an email field only; and an open component beside
# them. The page writes what its own `shadowRoot` reads: null for a closed root, as without
# prevet
CLOSED = """<html><body style="font-size:16px;color:#222"><h1>Larkspur Kite Works</h1>
<repair-texts></repair-texts><alert-opener></alert-opener><kite-news></kite-news>
<open-card></open-card>
<p id="saw">Not yet</p>
<script>
const closed = (name, markup, wire) => customElements.define(name, class extends HTMLElement {
  #root;
  constructor() { super(); this.#root = this.attachShadow({mode: "closed"}); }
  connectedCallback() { this.#root.innerHTML = markup; if (wire) wire(this.#root); }
});
closed("repair-texts", '<form action="/texts"><label>Mobile <input type="tel" ' +
  'name="closed_phone"></label><label><input type="checkbox" name="closed_sms"> Text me when ' +
  'my kite repair is ready from Larkspur Kite Works.</label><p style="font-size:13px">Up to 3 ' +
  'msgs per repair. Msg &amp; data rates may apply. Reply STOP to end.</p>' +
  '<button>Save</button></form>', (root) => {
    const form = root.querySelector("form");
    form.addEventListener("submit", (event) => {
      if (!form.closed_sms.checked) event.preventDefault();
    });
  });
closed("alert-opener", '<button type="button" id="open">Get text alerts</button>' +
  '<form id="later" action="/alerts" style="display:none"><label>Cell <input type="tel" ' +
  'name="opened_phone"></label><button>Join</button></form>', (root) => {
    root.getElementById("open").addEventListener("click", () => {
      root.getElementById("later").style.display = "block";
    });
  });
closed("kite-news", '<form action="/news"><label>Email <input type="email" ' +
  'name="news_email"></label><button>Subscribe to our newsletter</button></form>');
customElements.define("open-card", class extends HTMLElement { connectedCallback() {
  this.attachShadow({mode: "open"}).innerHTML = "<p>Open card</p>"; }});
const seen = ["repair-texts", "alert-opener", "kite-news", "open-card"]
  .map((name) => name + " " + (document.querySelector(name).shadowRoot === null ? "null" : "root"));
document.getElementById("saw").textContent = "The page reads: " + seen.join(", ") + ".";
</script></body></html>"""


# blind round 36 (m36 anatolia): a web component's own button says "Sign me up" as a person
# would, and the form it shows takes its fine print from the page through a named slot; a near
# miss beside it, "Sign me out", names no sign-up
SLOTTED = """<html><body style="font-size:16px;color:#222"><h1>Grill</h1>
<club-card><span slot="fine">Weekly specials by text from Grill. Up to 4 msgs/mo. Reply STOP to
cancel.</span></club-card>
<button type="button" id="out" onclick="document.getElementById('gone').hidden = false">Sign me
out</button><p id="gone" hidden>Signed out</p>
<script>
customElements.define("club-card", class extends HTMLElement { connectedCallback() {
  const root = this.attachShadow({mode: "open"});
  root.innerHTML = '<style>form{display:none}form.show{display:block}</style>' +
    '<button type="button" class="open">Sign me up</button><form action="/club">' +
    '<label>Mobile <input type="tel" name="slotted_phone"></label><input type="checkbox" ' +
    'id="ok" name="slotted_sms"><label for="ok"><slot name="fine"></slot></label>' +
    '<button>Join</button></form>';
  root.querySelector(".open").addEventListener("click", () =>
    root.querySelector("form").classList.add("show"));
}});
</script></body></html>"""


# a closed root declared in the HTML, as a server renders a web component: the parser attaches
# it, no script does
DECLARED = """<html><body style="font-size:16px;color:#222"><h1>Larkspur Kite Works</h1>
<kite-texts><template shadowrootmode="closed"><form action="/texts"><label>Mobile <input
 type="tel" name="declared_phone"></label><label><input type="checkbox" name="declared_sms">
 Text me repair updates.</label><p style="font-size:12px">Reply STOP to end.</p>
 <button>Save</button></form></template></kite-texts>
<script>document.body.dataset.ready = "1";</script></body></html>"""


# blind round 35 (m35 stillpool): a quiz whose answers are plain <div> cards that show a
# pointer, the click heard by their row; "Next" is enabled once a card is chosen
POINTER_QUIZ = """<html><head><style>.step{display:none}.step.on{display:block}
.opt{cursor:pointer;border:1px solid #999;padding:8px}.opt.sel{background:#dfe}</style></head>
<body><main><h1>Ponds</h1>
<section class="step on" data-n="1"><h2>How big is your yard?</h2><div class="cards">
 <div class="opt">Patio corner<br><small>under 8x10 ft</small></div><div class="opt">Backyard</div>
 <div class="opt">Showpiece</div></div><button class="next" disabled>Next</button></section>
<section class="step" data-n="2"><h2>What matters most?</h2><div class="cards">
 <div class="opt">Healthy fish</div><div class="opt">Low upkeep</div></div>
 <button class="next" disabled>Next</button></section>
<section class="step" data-n="3"><h2>We'll text you your match</h2><form action="/q" method="post">
 <label>Mobile <input type="tel" name="pointer_phone"></label>
 <label><input type="checkbox" name="pointer_sms"> Text me my pond match.</label>
 <button>Send</button></form></section></main>
<script>
document.querySelectorAll(".cards").forEach((row) => row.addEventListener("click", (e) => {
  const card = e.target.closest(".opt"); if (!card) return;
  row.querySelectorAll(".opt").forEach((o) => o.classList.remove("sel"));
  card.classList.add("sel"); row.parentNode.querySelector(".next").disabled = false;
}));
document.querySelectorAll(".next").forEach((b) => b.addEventListener("click", () => {
  const s = b.closest(".step"); s.classList.remove("on");
  document.querySelector(`[data-n="${+s.dataset.n + 1}"]`).classList.add("on");
}));
</script></body></html>"""

# blind round 35 (m35b whisker): a floating "+" whose three actions stack above it (the panel
# is the element before the toggle, named by nothing); "Text me deals" opens the sign-up
FAB_ACTIONS = """<html><head><style>.acts{display:none}.fab.open .acts{display:block}
#sheet{display:none}#sheet.show{display:block}</style></head><body><h1>Pet pantry</h1>
<div class="fab" id="fab"><div class="acts"><a href="tel:+15555550100">Call the store</a>
 <button type="button" id="open-text">Text me deals</button></div>
 <button type="button" id="fab-main" aria-expanded="false" aria-label="Quick actions">+</button>
</div>
<div id="sheet" role="dialog"><form action="/deals" method="post">
 <label>Mobile <input type="tel" name="fab_phone"></label>
 <label><input type="checkbox" name="fab_sms"> Text me pantry deals.</label><button>Join</button>
</form></div>
<script>
const byId = (id) => document.getElementById(id);
byId("fab-main").onclick = () => byId("fab").classList.toggle("open");
byId("open-text").onclick = () => byId("sheet").classList.add("show");
</script></body></html>"""

# blind round 35 (m35b threadbare): an order status lookup whose page gives an example number
# (its placeholder); the status, with a text-updates form, is written in place by the page's
# own submit handler. A second lookup gives no example (nothing typed), and a site search box
# is no lookup
ORDER_LOOKUP = """<html><body><main><h1>Order status</h1>
<form id="look" onsubmit="show(event)"><label for="ord">Order number</label>
 <input id="ord" name="order" placeholder="TB-48213"> <button type="submit">Check status</button>
</form><div id="out" hidden></div>
<form id="noex" onsubmit="event.preventDefault(); document.getElementById('out2').hidden = false">
 <label>Tracking number <input name="tracking" placeholder="Your tracking number"></label>
 <button type="submit">Track</button></form>
<div id="out2" hidden><form action="/t"><label>Mobile <input type="tel" name="track_phone"></label>
 </form></div>
<form role="search" onsubmit="event.preventDefault()"><label>Search <input name="q"
 placeholder="e.g. 4812 tees"></label><button>Search</button></form>
<template id="tpl"><form action="/updates" method="post"><label>Mobile <input type="tel"
 name="lookup_phone"></label><label><input type="checkbox" name="lookup_sms"> Text me when this
 order moves on.</label><button>Turn on updates</button></form></template></main>
<script>
function show(ev) {
  ev.preventDefault();
  const v = document.getElementById("ord").value.trim().toUpperCase();
  if (!/^TB-?\\d{5}$/.test(v)) return;
  const out = document.getElementById("out"); out.hidden = false;
  out.innerHTML = "<p>Order " + v + ": on press</p>";
  out.appendChild(document.getElementById("tpl").content.cloneNode(true));
}
</script></body></html>"""


# a chat that asks one question at a time: its one answer field takes a first name, its submit
# "Send" moves the chat on to the number, with the consent box shown in the conversation above
# the field (blind round 37, m37 copperpot). Near misses on the same page: a chat whose one
# field takes an email (its "Send" is how it sends), and a contact form outside any chat whose
# one field and "Send" are how it sends: neither is sent
CHAT_ASKS_NAME = """<html><body><main><h1>Fondue House</h1>
<form id="contact" action="/api/contact" method="post"><label>Your name
<input type="text" name="contact_name"></label><button>Send</button></form>
<div id="mail-chat" aria-label="Chat with us"><form id="mail-in"><input type="email"
name="mail_answer" aria-label="Your email"><button>Send</button></form></div></main>
<button id="bubble" aria-label="Chat with Fondue House" style="position:fixed;right:8px;
bottom:8px">&#128172;</button>
<div id="win" role="dialog" aria-label="Fondue chat" style="display:none"><div id="log"></div>
<form id="answer"><input id="said" type="text" aria-label="Your answer"><button>Send</button>
</form></div>
<script>
let step = 0;
const log = document.getElementById("log"), said = document.getElementById("said");
const say = (html) => { const d = document.createElement("div"); d.innerHTML = html;
  log.appendChild(d); };
document.getElementById("bubble").addEventListener("click", () => {
  document.getElementById("win").style.display = "block";
  if (step === 0) { say("What's your first name?"); step = 1; }
});
document.getElementById("answer").addEventListener("submit", (e) => {
  e.preventDefault();
  if (step !== 1) return;
  say("What mobile number should we text?");
  say('<label><input type="checkbox" name="chat_sms"> Text me specials from Fondue House. ' +
      "Up to 4 msgs/month. Msg &amp; data rates may apply. Reply STOP to cancel.</label>");
  said.type = "tel"; said.value = ""; step = 2;
});
document.getElementById("contact").addEventListener("submit", (e) => {
  e.preventDefault(); document.body.append("contact sent"); });
document.getElementById("mail-in").addEventListener("submit", (e) => {
  e.preventDefault(); document.body.append("email sent"); });
</script></body></html>"""

# a hash-routed app whose choice screen moves to another route by a button's script
# ("Continue with phone" sets location.hash), and a button that only scrolls to an anchor in
# the page (blind round 37, m37b bramble basket)
ROUTED_BUTTONS = """<html><body><div id="app"></div><script>
const views = {
  join: '<h2>Create your account</h2><p>How would you like to sign up?</p>' +
    "<button onclick=\\"location.hash='#/join/phone'\\">Continue with phone</button>" +
    "<button onclick=\\"location.hash='#/join/email'\\">Continue with email</button>" +
    "<button onclick=\\"location.hash='#faq'\\">Read the FAQ</button>",
  "join/phone": '<form><input type="tel" name="routed_phone"><button>Create</button></form>',
};
const render = () => { const k = location.hash.replace(/^#\\/?/, "");
  document.getElementById("app").innerHTML = views[k] || views.join; };
window.addEventListener("hashchange", render); render();
</script></body></html>"""


# a coupon's "Reveal code" opens a modal that asks for the phone (blind round 37, m37
# pondscape); near miss on the same page: "Show the code of conduct" is no offer
REVEAL_CODE = """<html><body><main><h1>Pond care</h1>
<div><strong>Spring clean-out: 15% off</strong><button onclick="document.getElementById('cm')
.style.display='flex'">Reveal code</button></div>
<button onclick="document.body.append('conduct shown')">Show the code of conduct</button>
<div id="cm" style="display:none;position:fixed;inset:0"><form action="/api/code"
method="post"><label>Mobile <input type="tel" name="code_phone"></label><button>Text me the
code</button></form></div></main></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("interaction")
    (root / "leaky.html").write_text(LEAKY)
    (root / "reached.html").write_text(REACHED)
    (root / "plain.html").write_text(PLAIN)
    (root / "switched.html").write_text(SWITCHED)
    (root / "tooltipped.html").write_text(TOOLTIPPED)
    (root / "drawered.html").write_text(DRAWERED)
    (root / "typed.html").write_text(TYPED)
    (root / "carted.html").write_text(CARTED)
    (root / "uncarted.html").write_text(UNCARTED)
    (root / "custom.html").write_text(CUSTOM)
    (root / "shadowed.html").write_text(SHADOWED)
    (root / "when-typed.html").write_text(WHEN_TYPED)
    (root / "script-links.html").write_text(SCRIPT_LINKS)
    (root / "partial.html").write_text(PARTIAL)
    (root / "labelled.html").write_text(LABELLED)
    (root / "parts").mkdir()
    (root / "parts" / "visit.html").write_text(PARTIAL_VISIT)
    (root / "parts" / "quote.html").write_text(PARTIAL_QUOTE)
    (root / "ticking.html").write_text(TICKING)
    (root / "slideshow.html").write_text(SLIDESHOW)
    (root / "bannered.html").write_text(BANNERED)
    (root / "exiting.html").write_text(EXITING)
    (root / "menued.html").write_text(MENUED)
    (root / "noticed.html").write_text(NOTICED)
    (root / "choosing.html").write_text(CHOOSING)
    (root / "folded.html").write_text(FOLDED)
    (root / "fine-folded.html").write_text(FINE_FOLDED)
    (root / "answered.html").write_text(ANSWERED)
    (root / "dialoged.html").write_text(DIALOGED)
    (root / "guided.html").write_text(GUIDED)
    (root / "slid.html").write_text(SLID)
    (root / "pinned.html").write_text(PINNED)
    (root / "bubbled.html").write_text(BUBBLED)
    (root / "js").mkdir()
    (root / "js" / "later.js").write_text(LATER_JS)
    (root / "configured.html").write_text(CONFIGURED)
    (root / "js" / "season.js").write_text(SEASON_JS)
    (root / "counted.html").write_text(COUNTED)
    (root / "tapped.html").write_text(TAPPED)
    (root / "untapped.html").write_text(UNTAPPED)
    (root / "paired.html").write_text(PAIRED)
    (root / "savings.html").write_text(SAVINGS)
    (root / "cloned.html").write_text(CLONED)
    (root / "appended.html").write_text(APPENDED)
    (root / "channeled.html").write_text(CHANNELED)
    (root / "chosen.html").write_text(CHOSEN)
    (root / "sheeted.html").write_text(SHEETED)
    (root / "preselected.html").write_text(PRESELECTED)
    (root / "wizard.html").write_text(WIZARD)
    (root / "quiz.html").write_text(QUIZ)
    (root / "quizcards.html").write_text(QUIZ_CARDS)
    (root / "quizlines.html").write_text(QUIZ_LINES)
    (root / "unquizzed.html").write_text(UNQUIZZED_LINES)
    (root / "js" / "count.js").write_text(COUNT_JS)
    (root / "floating.html").write_text(FLOATING)
    (root / "hashed.html").write_text(HASHED)
    (root / "loaded.html").write_text(LOADED)
    (root / "embed").mkdir()
    (root / "embed" / "request.html").write_text(REQUEST)
    hosted = root / "_hosts" / FORM_HOST / "f"
    hosted.mkdir(parents=True)
    (hosted / "abc.html").write_text(HOSTED)
    (hosted / "steps.html").write_text(HOSTED_STEPS)
    (hosted / "booking.html").write_text(HOSTED_BOOKING)
    app_hosted = root / "_hosts" / APP_HOST / "w"
    app_hosted.mkdir(parents=True)
    (app_hosted / "app.html").write_text(HOSTED_APP)
    (app_hosted / "app.js").write_text("document.body.dataset.scripted = 'yes';")
    (root / "appframed.html").write_text(APP_FRAMED)
    (root / "picker.html").write_text(PICKER)
    (root / "unpicked.html").write_text(UNPICKED)
    (root / "booking.html").write_text(BOOKING)
    (root / "slots.html").write_text(SLOTS)
    (root / "unslotted.html").write_text(UNSLOTTED)
    (root / "soldout.html").write_text(SOLD_OUT)
    (root / "numbered.html").write_text(NUMBERED)
    (root / "chatstep.html").write_text(CHAT_STEP)
    (root / "instock.html").write_text(IN_STOCK)
    (root / "gradient.html").write_text(GRADIENT)
    (root / "scrolled.html").write_text(SCROLLED_EMBED)
    (root / "inert.html").write_text(INERT_AND_LISTS)
    (root / "drawn.html").write_text(DRAWN)
    (root / "focused.html").write_text(FOCUSED)
    (root / "zipped.html").write_text(ZIP_CHECK)
    (root / "unzipped.html").write_text(NO_ZIP)
    (root / "routes.html").write_text(ROUTE_TABLE)
    (root / "no-routes.html").write_text(NO_ROUTE_TABLE)
    (root / "late-wheel.html").write_text(LATE_WHEEL)
    (root / "launcher.html").write_text(LAUNCHER)
    (root / "second-pass.html").write_text(SECOND_PASS)
    (root / "scratched.html").write_text(SCRATCHED)
    (root / "spun.html").write_text(SPUN)
    (root / "modal-terms.html").write_text(MODAL_TERMS)
    (root / "unspun.html").write_text(UNSPUN)
    (root / "closed.html").write_text(CLOSED)
    (root / "declared.html").write_text(DECLARED)
    (root / "pointer-quiz.html").write_text(POINTER_QUIZ)
    (root / "fab.html").write_text(FAB_ACTIONS)
    (root / "lookup.html").write_text(ORDER_LOOKUP)
    (root / "slotted.html").write_text(SLOTTED)
    (root / "chat-name.html").write_text(CHAT_ASKS_NAME)
    (root / "routed.html").write_text(ROUTED_BUTTONS)
    (root / "reveal-code.html").write_text(REVEAL_CODE)
    with FixtureServer(root) as server:
        yield server


# a sign-up drawn dimmed in an `inert` section until "Switch on text alerts" lifts it, and
# two yes/no lists about texts: one a script sets to its yes after load, one left on its prompt
INERT_AND_LISTS = """<html><body><h1>Potter's Wheel Studio</h1>
<p><button type="button" id="lift">Switch on text alerts</button></p>
<section id="dim" inert style="opacity:.5">
 <form action="/join" method="post"><label>Mobile <input type="tel" name="inert_phone"></label>
  <label><input type="checkbox" name="inert_sms"> Text me kiln-day reminders.</label>
  <button>Join</button></form></section>
<form action="/book" method="post"><label>Cell <input type="tel" name="list_phone"></label>
 <label>Text me class updates: <select name="scripted" id="scripted"><option value="n">No
  </option><option value="y">Yes</option></select></label>
 <label>Text me studio news: <select name="prompted"><option value="">Choose&hellip;</option>
  <option value="y">Yes</option><option value="n">No</option></select></label>
 <button>Book</button></form>
<script>
document.getElementById("scripted").value = "y";
document.getElementById("lift").addEventListener("click", () => {
  document.getElementById("dim").inert = false;
});
</script></body></html>"""


@pytest.fixture(scope="module")
def renderer(site: FixtureServer, chromium_path: str):
    resolve = parse_resolve([site.resolve(HOST), site.resolve(FORM_HOST), site.resolve(APP_HOST)])
    thread = RenderThread(
        lambda: Renderer(
            chromium_path,
            timeout=10,
            max_tabs=1,
            resolve=resolve,
            ignore_https_errors=False,
            interact_budget=6,
        )
    )
    asyncio.run(thread.render(site.url(HOST, "/plain.html")))
    yield thread
    thread.close()


def _page(renderer: RenderThread, site: FixtureServer, path: str) -> tuple[Page, Interaction]:
    """The rendered page, and what interaction did on its main frame (the renderer's own
    record: tests ask why a render took long, never how long it took)."""
    rendered = asyncio.run(renderer.render(site.url(HOST, path)))
    assert rendered.error is None
    page = build_page(rendered.html, rendered.url, frames=rendered.frames, rendered=True)
    main = rendered.interaction[0] if rendered.interaction else {}
    return page, Interaction(set(main.get("phases", [])), bool(main.get("outOfBudget")))


@dataclass
class Interaction:
    phases: set[str]
    out_of_budget: bool

    @property
    def held(self) -> bool:
        """Did it wait for a pop-up, or run until the budget was spent?"""
        return "timers" in self.phases or self.out_of_budget


def _form_with(page: Page, name: str) -> Form:
    return next(f for f in page.forms if any(c.name == name for c in f.controls))


@pytest.mark.browser
def test_interaction_sends_nothing(site: FixtureServer, renderer: RenderThread) -> None:
    site.requests.clear()
    page, _ = _page(renderer, site, "/leaky.html")
    time.sleep(0.5)  # anything late would have arrived by now
    sent = [f"{r.method} {r.path}" for r in site.requests]
    assert sent == ["GET /leaky.html"], sent
    # the phone step opens only once the email is sent: a person must check it
    form = _form_with(page, "email")
    assert "appears only once an email is sent" in form.waits_for_server
    assert form.reached_by == "after clicking 'Get 10% off'"
    assert not any(c.value for c in form.controls if c.name == "email")  # the sample is gone


@pytest.mark.browser
def test_banner_booking_and_tab_forms_are_reached_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    site.requests.clear()
    page, _ = _page(renderer, site, "/bannered.html")
    time.sleep(0.5)
    sent = [f"{r.method} {r.path}" for r in site.requests]
    assert sent == ["GET /bannered.html"], sent  # the banner's choice is never reported
    assert _form_with(page, "book_phone").reached_by == "after clicking 'Book now'"
    assert _form_with(page, "tab_phone").reached_by == "after clicking 'Text'"
    assert not any(c.name == "yearly_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_forms_a_person_reaches_are_read_with_how(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/reached.html")
    assert _form_with(page, "shadow_phone").reached_by == ""  # shown at once, in a shadow root
    assert _form_with(page, "cell").reached_by == "after waiting 3 s for a pop-up"
    assert (
        _form_with(page, "mobile").reached_by == "after entering an email and clicking 'Continue'"
    )
    hosted = _form_with(page, "hosted_phone")
    assert hosted.frame_url == f"http://{FORM_HOST}:{site.port}/f/abc.html"
    assert "timers" in interaction.phases and not interaction.out_of_budget


@pytest.mark.browser
def test_a_pop_up_shown_by_an_interval_is_waited_for(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/ticking.html")
    assert _form_with(page, "ticked_cell").reached_by == "after waiting 3 s for a pop-up"
    assert "timers" in interaction.phases and not interaction.out_of_budget


@pytest.mark.browser
def test_a_slideshow_interval_does_not_hold_the_render(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/slideshow.html")
    assert _form_with(page, "news_email").reached_by == ""
    assert not interaction.held


@pytest.mark.browser
def test_a_page_with_nothing_to_reach_is_not_held(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/plain.html")
    assert _form_with(page, "phone").reached_by == ""
    assert interaction.phases == set() and not interaction.held


@pytest.mark.browser
def test_custom_consent_controls_read_as_a_person_sees_them(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/custom.html")
    controls = {c.name or c.id: c for c in page.forms[0].controls}
    for name in ("styled", "drawn", "moved"):  # seen and ticked through their labels
        assert controls[name].visible, name
    assert controls["styled"].checked and not controls["drawn"].checked
    assert controls["styled"].label == "Text me offers"
    assert controls["toggle"].type == "switch" and controls["toggle"].checked
    assert controls["toggle"].visible and controls["toggle"].label == "Send me alerts"
    assert not controls["bot_trap"].visible  # hidden with its label


@pytest.mark.browser
def test_consent_boxes_in_shadow_roots_are_probed_and_read(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/shadowed.html")
    controls = {c.name: c for f in page.forms for c in f.controls}
    # the consent probe reached the box in the web component: its script refuses the form
    assert controls["gate_sms"].blocks_submit_unchecked is True
    assert not controls["gate_sms"].checked
    assert controls["ticked_sms"].checked and controls["ticked_sms"].visible
    assert controls["ticked_sms"].label == "Text me offers"
    # the near miss: an unchecked box that the form can be sent without
    assert not controls["plain_sms"].checked
    assert controls["plain_sms"].blocks_submit_unchecked is False
    assert all("data-pvk" not in form.html for form in page.forms)  # every stamp carried over


@pytest.mark.browser
def test_a_box_required_once_a_phone_is_typed_is_required(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """The consent probe types the sample phone the way a person does, so the page's script
    makes the box required, which the browser then enforces; the page is left as it was."""
    page, _ = _page(renderer, site, "/when-typed.html")
    controls = {c.name: c for f in page.forms for c in f.controls}
    assert controls["typed_sms"].blocks_submit_unchecked is True
    assert not controls["typed_sms"].required and controls["typed_phone"].value == ""
    # the near miss: typing a number shows a hint, the box stays optional
    assert controls["hinted_sms"].blocks_submit_unchecked is False


@pytest.mark.browser
def test_a_policy_script_link_that_opens_nothing_is_dead(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """A template's "PRIVACY POLICY" link to javascript:void(0) opens nothing when clicked;
    one whose click shows the page's privacy modal, or asks the server for the terms, is no
    dead link (a person has to look), and the modal is closed again in the snapshot."""
    page, _ = _page(renderer, site, "/script-links.html")
    dead = {link.text: link.dead for link in page.links}
    assert dead["PRIVACY POLICY"] is True
    assert dead["Privacy Policy (full)"] is False and dead["Terms & Conditions"] is False
    assert dead["Back to top"] is False  # no policy words: not clicked
    assert "We never share your number" not in page.text


@pytest.mark.browser
def test_a_form_a_click_loads_from_the_site_is_reached(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """A click that fetches a partial of the site's own ("/parts/visit.html") and puts its
    form in the page loads more of the page, as a person's click does: the form is reached.
    A click that asks with a query ("?source=home") sends something: it is refused, and
    nothing else goes out."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/partial.html")
    time.sleep(0.5)
    sent = [f"{r.method} {r.path}" for r in site.requests]
    assert sent == ["GET /partial.html", "GET /parts/visit.html"], sent
    assert _form_with(page, "visit_phone").reached_by == "after clicking 'Schedule a visit'"
    assert not any(c.name == "quote_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_a_toggle_s_words_are_not_clicked_and_a_named_pop_up_is_opened(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Words a drawn consent box names as its label ("Text me repair status updates") flip
    it when clicked: they are the consent, never an opener, so the box stays as the page left
    it. A button that names a hidden pop-up holding a phone field (data-open-guide beside
    #guideModal) opens it whatever its words say; a hidden box no control names stays shut."""
    page, _ = _page(renderer, site, "/labelled.html")
    consent = next(c for c in _form_with(page, "repair_phone").controls if c.type == "checkbox")
    assert consent.checked is False
    assert (
        _form_with(page, "guide_phone").reached_by == "after clicking 'Get the free design guide'"
    )
    callback = next(c for c in _form_with(page, "callback_phone").controls if c.type == "tel")
    assert callback.visible is False


def _get(site: FixtureServer, host: str, path: str) -> tuple[int, str]:
    request = urllib.request.Request(site.url("127.0.0.1", path), headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_one_server_serves_each_host_its_own_folder(site: FixtureServer) -> None:
    assert sorted(site.hosts) == sorted([FORM_HOST, APP_HOST])
    status, body = _get(site, f"{FORM_HOST}:{site.port}", "/f/abc.html")
    assert status == 200 and "hosted_phone" in body
    assert _get(site, f"{HOST}:{site.port}", "/f/abc.html")[0] == 404
    assert _get(site, f"{HOST}:{site.port}", f"/_hosts/{FORM_HOST}/f/abc.html")[0] == 404
    status, body = _get(site, f"{HOST}:{site.port}", "/reached.html")
    assert f"http://{FORM_HOST}:{site.port}/f/abc.html" in body


@pytest.mark.browser
def test_an_exit_intent_pop_up_is_reached_by_leaving_the_page(
    site: FixtureServer, renderer: RenderThread
) -> None:
    site.requests.clear()
    page, _ = _page(renderer, site, "/exiting.html")
    assert (
        _form_with(page, "exit_phone").reached_by
        == "after the pointer left the page (an exit-intent pop-up)"
    )
    # an element's own mouseleave is no exit from the page
    assert not any(c.name == "tip_phone" for f in page.forms for c in f.controls)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /exiting.html"]


@pytest.mark.browser
def test_an_opener_inside_a_closed_menu_is_reached(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/menued.html")
    assert _form_with(page, "club_phone").reached_by == "after clicking 'Text Club'"
    # a menu of page links only is not opened
    assert not any(c.name == "more_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_a_sign_up_bar_shown_once_the_cookie_notice_is_answered_is_reached(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/noticed.html")
    assert _form_with(page, "bar_phone").reached_by == "after clicking 'Join the club'"


@pytest.mark.browser
def test_a_step_with_a_required_choice_is_gone_through(
    site: FixtureServer, renderer: RenderThread
) -> None:
    site.requests.clear()
    page, _ = _page(renderer, site, "/choosing.html")
    assert (
        _form_with(page, "est_phone").reached_by
        == "after entering a ZIP code, choosing an option and clicking 'Continue'"
    )
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /choosing.html"]


@pytest.mark.browser
def test_an_empty_dialog_filled_on_a_timer_is_waited_for(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/dialoged.html")
    assert _form_with(page, "later_phone").reached_by == "after waiting 3 s for a pop-up"
    assert "timers" in interaction.phases and not interaction.out_of_budget
    # a dialog that already holds its own content is no pop-up waiting to be built
    page, interaction = _page(renderer, site, "/guided.html")
    assert _form_with(page, "guide_email").reached_by == ""
    assert not interaction.held


@pytest.mark.browser
def test_a_pop_up_a_script_file_builds_on_a_timer_is_waited_for(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14f (tidewater-sailing): the pending timer's own code builds the form, so
    the wait does not depend on what the script file is called."""
    page, interaction = _page(renderer, site, "/configured.html")
    assert _form_with(page, "season_phone").reached_by == "after waiting 3 s for a pop-up"
    assert "timers" in interaction.phases and not interaction.out_of_budget
    # a long timer whose code builds nothing does not hold the render
    page, interaction = _page(renderer, site, "/counted.html")
    assert _form_with(page, "count_email").reached_by == ""
    assert not interaction.held


@pytest.mark.browser
def test_a_form_folded_in_a_closed_section_is_opened_as_a_person_does(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/folded.html")
    faq = _form_with(page, "faq_phone")
    assert faq.visible
    assert faq.reached_by == "after opening 'How do I hear about new classes?'"
    assert _form_with(page, "panel_email").reached_by == "after opening 'Workshops'"
    # a section that folds only the consent box, away from the phone field, stays closed
    folded = _form_with(page, "own_phone")
    box = next(c for c in folded.controls if c.name == "fine_box")
    assert not box.visible


@pytest.mark.browser
def test_fine_print_folded_under_the_form_in_an_accordion_stays_closed(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind h14y (a poke counter's Text Club pop-up): the rates, HELP and STOP sit in a
    collapsed accordion under the form, a toggle with aria-expanded="false" whose next element
    is hidden; a person sees the form without them. The toggle speaks of the text club, yet it
    is not clicked: the fine print stays hidden (optin.disclosure_hidden). The near miss, a
    form folded whole in a panel, is opened (test above)."""
    page, _ = _page(renderer, site, "/fine-folded.html")
    club = _form_with(page, "club_phone")
    assert club.visible and club.reached_by == "after clicking 'Text Club'"
    fine = next(t for t in club.texts if "Reply HELP" in t.text)
    assert not fine.visible


@pytest.mark.browser
def test_a_card_a_shorter_window_scrolls_to_is_reached(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14g (keystone-storage): a scroll listener waits for the end of a table to
    pass the top of the window, which a 900 px window cannot scroll to above a short footer; a
    reviewer's shorter window (a laptop's, a phone held sideways) does."""
    site.requests.clear()
    rendered = asyncio.run(renderer.render(site.url(HOST, "/slid.html")))
    assert "scroll" in rendered.interaction[0]["phases"]
    # the room added below the page to scroll into is gone before the page is read
    assert "height:400px" not in rendered.html
    page = build_page(rendered.html, rendered.url, frames=rendered.frames, rendered=True)
    slip = _form_with(page, "slip_phone")
    assert slip.reached_by == "after scrolling to the bottom of the page in a window 500 px tall"
    assert slip.visible
    assert optin_form_on(page, slip, None) is not None
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /slid.html"]
    # a listener that only pins a "Back to top" button reaches no form, and the button (pinned,
    # but speaking of no chat or sign-up) is not clicked
    page, interaction = _page(renderer, site, "/pinned.html")
    assert "scroll" in interaction.phases and "click" not in interaction.phases
    assert page.forms == []


@pytest.mark.browser
def test_a_chat_bubble_labelled_only_by_its_name_is_clicked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14g (tidewater-marine-supply): an icon pinned to a corner, whose only words
    are its label ("Text our service desk", "Chat with us"), opens what a person types in."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/bubbled.html")
    assert "click" in interaction.phases
    desk = _form_with(page, "desk_phone")
    assert desk.reached_by == "after clicking 'Text our service desk'"
    assert optin_form_on(page, desk, None) is not None
    # an email-only chat is reached, and is no SMS opt-in
    chat = _form_with(page, "chat_email")
    assert chat.reached_by == "after clicking 'Chat with us'"
    assert optin_form_on(page, chat, None) is None
    # a help menu holds no form; an icon in the page's text, not pinned, is not clicked
    assert not any(c.name == "history_phone" for f in page.forms for c in f.controls)
    assert len(page.forms) == 2
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /bubbled.html"]


@pytest.mark.browser
def test_an_open_answer_is_not_folded_by_clicking_its_question(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, interaction = _page(renderer, site, "/answered.html")
    assert "Usually one per show." in page.text and "Reply STOP to opt out." in page.text
    assert not any("Reply STOP" in block.text for block in page.hidden_text)
    # the near miss: an opener that speaks of texts is still clicked
    assert "click" in interaction.phases
    assert _form_with(page, "answered_phone").visible


@pytest.mark.browser
def test_a_frame_inserted_once_scrolled_to_is_stepped_through(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """A frame that interaction made appear is interacted with too: its second step, where the
    phone field and the disclosure are, is read as shown, and nothing is sent."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/scrolled.html")
    form = _form_with(page, "embed_phone")
    assert form.frame_url == f"http://{FORM_HOST}:{site.port}/f/steps.html"
    phone = next(c for c in form.controls if c.name == "embed_phone")
    assert phone.visible
    assert "clicking 'Continue'" in form.reached_by
    assert all(r.method == "GET" for r in site.requests), site.requests


@pytest.mark.browser
def test_a_pinned_bar_that_invites_a_tap_is_tapped(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14h (crescent-city-limo): a bar pinned to the window says "tap to join" and
    the page opens its pop-up on the first tap anywhere: the bar is tapped as a person taps it."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/tapped.html")
    assert "click" in interaction.phases
    form = _form_with(page, "strip_phone")
    assert form.reached_by.startswith("after clicking 'Members hear about harvest")
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /tapped.html"]
    # a pinned bar of news, a bar whose own link is the way in and a card about hours are not
    # tapped, though the page hears every tap
    page, interaction = _page(renderer, site, "/untapped.html")
    assert "click" not in interaction.phases
    assert page.forms == []


@pytest.mark.browser
def test_a_menu_item_naming_text_beside_email_opens_the_sign_up(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14h (northgate-pet): "Text + Email Perks" in a closed menu names the text
    channel; an item that emails a page to a friend does not."""
    page, _ = _page(renderer, site, "/paired.html")
    assert _form_with(page, "club_phone").reached_by == "after clicking 'Text + Email Perks'"
    assert not any(c.name == "share_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_a_form_cloned_from_a_template_is_opened_and_read_live(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 19 (h14o wrenwood): a <template> holding a phone field is a form a click
    builds; the button naming the text channel is clicked, the clone is read where it was
    mounted with the box its script ticked, and the template's copy is no form. A button that
    names no channel ("Show opening hours") is not clicked."""
    page, _ = _page(renderer, site, "/cloned.html")
    form = _form_with(page, "trip_phone")
    assert form.reached_by == "after clicking 'Trip updates by text'"
    assert "template" not in form.selector
    assert [c.checked for c in form.controls if c.type == "checkbox"] == [True]
    assert not any(c.name == "hours_phone" for f in page.forms for c in f.controls)
    assert len([f for f in page.forms if any(c.name == "trip_phone" for c in f.controls)]) == 1


@pytest.mark.browser
def test_more_content_appended_from_a_template_holding_a_phone_field_is_loaded(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """h14k steamvale: the sign-up is the last of the tips a "Load more tips" button appends
    from a <template>; it is read once appended, never inside the template."""
    page, _ = _page(renderer, site, "/appended.html")
    form = _form_with(page, "tip_phone")
    assert form.reached_by == "after clicking 'Load more tips'"
    assert "template" not in form.selector


@pytest.mark.browser
def test_a_contact_channel_switch_is_set_to_text(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 19 (h14o bellhop): an Email / Text switch left on Email; choosing Text (as a
    person who wants texts does) swaps in the mobile field and its box. The unanswered
    "Updates by text? ( ) Text ( ) No thanks" question is a consent: never chosen."""
    page, _ = _page(renderer, site, "/channeled.html")
    form = _form_with(page, "mobile")
    assert form.reached_by == "after clicking 'Text'"
    assert not any(c.checked for c in form.controls if c.name == "updates")
    # the "Text" prevet chose is its own choice, not the page's default
    assert any(c.checked and c.set_by_prevet for c in form.controls if c.name == "how")


@pytest.mark.browser
def test_a_channel_prevet_chose_is_not_selected_by_default(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 22 (h14r paper-kite): a restock pop-over's "Text me" radio, chosen by prevet
    to show the phone field, is checked but set by prevet: not the page's default. The box the
    page's script ticks when Text is chosen is the page's act, and reads as ticked; a "Text me"
    the page's own script selects as it loads is the page's default."""
    page, _ = _page(renderer, site, "/chosen.html")
    form = _form_with(page, "cell")
    text = next(c for c in form.controls if c.name == "via" and c.value == "sms")
    assert text.checked and text.set_by_prevet
    email = next(c for c in form.controls if c.name == "via" and c.value == "email")
    assert not email.checked and not email.set_by_prevet
    box = next(c for c in form.controls if c.name == "cell_ok")
    assert not box.checked and not box.set_by_prevet
    page, _ = _page(renderer, site, "/chosen.html?ticks")
    box = next(c for c in _form_with(page, "cell").controls if c.name == "cell_ok")
    assert box.checked and not box.set_by_prevet
    page, _ = _page(renderer, site, "/preselected.html")
    form = _form_with(page, "cell")
    text = next(c for c in form.controls if c.name == "via" and c.value == "sms")
    assert text.checked and not text.set_by_prevet


@pytest.mark.browser
def test_a_sheet_pushed_below_the_window_is_reached_by_the_scroll_that_slides_it_in(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 21 (h14q groovebin): a bottom sheet fixed to the window at translateY(110%)
    is out of sight until the scroll past half the page slides it in: its form is reached by
    scrolling, not seen on load. A tall fixed dialog on screen is seen on load, though its
    phone field sits below the window's bottom (the dialog scrolls)."""
    page, interaction = _page(renderer, site, "/sheeted.html")
    assert "scroll" in interaction.phases
    sheet = _form_with(page, "sheet_phone")
    assert sheet.visible and sheet.reached_by.startswith("after scrolling")
    tall = _form_with(page, "tall_phone")
    assert tall.visible and tall.reached_by == ""


@pytest.mark.browser
def test_an_offer_put_as_savings_opens_the_sign_up(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """ "Save 20% on your first order" is an offer as much as "Get 20% off"; "Save to wishlist"
    saves the person's own choice and is not clicked."""
    page, _ = _page(renderer, site, "/savings.html")
    assert _form_with(page, "deal_phone").reached_by.startswith("after clicking 'Save 20%")
    assert not any(c.name == "wish_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_a_wizard_of_boxes_is_stepped_through(site: FixtureServer, renderer: RenderThread) -> None:
    """Blind round h14h (sunfield-solar): a script renders each step into a box (no <form> until
    the last step); "Continue" is clicked after a ZIP code is entered, and the SMS box the
    script ticks after rendering the step is read ticked."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/wizard.html")
    assert "steps" in interaction.phases
    form = _form_with(page, "wiz_phone")
    assert form.reached_by == "after entering a ZIP code and clicking 'Continue'"
    assert next(c for c in form.controls if c.name == "wiz_sms").checked
    # a story's "Continue", away from any field, is no step; a link is never a step's button
    assert "Chapter two" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /wizard.html"]


@pytest.mark.browser
def test_a_quiz_funnel_is_answered_until_its_phone_step_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Issue 14: a "Find your routine" quiz asks for the phone only on its last step; its first
    answer of each step is clicked, and the form records the answers that reached it. A
    question answered by links to other pages and an FAQ's toggles are no quiz."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/quiz.html")
    time.sleep(0.3)
    assert "quiz" in interaction.phases
    form = _form_with(page, "quiz_phone")
    assert form.reached_by == "after answering 'Dry skin', 'Under $50'"
    assert "Never." not in page.text
    assert "Are you 21 or older?" in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /quiz.html"]


@pytest.mark.browser
def test_a_quiz_of_radio_cards_is_stepped_with_its_next_button(
    site: FixtureServer, renderer: RenderThread
) -> None:
    site.requests.clear()
    page, interaction = _page(renderer, site, "/quizcards.html")
    assert "quiz" in interaction.phases
    form = _form_with(page, "cards_phone")
    assert form.reached_by == "after answering 'Drip', 'Light'"
    assert next(c for c in form.controls if c.name == "cards_phone").visible
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /quizcards.html"]


@pytest.mark.browser
def test_a_quiz_asked_in_bold_paragraphs_is_answered_until_its_phone_step(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 26 (h14v, issue 14): a quiz script writes each question as a bold paragraph
    ("Who is learning?") over its answer buttons, into an empty mount point; a line that is
    one short question asks as a heading does, so two answers reach the phone step."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/quizlines.html")
    assert "quiz" in interaction.phases
    form = _form_with(page, "line_phone")
    assert form.reached_by == "after answering 'A child', 'Never'"
    assert any(c.type == "checkbox" and not c.checked for c in form.controls)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /quizlines.html"]


@pytest.mark.browser
def test_a_paragraph_that_says_more_or_asks_for_consent_is_no_quiz(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Near misses: "Not sure yet? Watch a lesson on Friday." says more than a question; "Would
    you like class reminders?" over "Yes" / "No" is a consent, whose answer is never chosen."""
    page, interaction = _page(renderer, site, "/unquizzed.html")
    assert "quiz" not in interaction.phases
    assert "unasked_phone" not in _names(page)


def _names(page: Page) -> set[str]:
    return {c.name for f in page.forms for c in f.controls if c.name}


@pytest.mark.browser
def test_a_floating_contact_button_and_its_text_item_are_clicked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14i (harborlight-glass): a round button pinned to a corner, labelled only
    "Contact us", opens a Call/Text/Email menu, and "Text" builds the sign-up."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/floating.html")
    assert "click" in interaction.phases
    assert _form_with(page, "fab_phone").reached_by == "after clicking 'Text'"
    # the email item, a pinned "Back to top" and a "Contact us" in the text are not clicked
    assert _names(page) == {"fab_phone"}
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /floating.html"]


@pytest.mark.browser
def test_a_drawer_opened_by_a_fragment_link_and_a_choice_is_reached(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14i (skyline-jump): a link to "#offer" opens a drawer from the page's
    hashchange handler, and the form is built once a studio is chosen."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/hashed.html")
    assert "click" in interaction.phases
    form = _form_with(page, "studio_phone")
    assert form.reached_by == "after choosing 'North' in 'Your studio'"
    # a hash route is a page of its own; a choice beside a field to type in is left alone
    assert "route_phone" not in _names(page) and "size_phone" not in _names(page)
    assert "order_name" in _names(page)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /hashed.html"]


@pytest.mark.browser
def test_a_form_loaded_into_a_frame_on_request_is_read(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14i (redwood-ink): "Load form" inserts the site's own frame with the form;
    "Print form" is not clicked."""
    page, interaction = _page(renderer, site, "/loaded.html")
    assert "click" in interaction.phases
    form = _form_with(page, "request_phone")
    assert form.frame_url == f"http://{HOST}:{site.port}/embed/request.html"
    assert form.reached_by == "after clicking 'Load form'"
    assert "print_phone" not in _names(page)


@pytest.mark.browser
def test_a_switch_drawn_on_a_button_is_read_and_never_flipped(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14k (armorcoat-garage-floors): a `<button role="switch">` is the consent
    toggle as a person sees it, with its aria-checked state and the words it is labelled by;
    interaction never clicks it, though its name speaks of texts."""
    page, _ = _page(renderer, site, "/switched.html")
    form = _form_with(page, "switch_phone")
    toggle = next(c for c in form.controls if c.id == "texts")
    assert toggle.type == "switch" and not toggle.checked and toggle.visible
    assert toggle.label == "Text me reminders about my estimate visit"
    assert form.reached_by == ""


@pytest.mark.browser
def test_a_tooltip_in_a_label_is_not_its_words_and_a_pressed_button_is_a_switch(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 24 (bramblecoat-grooming): the box's label is what a person sees, "Text me
    visit alerts from Furbish (details)"; the disclosure in a tooltip shown only on hover over
    "(details)" is a hidden block of the form that says so. Blind h14t (greenloop-compost): a
    lone `<button aria-pressed>` a script presses 300 ms after load is a switch, read pressed;
    a password field's eye button and an "Email | Text" pair stay buttons."""
    page, _ = _page(renderer, site, "/tooltipped.html")
    book = _form_with(page, "tip_sms")
    box = next(c for c in book.controls if c.name == "tip_sms")
    assert box.label == "Text me visit alerts from Furbish (details)"
    tip = next(t for t in book.texts if "Msg frequency varies" in t.text)
    assert not tip.visible and tip.shown_on_hover == "(details)"
    pickup = _form_with(page, "press_phone")
    kinds = {c.id: (c.type, c.checked) for c in pickup.controls if c.id}
    assert kinds["press"] == ("switch", True)
    assert kinds["eye"][0] == kinds["by-email"][0] == kinds["by-text"][0] == "button"


@pytest.mark.browser
def test_a_cart_drawer_is_opened_and_its_box_read_once_its_scripts_ran(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round h14k (saltgrove-olive-oil): the cart button names the drawer it slides in
    (aria-controls), which holds the text sign-up; the drawer's script ticks the box 400 ms
    after it opens. The drawer is opened as a person opens it, and the box is read after the
    timers the click set have run (a bounded wait: quiet alone ends before them)."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/drawered.html")
    assert "open" in interaction.phases
    form = _form_with(page, "bag_phone")
    assert form.visible and form.reached_by == "after opening 'Bag (0)'"
    box = next(c for c in form.controls if c.name == "bag_texts")
    assert box.visible and box.checked
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /drawered.html"]


@pytest.mark.browser
def test_a_box_enabled_by_typing_a_number_is_read_after_typing_one(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 20 (tidyhand-handyman): the consent box is disabled until ten digits are
    typed, and the script ticks it on the tenth. A reviewer types a number (nothing is sent):
    the box is read then, ticked, and says it was read after typing. A box that stays
    disabled whatever is typed (a mock-up) is left as it was, and its field emptied."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/typed.html")
    assert "type" in interaction.phases
    box = next(c for c in _form_with(page, "bar_phone").controls if c.name == "bar_ok")
    assert box.checked and not box.disabled and box.read_after_typing
    mock = next(c for c in _form_with(page, "mock_phone").controls if c.name == "mock_ok")
    assert mock.disabled and not mock.checked and not mock.read_after_typing
    # the fine print set in a 9px inline span inside the form is measured at its own size
    fine = next(t for t in _form_with(page, "bar_phone").texts if "STOP" in t.text)
    assert fine.font_size == 9.0 and fine.contrast is not None and fine.contrast < 2
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /typed.html"]


@pytest.mark.browser
def test_add_to_cart_opens_a_web_component_drawer_that_holds_a_sign_up(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 20 (whirlwind-vacuum-co): "Add to cart" slides in a cart drawer (a web
    component, open shadow root, no aria-controls) whose script ticks its custom box as it
    opens. The first "Add to cart" is clicked, the drawer's live state is read. Near miss: a
    page whose hidden phone field is a pop-up's, with nothing of a cart, is not added to."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/carted.html")
    form = _form_with(page, "cart_phone")
    assert form.visible and form.reached_by == "after clicking 'Add to cart'"
    box = next(c for c in form.controls if c.type == "checkbox")
    assert box.visible and box.checked
    page, _ = _page(renderer, site, "/uncarted.html")
    assert "Added" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == [
        "GET /carted.html",
        "GET /uncarted.html",
    ]


@pytest.mark.browser
def test_a_store_chosen_by_a_prompt_line_builds_its_sign_up_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 17 (greenroom-juice): "Choose a store to see its hours and get its texts."
    is a prompt set straight in the page's main, over a row of store buttons; choosing the first
    builds that store's sign-up, as a person reaches it in one choice."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/picker.html")
    time.sleep(0.3)
    assert "quiz" in interaction.phases
    form = _form_with(page, "store_phone")
    assert form.reached_by == "after answering 'Elm Street open daily'"
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /picker.html"]


@pytest.mark.browser
def test_a_line_that_tells_of_choice_or_a_prompt_over_links_is_no_picker(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """ "Choose from twelve juices" tells of choice and asks for none; a store prompt whose
    stores are links to their pages is left to the crawl."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/unpicked.html")
    assert "quiz" not in interaction.phases
    assert "juice_phone" not in _names(page)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /unpicked.html"]


@pytest.mark.browser
def test_a_booking_widget_in_a_frame_is_stepped_through_its_picks(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 17 (northpoint-pt): another host's booking frame asks "Harbor Physio —
    choose a visit", then "Step 2: Pick a time", then shows the reminder box; the clause after
    the dash or colon is what asks. "Harbor Physio — what we treat" asks nothing: its buttons
    are not clicked. Nothing is sent."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/booking.html")
    time.sleep(0.3)
    form = _form_with(page, "booking_phone")
    assert form.frame_url == f"http://{FORM_HOST}:{site.port}/f/booking.html"
    assert form.reached_by == "after answering 'Evaluation · 60 min', 'Tue 8:00 AM'"
    assert next(c for c in form.controls if c.name == "booking_phone").visible
    assert "clinic_phone" not in _names(page)
    assert all(r.method == "GET" for r in site.requests), site.requests


@pytest.mark.browser
def test_a_frame_from_a_mapped_host_on_an_https_only_domain_loads_over_http(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 17 (northpoint-pt): Chromium rewrites http:// to https:// for every name
    under .app (the HSTS preload list) before the request leaves, so a host that --resolve
    sends to a server speaking plain http (a staging server, a fixture) never answered the
    browser and its frame was lost. It is fetched from the mapped address as the URL says, its
    scripts too, and nothing but GETs reaches the server."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/appframed.html")
    form = _form_with(page, "app_phone")
    assert form.frame_url == f"http://{APP_HOST}:{site.port}/w/app.html"
    assert ("GET", "/w/app.js") in {(r.method, r.path) for r in site.requests}
    assert all(r.method == "GET" for r in site.requests), site.requests


@pytest.mark.browser
def test_text_on_a_background_image_is_measured_against_what_paints_it(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 20 (gainwork-waitlist): white text on a section painted by a gradient read
    1.0:1, measured against the page's white. A gradient's colour stops stand for it; a
    picture cannot be read, so the contrast is unknown (not a faint disclosure)."""
    page, _ = _page(renderer, site, "/gradient.html")
    fine = next(t for t in _form_with(page, "grad_phone").texts if "STOP" in t.text)
    assert fine.contrast is not None and fine.contrast > 10
    pictured = next(t for t in _form_with(page, "pic_phone").texts if "STOP" in t.text)
    assert pictured.contrast is None


@pytest.mark.browser
def test_a_time_slot_is_picked_to_show_the_contact_step_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 21 (h14q lumen-lash): a booking widget's row of time slots, no question over
    it, and the contact step hidden in the same box until a slot is picked; the pick ticks the
    SMS box. The first slot is picked, as a person picks any, and the box is read as shown."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/slots.html")
    assert "pick" in interaction.phases
    form = _form_with(page, "slot_phone")
    assert form.visible and form.reached_by == "after picking '10:00 AM'"
    box = next(c for c in form.controls if c.name == "slot_sms")
    assert box.visible and box.checked
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /slots.html"]


@pytest.mark.browser
def test_a_consent_row_a_row_without_a_phone_step_or_unlike_buttons_is_not_picked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """ "Yes / No / Not now" over a hidden phone is a consent, never chosen; sizes whose box
    holds no phone (the hidden phone is a pop-up's elsewhere) reveal nothing; "Gallery",
    "Hours", "2 for 1" are no like choices."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/unslotted.html")
    assert "pick" not in interaction.phases
    assert "picked" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /unslotted.html"]


@pytest.mark.browser
def test_a_sold_out_size_is_picked_to_show_the_restock_form_after_the_row(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 31 (m31b puddlejump): the restock panel right after the size row (both in
    the page's main) shows when a sold-out size is picked; the sold-out size is tried first,
    and the switch the page's script turned on is read on, as a person meets it."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/soldout.html")
    assert "pick" in interaction.phases
    form = _form_with(page, "restock_phone")
    assert form.visible and form.reached_by == "after picking '7'"
    switch = next(c for c in form.controls if c.type == "switch")
    assert switch.checked and switch.preselected
    assert "picked 7;" in page.text and "picked 5" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /soldout.html"]


@pytest.mark.browser
def test_a_numbered_step_heading_that_asks_is_answered_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 31 (m31b keyhole): "1. Pick a time" asks (its number is no part of what it
    asks): its first slot is picked and the contact step the widget renders is read; "2. Our
    rooms" asks nothing, so its buttons are never clicked."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/numbered.html")
    assert "quiz" in interaction.phases
    form = _form_with(page, "numbered_phone")
    assert form.visible and "Fri 5:00 PM" in form.reached_by
    assert "room" not in page.text.split("Book a game", 1)[1].split("Our rooms")[0]
    assert "room Vault" not in page.text and "room Attic" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /numbered.html"]


@pytest.mark.browser
def test_a_plain_send_button_before_the_forms_own_submit_is_a_step_sending_nothing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 30 (m30b sawgrass): a chat's form asks the mobile number with a plain "Send"
    button and keeps its submit for the consent step: "Send" is a step, clicked with a sample
    number, and the consent box it shows is read (the sample cleared). A form whose one plain
    "Send" is how it sends is no step: never clicked."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/chatstep.html")
    assert "steps" in interaction.phases
    form = _form_with(page, "chat_sms")
    box = next(c for c in form.controls if c.name == "chat_sms")
    assert box.visible and not box.checked
    assert "quick sent" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /chatstep.html"]


@pytest.mark.browser
def test_a_size_row_before_a_panel_without_a_phone_is_not_picked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """A size row followed by a hidden size guide: the hidden phone is a pop-up's outside the
    main, so no size is picked."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/instock.html")
    assert "pick" not in interaction.phases
    assert "picked" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /instock.html"]


@pytest.mark.browser
def test_an_inert_section_is_reached_by_the_click_that_lifts_it_and_lists_keep_their_pick(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind h14u (emberline): the sign-up in an `inert` section is usable only once "Switch
    on text reminders" lifts it: it is reached by that click. Blind h14u (blackwater): a yes/no
    list a script set to its yes is read as it shows, yes; one left on its prompt shows it."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/inert.html")
    form = _form_with(page, "inert_phone")
    assert form.reached_by == "after clicking 'Switch on text alerts'"
    assert not next(c for c in form.controls if c.name == "inert_sms").checked
    lists = {c.name: c for c in _form_with(page, "list_phone").controls}
    assert lists["scripted"].options == ["No", "Yes"] and lists["scripted"].chosen == "Yes"
    assert lists["prompted"].chosen == "Choose…"
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /inert.html"]


@pytest.mark.browser
def test_words_drawn_by_css_are_read_with_the_text_they_frame(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 29 (h14z-shredright): the consent label's markup holds only "Details in our
    Privacy Policy."; its CSS draws the rest of the sentence before and after it, so a person
    reads one block. The words are read in place, in order. An icon's glyph, a counter, a
    required star, a rule for print and a pseudo-element not displayed add no words."""
    page, _ = _page(renderer, site, "/drawn.html")
    form = _form_with(page, "drawn_phone")
    box = next(c for c in form.controls if c.name == "drawn_sms")
    assert box.label.startswith("Yes, text me pickup reminders from Paperloop Shredding.")
    assert 'Details in our Privacy Policy. Msg & data rates may apply. Reply "STOP" to cancel.' in (
        box.label
    )
    words = " ".join(t.text for t in form.texts) + " " + page.text
    assert "\uf095" not in words and "1. Book" not in words and "Printed from" not in words
    assert "Hidden words" not in words
    phone = next(c for c in form.controls if c.name == "drawn_phone")
    assert "*" not in phone.label


@pytest.mark.browser
def test_a_consent_shown_once_the_phone_field_is_focused_is_read_after_typing(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 29 (h14z-signbridge): the SMS consent and its words are put under the mobile
    field by its onfocus handler. A person filling the form focuses the field and types: the
    renderer does the same (nothing is sent) and reads the form then, saying how. A field whose
    typing only shows "10 digits" is emptied again, and its form says nothing of typing."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/focused.html")
    assert "fill" in interaction.phases
    form = _form_with(page, "focus_phone")
    assert any(c.name == "focus_sms" for c in form.controls)
    assert any("Reply STOP" in t.text for t in form.texts)
    assert form.reached_by == "after typing a sample number in the phone field"
    plain = _form_with(page, "format_phone")
    assert not plain.reached_by
    assert next(c for c in plain.controls if c.name == "format_phone").value == ""
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /focused.html"]


@pytest.mark.browser
def test_a_sign_up_behind_a_delivery_area_check_is_reached_with_a_zip_the_page_shows(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 29 (h14z-harvestroute): the sign-up appears once a ZIP in the delivery area
    is checked, and the page names sample ZIPs. A person types one and clicks "Check": the
    renderer does the same, sending nothing. With no ZIP on the page, nothing is typed."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/zipped.html")
    assert "zip" in interaction.phases
    form = _form_with(page, "zip_phone")
    assert form.reached_by == "after typing the ZIP code 55401 the page shows and clicking 'Check'"
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /zipped.html"]
    page, interaction = _page(renderer, site, "/unzipped.html")
    assert "zip" not in interaction.phases
    assert not any(c.name == "zip_phone" for f in page.forms for c in f.controls)


@pytest.mark.browser
def test_a_zip_check_that_answers_as_typed_is_given_a_zip_its_own_script_serves(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 33 (m33b sweetgrass): the phone step shows as soon as a ZIP on the business's
    routes is typed, and the page names none; its script holds the route table. A person in
    the area types their ZIP: the renderer types the first ZIP the script lists, sending
    nothing, and reads the box the script then ticks. A check with no ZIP in its code gets
    nothing typed."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/routes.html")
    assert "zip" in interaction.phases
    form = _form_with(page, "route_phone")
    assert form.reached_by == "after typing the ZIP code 83814 the page's script serves"
    box = next(c for c in form.controls if c.type == "checkbox")
    assert box.checked
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /routes.html"]
    page, interaction = _page(renderer, site, "/no-routes.html")
    assert "zip" not in interaction.phases
    assert not _form_with(page, "route_phone").reached_by


@pytest.mark.browser
def test_an_empty_panel_built_when_opened_and_a_notifications_tab_are_opened(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 34 (m34 nomad, reverb-row): a "Perks" launcher names a panel that is empty
    until its script writes the sign-up into it, and a settings page keeps its SMS switch on a
    "Notifications" tab. A person opens both; the renderer does too, sending nothing. A toggle
    whose panel holds only words is not opened."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/launcher.html")
    assert {"open", "click"} <= interaction.phases
    assert _form_with(page, "perks_phone").reached_by == "after opening 'Perks'"
    assert _form_with(page, "tab_phone").reached_by == "after clicking 'Notifications'"
    assert "Tue-Sun" not in page.text
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /launcher.html"]


@pytest.mark.browser
def test_a_second_pass_down_the_page_and_a_get_started_button_are_tried(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 34 (m34b rocketbox, tessellate): a pop-up shows only the second time the
    reader passes 60% of the page, and an app's form is rendered in place by "Get started". A
    person who reads on, goes back up and down again, and clicks the button meets both; the
    renderer does the same, sending nothing."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/second-pass.html")
    assert "scroll" in interaction.phases
    second = _form_with(page, "second_phone")
    assert second.visible and second.reached_by == "after scrolling down the page a second time"
    assert _form_with(page, "started_phone").reached_by == "after clicking 'Get started'"
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /second-pass.html"]


@pytest.mark.browser
def test_the_budget_starts_again_after_waiting_for_a_pop_up(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 33 (m33 powderline): a pop-up shows on a timer and its one button reveals
    the phone step after an animation. Waiting for the pop-up is the page's time: the budget
    starts again once it shows, so the reveal is waited for and the form read as shown."""
    page, interaction = _page(renderer, site, "/late-wheel.html")
    assert "timers" in interaction.phases
    form = _form_with(page, "wheel_phone")
    assert form.visible and form.reached_by == "after clicking 'Go'"


@pytest.mark.browser
def test_the_one_button_over_a_hidden_claim_form_is_clicked_and_its_reveal_waited_for(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 30 (m30 spin-wheel): a prize game's only button ("Scratch") shows the claim
    form with the phone field 1.8 s after it is clicked. A person clicks it and waits: the
    renderer does the same, sending nothing, and measures the fine print as then shown. A
    "Close" beside a hidden phone field, and a link that leaves the page, are not clicked."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/scratched.html")
    form = _form_with(page, "scratch_phone")
    assert form.visible and form.reached_by == "after clicking 'Scratch'"
    fine = next(t for t in form.texts if "Reply STOP" in t.text)
    assert fine.visible and fine.font_size == 9.0
    assert fine.contrast is not None and fine.contrast < 3
    hidden = _form_with(page, "hidden_phone")
    assert not hidden.visible and not hidden.reached_by
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /scratched.html"]


@pytest.mark.browser
def test_forms_in_closed_shadow_roots_are_read_like_open_ones(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 31 (m31 voltaic): a web component that attaches its shadow root closed shows
    its form to a person as an open one does. The renderer remembers each root as the page
    attaches it (SHADOW_JS) and reads, annotates, probes and clicks in it; the page itself
    still reads `el.shadowRoot` as null for a closed root. Near miss: a closed newsletter holds
    only an email field, which is no SMS opt-in."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/closed.html")
    form = _form_with(page, "closed_phone")
    assert form.visible and form.reached_by == ""
    assert optin_form_on(page, form, None) is not None
    controls = {c.name: c for c in form.controls}
    assert controls["closed_sms"].visible and not controls["closed_sms"].checked
    assert controls["closed_sms"].blocks_submit_unchecked is True  # probed in the closed root
    fine = next(t for t in form.texts if "Reply STOP" in t.text)
    assert fine.visible and fine.font_size == 13.0
    # interaction clicks a button inside a closed root, as a person does
    opened = _form_with(page, "opened_phone")
    assert opened.visible and opened.reached_by == "after clicking 'Get text alerts'"
    # the near miss: an email-only newsletter in a closed root is read, and is no SMS opt-in
    news = _form_with(page, "news_email")
    assert news.visible and optin_form_on(page, news, None) is None
    # the page's own code sees the modes it asked for: closed roots stay hidden from it
    assert (
        "The page reads: repair-texts null, alert-opener null, kite-news null, open-card root."
        in page.text
    )
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /closed.html"]
    # a closed root the HTML declares is found through the DevTools protocol and read too
    page, _ = _page(renderer, site, "/declared.html")
    form = _form_with(page, "declared_phone")
    assert form.visible and {c.name for c in form.controls} >= {"declared_sms"}
    fine = next(t for t in form.texts if "Reply STOP" in t.text)
    assert fine.visible and fine.font_size == 12.0  # measured: annotation reached the root


def test_every_script_that_walks_shadow_roots_reads_the_closed_ones() -> None:
    """annotate.js, interact.js and the consent probe find shadow roots through `shadowOf`,
    which reads the roots SHADOW_JS keeps under its key; none reads `el.shadowRoot` alone."""
    from crawler.render import JS_DIR, SERIALIZE_JS, SHADOW_JS, SHADOW_ROOT_OF, STAMP_JS

    assert f'Symbol.for("{SHADOW_ROOTS_KEY}")' in SHADOW_JS
    for name in ("annotate.js", "interact.js", "probe_consent.js"):
        source = (JS_DIR / name).read_text(encoding="utf-8")
        assert SHADOW_ROOT_OF.strip() in source, name
        assert len(re.findall(r"\.shadowRoot\b", source)) == 1, name  # only inside shadowOf
    for script in (SERIALIZE_JS, STAMP_JS):
        assert SHADOW_ROOT_OF in script and len(re.findall(r"\.shadowRoot\b", script)) == 1


@pytest.mark.browser
def test_a_spin_button_in_a_timed_pop_up_is_clicked_and_the_box_read_after_the_reveal(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 33 (m33 spin-wheel): a timer opens a spin-to-win pop-up whose "SPIN" shows
    the claim step 1.2 s after it is clicked, and the page's script switches its custom consent
    box on then. The pop-up was not there when the renderer chose what to click, and its "No
    thanks" link was taken for a second way on: the click phase is chosen again once a pop-up
    shows, a control that only dismisses the box is no other way on, and the box is read as
    the page left it (checked by the page, not by prevet)."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/spun.html")
    form = _form_with(page, "spun_phone")
    assert form.visible and form.reached_by == "after clicking 'SPIN'"
    box = next(c for c in form.controls if c.id == "spun_box")
    assert box.visible and box.checked and not box.set_by_prevet
    time.sleep(0.3)
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /spun.html"]


@pytest.mark.browser
def test_a_spin_button_beside_another_way_on_is_not_clicked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    page, _ = _page(renderer, site, "/unspun.html")
    form = _form_with(page, "unspun_phone")
    assert not form.visible and not form.reached_by


@pytest.mark.browser
def test_a_text_modal_opened_by_a_click_is_read_as_shown_only_after_that_click(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 33 (r33 ironpetal): the renderer clicks "SMS terms" and the modal shows, but
    a person filling the form sees its words only if they click too: its blocks are read as
    hidden, shown only after clicking 'SMS terms'. The form and its box are read as shown."""
    page, _ = _page(renderer, site, "/modal-terms.html")
    form = _form_with(page, "modal_phone")
    assert form.visible
    fine = next(t for t in form.texts if "Reply HELP" in t.text)
    assert not fine.visible and fine.shown_on_click == "SMS terms"
    box = next(t for t in form.texts if "Inkwell" in t.text)
    assert box.visible and not box.shown_on_click


@pytest.mark.browser
def test_a_quiz_of_pointer_cards_is_answered_until_its_phone_step(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 35 (m35 stillpool): a quiz's answers are plain <div> cards a person sees as
    clickable by their pointer, their click heard by the row around them."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/pointer-quiz.html")
    assert "quiz" in interaction.phases
    form = _form_with(page, "pointer_phone")
    assert form.reached_by == "after answering 'Patio corner under 8x10 ft', 'Healthy fish'"
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /pointer-quiz.html"]


@pytest.mark.browser
def test_a_floating_buttons_actions_stacked_above_it_are_opened(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 35 (m35b whisker): a floating "+" names no panel; its actions are the
    element before it, and the sign-up opener among them is reached through it."""
    page, _ = _page(renderer, site, "/fab.html")
    assert _form_with(page, "fab_phone").reached_by == "after clicking 'Text me deals'"


@pytest.mark.browser
def test_an_order_lookup_is_run_with_the_example_number_the_page_gives(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 35 (m35b threadbare): an order status page offers text updates once the
    order shows; the example number its field shows is typed and its button clicked, sending
    nothing. A lookup with no example, and a search box, are left alone."""
    site.requests.clear()
    page, interaction = _page(renderer, site, "/lookup.html")
    assert "lookup" in interaction.phases
    form = _form_with(page, "lookup_phone")
    assert form.visible
    assert form.reached_by == (
        "after typing the example number TB-48213 the page shows and clicking 'Check status'"
    )
    assert not _form_with(page, "track_phone").visible
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /lookup.html"]


@pytest.mark.browser
def test_sign_me_up_in_a_web_component_opens_its_form_with_slotted_fine_print(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 36 (m36 anatolia): "Sign me up" is a sign-up opener as "Sign up" is; the form
    it shows reads the fine print the page slots into its label as its own, visible text. "Sign
    me out" beside it is no opener and is not clicked."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/slotted.html")
    form = _form_with(page, "slotted_phone")
    assert form.visible and form.reached_by == "after clicking 'Sign me up'"
    fine = next(t for t in form.texts if "Reply STOP" in t.text)
    assert fine.visible
    assert "Signed out" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /slotted.html"]


@pytest.mark.browser
def test_a_chat_asking_a_name_first_is_answered_until_it_asks_the_number(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 37 (m37 copperpot): a chat asks a first name, then the number with its
    consent box in the conversation. Its one free-answer field gets a sample name and its
    "Send" is clicked (the guard refuses the submission, the chat's handler asks on); the box
    shown above the field is the form's. A chat whose one field takes an email, and a contact
    form outside any chat, are never sent."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/chat-name.html")
    form = _form_with(page, "chat_sms")
    assert form.selector == "form#answer" or form.selector.endswith("#answer")
    box = next(c for c in form.controls if c.name == "chat_sms")
    assert box.visible and not box.checked
    assert form.reached_by == "after clicking '💬', entering a sample value and clicking 'Send'"
    assert "contact sent" not in page.text and "email sent" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /chat-name.html"]


@pytest.mark.browser
def test_a_button_that_moves_a_hash_routed_app_links_to_its_route(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 37 (m37b bramble basket): "Continue with phone" sets location.hash to another
    route of the app; the route is not shown in place (it is a page of its own) but the button
    links to it, so the crawler reaches it. A button to an anchor in the page links nowhere."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/routed.html#/join")
    routes = [link.href for link in page.links]
    assert any(href.endswith("/routed.html#/join/phone") for href in routes), routes
    assert not any(href.endswith("#faq") for href in routes), routes
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /routed.html"]


@pytest.mark.browser
def test_a_coupons_reveal_code_button_opens_its_form(
    site: FixtureServer, renderer: RenderThread
) -> None:
    """Blind round 37 (m37 pondscape): "Reveal code" keeps a coupon's code behind the form it
    opens, as "Get 10% off" does; "Show the code of conduct" is no offer and is not clicked."""
    site.requests.clear()
    page, _ = _page(renderer, site, "/reveal-code.html")
    form = _form_with(page, "code_phone")
    assert form.visible and form.reached_by == "after clicking 'Reveal code'"
    assert "conduct shown" not in page.text
    assert [f"{r.method} {r.path}" for r in site.requests] == ["GET /reveal-code.html"]
