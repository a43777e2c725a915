// The 3W page: a map of the region's first-level areas shaded by the who-what-where read model,
// the 3W table of the picked area, the overlaps list, kept live from the gateway's event stream.
// The API key stays in this browser tab's sessionStorage only.
(function () {
  'use strict';
  const LABELS = window.SDGHUB_LABELS;
  const STATUSES = ['pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended'];
  const KEY = 'sdghub.apiKey';
  const LANG = 'sdghub.lang';
  let lang = sessionStorage.getItem(LANG) || 'en';
  let apiKey = sessionStorage.getItem(KEY);
  let selectedArea = null;
  let reference = { areas: {}, countries: {}, goals: [], boundaries: null };
  let refreshTimer = null;
  let streamAbort = null;

  const map = L.map('map', { zoomSnap: 0.25, attributionControl: false }).setView([41.5, 66], 4.5);
  let countryLayer = null;
  const markers = L.layerGroup().addTo(map);

  const $ = (id) => document.getElementById(id);
  const t = (key) => (LABELS[lang] && LABELS[lang][key]) || LABELS.en[key] || key;

  function applyLabels() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    fillSelect($('status'), STATUSES.map((s) => [s, t(s)]));
    fillSelect($('sdg-goal'), reference.goals.map((g) => [String(g.number),
      g.number + '. ' + (g.title[lang] || g.title.en)]));
    fillSelect($('country'), Object.values(reference.countries).map((c) => [c.code, c.name[lang] || c.name.en]));
  }

  function fillSelect(select, options) {
    const chosen = select.value;
    select.innerHTML = '<option value=""></option>';
    options.forEach(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      select.appendChild(option);
    });
    select.value = chosen;
  }

  async function loadReference() {
    const [areas, countries, goals, boundaries] = await Promise.all(
      ['data/admin-areas.json', 'data/countries.json', 'data/sdg-goals.json',
        'data/country-boundaries.geojson'].map((f) => fetch(f).then((r) => r.json())));
    areas.areas.forEach((a) => { reference.areas[a.code] = a; });
    countries.countries.forEach((c) => { reference.countries[c.code] = c; });
    reference.goals = goals.goals;
    reference.boundaries = boundaries;
  }

  function filters() {
    const params = new URLSearchParams();
    [['sdgGoal', 'sdg-goal'], ['sdgTarget', 'sdg-target'], ['country', 'country'],
      ['status', 'status'], ['organisation', 'organisation']].forEach(([name, id]) => {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    });
    return params;
  }

  async function api(path, params) {
    const response = await fetch(path + (params ? '?' + params : ''),
      { headers: { Authorization: 'Bearer ' + apiKey, Accept: 'application/json' } });
    if (response.status === 401) {
      $('key-state').textContent = t('keyRefused');
      throw new Error('401');
    }
    if (!response.ok) throw new Error(path + ': ' + response.status);
    return response.json();
  }

  function grouped(dimension) {
    const params = filters();
    params.set('groupBy', dimension);
    return api('/api/v1/who-what-where', params);
  }

  async function refresh() {
    if (!apiKey) return;
    const measure = $('measure').value;
    const [byArea, byCountry, listed] = await Promise.all([grouped('adminArea'), grouped('country'),
      api('/api/v1/who-what-where', withSize(filters(), 1))]);
    drawCountries(byCountry.groups, measure);
    drawAreas(byArea.groups, measure);
    $('summary').textContent = t('projects') + ': ' + listed.total;
    $('summary').dataset.total = listed.total;
    $('as-of').textContent = t('asOf') + ' ' + (byArea.asOf || '—');
    await Promise.all([showArea(), showOverlaps()]);
  }

  function withSize(params, size) {
    params.set('size', String(size));
    return params;
  }

  function value(group, measure) {
    return Number(group[measure] || 0);
  }

  function drawCountries(groups, measure) {
    const byCode = {};
    groups.forEach((g) => { byCode[g.key.country] = value(g, measure); });
    const max = Math.max(1, ...Object.values(byCode));
    if (countryLayer) countryLayer.remove();
    countryLayer = L.geoJSON(reference.boundaries, {
      style: (feature) => ({
        className: 'country country-' + feature.properties.code,
        color: '#19486a', weight: 1,
        fillColor: '#2a7ab0', fillOpacity: 0.08 + 0.5 * (byCode[feature.properties.code] || 0) / max
      })
    }).addTo(map);
    countryLayer.bringToBack();
  }

  function drawAreas(groups, measure) {
    markers.clearLayers();
    const withArea = groups.filter((g) => g.key.adminArea && reference.areas[g.key.adminArea]);
    const max = Math.max(1, ...withArea.map((g) => value(g, measure)));
    withArea.forEach((g) => {
      const area = reference.areas[g.key.adminArea];
      const share = value(g, measure) / max;
      L.circleMarker([area.centroid.lat, area.centroid.lon], {
        className: 'area-marker area-' + area.code, radius: 5 + 15 * share,
        color: '#8a3b12', weight: 1, fillColor: '#e07b39', fillOpacity: 0.3 + 0.6 * share
      }).bindTooltip((area.name[lang] || area.name.en) + ': ' + g.projects + ' / ' +
          g.organisations + (g.budgetUsd ? ' / ' + Number(g.budgetUsd).toLocaleString() + ' USD' : ''))
        .on('click', () => { selectedArea = area.code; showArea(); })
        .addTo(markers);
    });
  }

  async function showArea() {
    const body = $('www-table').querySelector('tbody');
    if (!selectedArea) return;
    const area = reference.areas[selectedArea];
    $('area-title').textContent = t('inArea') + ': ' + (area ? area.name[lang] || area.name.en : selectedArea);
    const params = withSize(filters(), 100);
    params.set('adminArea', selectedArea);
    const answer = await api('/api/v1/who-what-where', params);
    body.innerHTML = '';
    answer.items.forEach((p) => {
      const row = body.insertRow();
      row.className = 'www-row';
      [p.title,
        p.participants.map((o) => (o.acronym || o.name || o.organisationId) + ' (' + o.role
          + (o.confirmation === 'unconfirmed' ? ', ' + t('unconfirmed') : '') + ')').join(', '),
        p.sdgTargets.join(', '), t(p.status), (p.startDate || '') + ' – ' + (p.endDate || ''),
        p.budgetUsd == null ? '' : Number(p.budgetUsd).toLocaleString()]
        .forEach((text) => { row.insertCell().textContent = text; });
    });
  }

  async function showOverlaps() {
    const list = $('overlaps');
    const answer = await api('/api/v1/coordination/overlaps', withSize(filters(), 20));
    list.innerHTML = '';
    if (answer.items.length === 0) {
      list.innerHTML = '<li></li>';
      list.firstChild.textContent = t('noOverlaps');
    }
    answer.items.forEach((pair) => {
      const item = document.createElement('li');
      const r = pair.reasons;
      item.textContent = pair.projects.map((p) => p.title).join(' ↔ ') + ' — ' + t('shared') + ' ' +
        r.sharedTargets.join(', ') + ' · ' + r.sharedAreas.join(', ') + ' · ' + r.overlapDays + ' ' +
        t('days') + ' · ' + pair.score + (pair.review ? ' · ' + t('reviewed') + ': ' + pair.review.verdict : '');
      if (pair.review) item.className = 'reviewed';
      list.appendChild(item);
    });
  }

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => refresh().catch(console.error), 300);
  }

  // EventSource cannot send an Authorization header: read the stream with fetch instead.
  async function listen(lastEventId) {
    if (streamAbort) streamAbort.abort();
    streamAbort = new AbortController();
    const headers = { Authorization: 'Bearer ' + apiKey, Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    let last = lastEventId;
    try {
      const response = await fetch('/api/v1/events', { headers, signal: streamAbort.signal });
      if (!response.ok) throw new Error('events: ' + response.status);
      $('key-state').textContent = t('live');
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = block.split('\n').find((line) => line.startsWith('id:'));
          if (id) last = id.slice(3).trim();
          if (block.split('\n').some((line) => line.startsWith('data:'))) scheduleRefresh();
        }
      }
    } catch (e) {
      if (e.name === 'AbortError') return;
    }
    setTimeout(() => listen(last), 2000);
  }

  function useKey(key) {
    apiKey = key;
    sessionStorage.setItem(KEY, key);
    refresh().then(() => listen(null)).catch(console.error);
  }

  $('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if ($('api-key').value.trim()) useKey($('api-key').value.trim());
  });
  $('filters').addEventListener('change', scheduleRefresh);
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); scheduleRefresh(); });
  ['en', 'ru'].forEach((l) => $('lang-' + l).addEventListener('click', () => {
    lang = l;
    sessionStorage.setItem(LANG, l);
    applyLabels();
    scheduleRefresh();
  }));

  loadReference().then(() => {
    applyLabels();
    drawCountries([], 'projects');
    if (apiKey) useKey(apiKey); else $('key-state').textContent = t('noKey');
  });
})();
