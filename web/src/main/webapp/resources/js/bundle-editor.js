/*
 * Bundle editor: shows each family's share of the composite while the weight sliders move.
 * Reads the inputs through data- attributes (data-weight-for, data-include-for, data-share-for,
 * data-weight-value-for) so the page needs no inline script; the server computes the same shares
 * on every round trip, so the page also works without this file.
 */
(function () {
  "use strict";

  function init(form) {
    var sliders = form.querySelectorAll("input[data-weight-for]");

    function included(code) {
      var box = form.querySelector('input[data-include-for="' + code + '"]');
      return !box || box.checked;
    }

    function update() {
      var total = 0;
      sliders.forEach(function (slider) {
        var code = slider.getAttribute("data-weight-for");
        if (included(code)) {
          total += parseFloat(slider.value) || 0;
        }
      });
      sliders.forEach(function (slider) {
        var code = slider.getAttribute("data-weight-for");
        var value = parseFloat(slider.value) || 0;
        var share = included(code) && total > 0 ? Math.round((100 * value) / total) : 0;
        var shareOut = form.querySelector('[data-share-for="' + code + '"]');
        if (shareOut) {
          shareOut.textContent = share + "%";
        }
        var bar = form.querySelector('[data-share-bar-for="' + code + '"]');
        if (bar) {
          var exact = included(code) && total > 0 ? (100 * value) / total : 0;
          bar.setAttribute("width", exact.toFixed(1));
        }
        var valueOut = form.querySelector('[data-weight-value-for="' + code + '"]');
        if (valueOut) {
          valueOut.textContent = value.toFixed(2);
        }
        var row = slider.closest("tr");
        if (row) {
          row.classList.toggle("excluded", !included(code));
        }
      });
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
  }

  function start() {
    document.querySelectorAll("form[data-bundle-editor]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
