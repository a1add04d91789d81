// Words an officer selects in the article fill in the quote (and where it starts) of the
// "add what the reader missed" forms; clicking a figure the reader did not read selects
// it. Each piece of the article's text carries its offset in the document (data-at), so
// the selection maps back to the stored text exactly.
(function () {
  "use strict";
  const article = document.getElementById("article");
  const source = document.getElementById("article-text");
  if (!article || !source) return;
  const text = JSON.parse(source.textContent);

  function offsetOf(node, offset) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const piece = element && element.closest("[data-at]");
    if (!piece || !article.contains(piece)) return null;
    return Number(piece.dataset.at) + offset;
  }

  function fillQuote(start, end) {
    const quote = text.slice(start, end);
    const lead = quote.length - quote.trimStart().length;
    document.querySelectorAll(".add-fact form").forEach(function (form) {
      form.elements.quote.value = quote.trim();
      form.elements.quote_start.value = String(start + lead);
    });
  }

  document.addEventListener("selectionchange", function () {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    fillQuote(start, end);
  });

  article.addEventListener("click", function (event) {
    const figure = event.target.closest(".unread");
    if (!figure) return;
    const start = Number(figure.dataset.at);
    fillQuote(start, start + figure.textContent.length); // now, not on the async event
    const range = document.createRange();
    range.selectNodeContents(figure.firstChild); // the text node: offsets count characters
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const stats = document.getElementById("add-stats");
    if (stats) {
      stats.open = true;
      stats.querySelector("input[name=value]").value = figure.textContent.replace(/%$/, "");
    }
  });
})();
