/*
 * Counts down the time left of an adaptive attempt in #sample-timer (data-deadline holds the
 * server's deadline as an ISO instant). The server renders the same text and enforces the deadline;
 * this only keeps the shown figure current. Screen readers are told once at 5 minutes and once at
 * 1 minute left (through the assertive #sample-timer-alert), not every second.
 */
document.addEventListener("DOMContentLoaded", function () {
  var timer = document.getElementById("sample-timer");
  var alert = document.getElementById("sample-timer-alert");
  if (!timer || !timer.dataset.deadline) {
    return;
  }
  var deadline = Date.parse(timer.dataset.deadline);
  var template = timer.textContent.trim();
  var shown = template.match(/\d+:\d\d/);
  var warned = {};
  function tick() {
    var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
    var text = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (shown) {
      timer.textContent = template.replace(shown[0], text);
    }
    [300, 60].forEach(function (mark) {
      if (left <= mark && left > 0 && !warned[mark] && alert) {
        warned[mark] = true;
        alert.textContent = timer.textContent;
      }
    });
    if (left > 0) {
      window.setTimeout(tick, 1000);
    }
  }
  tick();
});
