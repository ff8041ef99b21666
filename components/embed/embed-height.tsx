/**
 * Tells the page that frames the widget how tall it is, so /embed.js can size the frame to fit.
 * Only the height is sent, and to any parent: it is not a secret, and the partner's origin is
 * not known here.
 */
const SCRIPT = `(function () {
  if (window.parent === window) return;
  var root = document.getElementById("civic-atlas-embed");
  if (!root) return;
  var last = 0;
  function post() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "civic-atlas:height", height: height }, "*");
  }
  post();
  if ("ResizeObserver" in window) new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
})();`;

export function EmbedHeight() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
