// Lets a visitor pick a credential file on /verify: the file is read in the browser into the
// paste field, nothing is uploaded until they press Verify. Without script the field still works.
(function () {
  'use strict';
  function init() {
    var row = document.getElementById('credential-file-row');
    var input = document.getElementById('credential-file');
    var target = document.getElementById('verify-form:token');
    if (!row || !input || !target || !window.FileReader) {
      return;
    }
    row.hidden = false;
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        target.value = String(reader.result).trim();
      };
      reader.readAsText(file);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
