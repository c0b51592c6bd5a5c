// The claim panel: a click, a tap, Enter or Space pins a claim; hovering previews only while nothing is pinned.
(function () {
  const claims = JSON.parse(document.getElementById('claims-data').textContent);
  const panel = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  const empty = body.innerHTML;
  let pinned = null;

  function add(parent, tag, cls, text) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function mark(id, cls) {
    document.querySelectorAll('.' + cls).forEach(m => m.classList.remove(cls));
    if (id === null) return;
    document.querySelectorAll('[data-claim="' + CSS.escape(id) + '"]').forEach(m => m.classList.add(cls));
  }
  function fill(id) {
    const c = Object.hasOwn(claims, id) ? claims[id] : null;
    body.textContent = '';
    if (!c) { body.innerHTML = empty; return; }
    add(body, 'div', 'h', c.head);
    add(body, 'div', 't', c.title);
    if (c.summary) add(body, 'div', 'r', c.summary);
    c.lines.forEach(line => add(body, 'div', 'r', line));
    if (c.reasons.length) {
      const ul = add(body, 'ul', '', '');
      c.reasons.forEach(r => add(ul, 'li', '', r));
    }
  }
  function clear(el) {
    // the phone's bottom sheet must not cover the claim it explains
    if (!el || getComputedStyle(panel).position !== 'fixed') return;
    const r = el.getBoundingClientRect(), top = panel.getBoundingClientRect().top;
    if (r.bottom > top - 8) window.scrollBy(0, r.bottom - top + 24);
    else if (r.top < 0) window.scrollBy(0, r.top - 24);
  }
  function pin(id, from, el) {
    pinned = id;
    panel.setAttribute('aria-live', 'polite');  // a pinned claim is read out; hover previews are not
    fill(id);
    mark(id, 'sel');
    mark(null, 'peek');
    panel.classList.add('pinned');
    panel.classList.remove('peeking');
    document.body.classList.add('pinned');
    panel.scrollTop = 0;
    if (from === 'row') {
      el = document.querySelector('mark[data-claim="' + CSS.escape(id) + '"]');
      if (el) { el.scrollIntoView({block: 'center'}); el.focus({preventScroll: true}); }
    }
    clear(el);
    // the table row of a claim picked in the text, where the sidebar scrolls on its own (not on a phone)
    const row = document.querySelector('#side .row[data-claim="' + CSS.escape(id) + '"]');
    const side = document.getElementById('side');
    if (from === 'mark' && row && getComputedStyle(side).overflowY === 'auto') {
      const r = row.getBoundingClientRect(), box = side.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) side.scrollTop += r.top - box.top - box.height / 3;
    }
  }
  function unpin() {
    pinned = null;
    mark(null, 'sel');
    mark(null, 'peek');
    panel.classList.remove('pinned', 'peeking');
    document.body.classList.remove('pinned');
    body.innerHTML = empty;
  }
  function peek(id) {
    if (pinned !== null) return;  // a pinned claim stays until another is chosen
    if (id === null) { mark(null, 'peek'); panel.classList.remove('peeking'); body.innerHTML = empty; return; }
    panel.setAttribute('aria-live', 'off');
    fill(id);
    mark(id, 'peek');
    panel.classList.add('peeking');
  }
  document.querySelectorAll('[data-claim]').forEach(el => {
    const id = el.dataset.claim;
    const from = el.tagName === 'MARK' ? 'mark' : 'row';
    el.addEventListener('click', ev => { ev.stopPropagation(); pin(id, from, el); });
    el.addEventListener('keydown', ev => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); ev.stopPropagation(); pin(id, from, el); }
    });
    if (from === 'mark') {
      el.addEventListener('mouseenter', () => peek(id));
      el.addEventListener('mouseleave', ev => {
        // leaving a cue for the content that holds it stays on the claim
        const to = ev.relatedTarget && ev.relatedTarget.closest ? ev.relatedTarget.closest('mark[data-claim]') : null;
        peek(to ? to.dataset.claim : null);
      });
    }
  });
  document.getElementById('close').addEventListener('click', unpin);
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape') unpin(); });
})();
