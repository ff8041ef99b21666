/*
 * Civic Atlas widget loader. Paste where the widget should appear:
 *
 *   <div data-civic-atlas data-locale="ru" data-country="KZ" data-theme="dark"></div>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * Options (all optional): data-locale (en, ru, kk), data-country (ISO code), data-cause (slug),
 * data-theme (auto, light, dark), data-limit (1-24), data-height (pixels before the widget has
 * measured itself). The widget is an iframe from the Civic Atlas site, so it cannot read or change
 * the page it is on; this script only creates it and follows its height.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var frames = [];

  function mount(element) {
    if (element.getAttribute("data-civic-atlas-ready")) return;
    element.setAttribute("data-civic-atlas-ready", "1");
    var data = element.dataset;
    var locale = /^(en|ru|kk)$/.test(data.locale || "") ? data.locale : "en";
    var params = new URLSearchParams();
    ["country", "cause", "theme", "limit"].forEach(function (name) {
      if (data[name]) params.set(name, data[name]);
    });
    var query = params.toString();
    var frame = document.createElement("iframe");
    frame.src = origin + "/embed/" + locale + (query ? "?" + query : "");
    frame.title = data.title || "Civic Atlas";
    frame.loading = "lazy";
    var height = Math.min(Math.max(Number(data.height) || 480, 100), 4000);
    frame.style.cssText = "border:0;width:100%;display:block;height:" + height + "px";
    element.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var message = event.data;
    if (!message || message.type !== "civic-atlas:height") return;
    var height = Number(message.height);
    if (!(height > 0 && height < 20000)) return;
    frames.forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + "px";
    });
  });

  var elements = document.querySelectorAll("[data-civic-atlas]");
  for (var i = 0; i < elements.length; i++) mount(elements[i]);
})();
