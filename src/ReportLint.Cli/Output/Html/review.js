// The reviewer's page: filters, next and previous finding (buttons and the j/k keys), and links to a finding or a
// related place that flash their text. It does nothing at load beyond showing the toolbar, so a page of thousands of
// findings opens at once; everything else waits for the reader.
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.setAttribute('data-script', 'ran');
  var toolbar = doc.getElementById('toolbar');
  if (!toolbar) {
    return;
  }

  toolbar.hidden = false;
  var live = doc.getElementById('pos');
  var form = doc.getElementById('filters');
  var notes = null;
  var current = null;

  function allNotes() {
    if (!notes) {
      notes = Array.prototype.slice.call(doc.querySelectorAll('li.note'));
    }

    return notes;
  }

  function shownNotes() {
    return allNotes().filter(function (n) { return !n.hidden; });
  }

  // The pieces of one highlight: f12 is a finding's own text, f12r0 one of its related places.
  function flash(key) {
    var related = /r\d+$/.test(key);
    var pieces = doc.querySelectorAll('mark[' + (related ? 'data-r' : 'data-f') + '~="' + key + '"]');
    for (var i = 0; i < pieces.length; i++) {
      pieces[i].classList.remove('flash');
      void pieces[i].offsetWidth;
      pieces[i].classList.add('flash');
    }
  }

  doc.addEventListener('animationend', function (e) {
    if (e.target.classList) {
      e.target.classList.remove('flash');
    }
  });

  function noteOf(key) {
    return doc.getElementById('n' + key.slice(1));
  }

  function select(note, scrollToText) {
    if (current) {
      current.classList.remove('current');
    }

    current = note;
    note.classList.add('current');
    var key = note.getAttribute('data-f');
    var anchor = doc.getElementById(key);
    if (scrollToText && anchor) {
      anchor.scrollIntoView({ block: 'center' });
      note.focus({ preventScroll: true });
    } else {
      note.focus();
    }

    flash(key);
    var list = shownNotes();
    live.textContent = 'Finding ' + (list.indexOf(note) + 1) + ' of ' + list.length + ': ' + note.getAttribute('aria-label');
  }

  function step(delta) {
    var list = shownNotes();
    if (list.length === 0) {
      live.textContent = 'No finding is shown.';
      return;
    }

    var i = current ? list.indexOf(current) : -1;
    i = i < 0 ? (delta > 0 ? 0 : list.length - 1) : (i + delta + list.length) % list.length;
    select(list[i], true);
  }

  doc.getElementById('next').addEventListener('click', function () { step(1); });
  doc.getElementById('prev').addEventListener('click', function () { step(-1); });
  doc.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented ||
        (t && (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type !== 'checkbox')))) {
      return;
    }

    if (e.key === 'j' || e.key === 'n') {
      step(1);
      e.preventDefault();
    } else if (e.key === 'k' || e.key === 'p') {
      step(-1);
      e.preventDefault();
    }
  });

  doc.addEventListener('click', function (e) {
    var t = e.target;
    if (!t.closest) {
      return;
    }

    var link = t.closest('a[href^="#f"]');
    if (link) {
      flash(link.getAttribute('href').slice(1));
      return;
    }

    var piece = t.closest('mark[data-f]');
    if (piece && !piece.classList.contains('off')) {
      var note = noteOf(piece.getAttribute('data-f').split(' ')[0]);
      if (note && !note.hidden) {
        select(note, false);
      }
    }
  });

  form.addEventListener('change', function () {
    var off = {};
    var boxes = form.querySelectorAll('input[type=checkbox]');
    for (var b = 0; b < boxes.length; b++) {
      if (!boxes[b].checked) {
        off[boxes[b].name + ':' + boxes[b].value] = true;
      }
    }

    var on = {};
    var count = 0;
    var list = allNotes();
    for (var i = 0; i < list.length; i++) {
      var n = list[i];
      var visible = !off['sev:' + n.getAttribute('data-sev')] && !off['cat:' + n.getAttribute('data-cat')];
      n.hidden = !visible;
      if (visible) {
        on[n.getAttribute('data-f')] = true;
        count++;
      }
    }

    var pieces = doc.querySelectorAll('mark.hl');
    for (var p = 0; p < pieces.length; p++) {
      var keys = ((pieces[p].getAttribute('data-f') || '') + ' ' + (pieces[p].getAttribute('data-r') || '').replace(/r\d+/g, '')).split(' ');
      var shown = false;
      for (var k = 0; k < keys.length && !shown; k++) {
        shown = on[keys[k]] === true;
      }

      pieces[p].classList.toggle('off', !shown);
    }

    if (current && current.hidden) {
      current.classList.remove('current');
      current = null;
    }

    live.textContent = count + ' of ' + list.length + ' findings shown.';
  });
})();
