/**
 * The report's only script: filters the table of moves by the rows' data-* attributes. Plain
 * ES5 so that an old office browser runs it; it reads nothing but the page.
 */
export const FILTER_SCRIPT = `(function () {
  var form = document.getElementById('move-filters');
  if (!form) return;
  var school = document.getElementById('f-school');
  var subject = document.getElementById('f-subject');
  var township = document.getElementById('f-township');
  var shown = document.getElementById('moves-shown');
  var rows = document.querySelectorAll('#moves-table tbody tr');
  function apply() {
    var s = school.value, j = subject.value, t = township.value, n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!s || r.getAttribute('data-from') === s || r.getAttribute('data-to') === s) &&
        (!j || r.getAttribute('data-subject') === j) &&
        (!t || r.getAttribute('data-from-township') === t || r.getAttribute('data-to-township') === t);
      r.style.display = ok ? '' : 'none';
      if (ok) n++;
    }
    shown.textContent = String(n);
  }
  school.addEventListener('change', apply);
  subject.addEventListener('change', apply);
  township.addEventListener('change', apply);
  document.getElementById('f-reset').addEventListener('click', function () {
    school.value = ''; subject.value = ''; township.value = '';
    apply();
  });
  apply();
})();`;
