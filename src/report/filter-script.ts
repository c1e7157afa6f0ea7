/**
 * The report's only script: filters the table of moves by the rows' data-* attributes. Plain
 * ES5 so that an old office browser runs it; it reads nothing but the page. A filtered list
 * printed says, under the (unprinted) form, what it was filtered by.
 */
export const FILTER_SCRIPT = `(function () {
  var form = document.getElementById('move-filters');
  if (!form) return;
  var school = document.getElementById('f-school');
  var subject = document.getElementById('f-subject');
  var township = document.getElementById('f-township');
  var shown = document.getElementById('moves-shown');
  var rows = document.querySelectorAll('#moves-table tbody tr');
  var note = document.getElementById('moves-filter-note');
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
    // On paper the form is not printed: a filtered list says what it was filtered by.
    var said = [];
    var picks = [[school, '学校'], [subject, '学科'], [township, '乡镇']];
    for (var k = 0; k < picks.length; k++) {
      var box = picks[k][0];
      if (box.value) said.push(picks[k][1] + ' ' + box.options[box.selectedIndex].text);
    }
    if (note) {
      note.textContent = '本表为筛选结果 filtered: ' + said.join(', ') + '; ' + n + ' / ' + rows.length + ' 人 shown';
      if (said.length > 0) note.removeAttribute('hidden'); else note.setAttribute('hidden', '');
    }
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
