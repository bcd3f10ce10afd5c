// The reviewer's page: the notes beside each block, built from the page's data when their row nears the screen (all
// of them before printing, or at once when the address ends in #all-notes); filters, next and previous finding (buttons
// and the j/k keys), and links to a finding or a related place that flash their text. At load it only reads the data
// and watches the rows, so a page of thousands of findings opens as fast as its text.
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.setAttribute('data-script', 'ran');
  var toolbar = doc.getElementById('toolbar');
  var island = doc.getElementById('rl-data');
  if (!toolbar || !island) {
    return;
  }

  var data = JSON.parse(island.textContent);
  var rules = data.rules;
  var found = data.f;
  var SEV = ['error', 'warning', 'info'];
  toolbar.hidden = false;
  var live = doc.getElementById('pos');
  var form = doc.getElementById('filters');
  var lists = doc.querySelectorAll('ol.notes[data-notes]');
  var off = {};
  var current = 0;

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;';
    });
  }

  function shown(n) {
    var f = found[n - 1];
    return !off['sev:' + SEV[f[1]]] && !off['cat:' + rules[f[0]][4]];
  }

  function label(n) {
    var f = found[n - 1];
    return SEV[f[1]] + ' ' + rules[f[0]][0] + ' at line ' + f[2];
  }

  // One note: severity, the rule and its page, where it is, the message, the related places, the fix.
  function note(n) {
    var f = found[n - 1];
    var rule = rules[f[0]];
    var sev = SEV[f[1]];
    var key = 'f' + n;
    var html = '<li class="note sev-' + sev + '" id="n' + n + '" tabindex="-1" data-f="' + key + '" data-sev="' + sev +
      '" data-cat="' + esc(rule[4]) + '" data-rule="' + esc(rule[0]) + '" data-line="' + f[2] + '" data-col="' + f[3] +
      '" data-end-line="' + f[4] + '" data-end-col="' + f[5] + '" aria-label="' + esc(label(n)) + '"' +
      (shown(n) ? '' : ' hidden') + '><p class="nh"><span class="badge">' + sev + '</span> <a class="rule" href="' +
      esc(rule[3]) + '" title="' + esc(rule[2]) + '">' + esc(rule[0]) + '</a> <span class="alias">' + esc(rule[1]) +
      '</span> <a class="go" href="#' + key + '">line ' + f[2] + ', col ' + f[3] + '</a></p><p class="msg">' + esc(f[6]) + '</p>';
    var related = f[7];
    if (related) {
      html += '<p class="rl">Related:</p><ul class="related" aria-label="Related places">';
      for (var i = 0; i < related.length; i++) {
        var r = related[i];
        html += '<li><a href="#' + key + 'r' + i + '" title="Line ' + r[0] + ', column ' + r[1] + '">line ' + r[0] +
          '</a> <span class="ex">“' + esc(r[2]) + '”</span>' + (r[3] ? ' <span class="cat">' + esc(r[3]) + '</span>' : '') + '</li>';
      }

      html += '</ul>';
    }

    var fix = f[8];
    if (fix) {
      // The before and after were escaped where the page was written.
      html += '<details class="fix"' + (fix[0] ? ' open' : '') + '><summary>' + esc(fix[1]) + '</summary>' + fix[2] + '</details>';
    }

    return html + '</li>';
  }

  function build(list) {
    if (list.hasAttribute('data-built')) {
      return;
    }

    var range = list.getAttribute('data-notes').split(' ');
    var first = +range[0];
    var html = '';
    for (var n = first; n < first + (+range[1]); n++) {
      html += note(n);
    }

    list.innerHTML = html;
    list.setAttribute('data-built', '');
    if (watch) {
      watch.unobserve(list);
    }
  }

  function buildAll() {
    for (var i = 0; i < lists.length; i++) {
      build(lists[i]);
    }
  }

  // The list holding a finding's note, found by its range (lists are in finding order).
  function listOf(n) {
    var lo = 0, hi = lists.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (+lists[mid].getAttribute('data-notes').split(' ')[0] <= n) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }

    return lists[lo];
  }

  function noteOf(n) {
    build(listOf(n));
    return doc.getElementById('n' + n);
  }

  var watch = null;
  if (location.hash === '#all-notes' || !('IntersectionObserver' in window)) {
    buildAll();
  } else {
    watch = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) {
          build(entries[i].target);
        }
      }
    }, { rootMargin: '100% 0px' });
    for (var i = 0; i < lists.length; i++) {
      watch.observe(lists[i]);
    }
  }

  window.addEventListener('beforeprint', buildAll);

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

  function shownList() {
    var list = [];
    for (var n = 1; n <= found.length; n++) {
      if (shown(n)) {
        list.push(n);
      }
    }

    return list;
  }

  function select(n, scrollToText) {
    var old = current && doc.getElementById('n' + current);
    if (old) {
      old.classList.remove('current');
    }

    current = n;
    var el = noteOf(n);
    el.classList.add('current');
    var key = 'f' + n;
    var anchor = doc.getElementById(key);
    if (scrollToText && anchor) {
      anchor.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    } else {
      el.focus();
    }

    flash(key);
    var list = shownList();
    live.textContent = 'Finding ' + (list.indexOf(n) + 1) + ' of ' + list.length + ': ' + label(n);
  }

  function step(delta) {
    var list = shownList();
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
      var n = +piece.getAttribute('data-f').split(' ')[0].slice(1);
      if (shown(n)) {
        select(n, false);
      }
    }
  });

  form.addEventListener('change', function () {
    off = {};
    var boxes = form.querySelectorAll('input[type=checkbox]');
    for (var b = 0; b < boxes.length; b++) {
      if (!boxes[b].checked) {
        off[boxes[b].name + ':' + boxes[b].value] = true;
      }
    }

    var count = 0;
    for (var n = 1; n <= found.length; n++) {
      var visible = shown(n);
      count += visible ? 1 : 0;
      var el = doc.getElementById('n' + n);
      if (el) {
        el.hidden = !visible;
      }
    }

    var pieces = doc.querySelectorAll('mark.hl');
    for (var p = 0; p < pieces.length; p++) {
      var keys = ((pieces[p].getAttribute('data-f') || '') + ' ' + (pieces[p].getAttribute('data-r') || '').replace(/r\d+/g, '')).split(' ');
      var on = false;
      for (var k = 0; k < keys.length && !on; k++) {
        on = keys[k] !== '' && shown(+keys[k].slice(1));
      }

      pieces[p].classList.toggle('off', !on);
    }

    if (current && !shown(current)) {
      var el2 = doc.getElementById('n' + current);
      if (el2) {
        el2.classList.remove('current');
      }

      current = 0;
    }

    live.textContent = count + ' of ' + found.length + ' findings shown.';
  });
})();
