// The report page's own script (plain browser JavaScript, inlined as it is): it reads the page data from the
// `<script type="application/json">` element, builds every node with textContent (never innerHTML, so no string of
// the data is ever parsed as HTML), and draws one Chart.js scatter chart per simulation. The charts are exposed as
// `window.__spikeReport.charts` for tests and for the curious.

/**
 * The page script. It contains no `</script` and no `${`; the tests check both.
 *
 * @example
 * ```ts
 * const html = `<script>${reportScript}</script>`;
 * ```
 * @internal
 */
export const reportScript = `(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('spike-report-data').textContent);
  const root = document.getElementById('report');
  const charts = [];
  window.__spikeReport = { charts, data };

  // Colour by classification; the shape repeats the colour's meaning for colour-blind readers.
  const styles = {
    success: ['#2e7d32', 'circle'],
    'unaccepted-2xx': ['#ffb300', 'triangle'],
    redirect: ['#ffb300', 'rectRot'],
    'http-error': ['#c62828', 'rect'],
    timeout: ['#ef6c00', 'rectRot'],
    'network-error': ['#6a1b9a', 'triangle'],
    'lost-ack': ['#1565c0', 'circle'],
    pending: ['#9e9e9e', 'circle'],
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent, ...children) {
    for (const child of children) if (child) parent.appendChild(child);
    return parent;
  }

  // Same units as formatDuration in src/report/format-duration.ts.
  function duration(ms) {
    const trim = (value) => String(Math.round(value * 100) / 100);
    const size = Math.abs(ms);
    if (size < 1000) return trim(ms) + ' ms';
    if (size < 60000) return trim(ms / 1000) + ' s';
    if (size < 3600000) return trim(ms / 60000) + ' min';
    return trim(ms / 3600000) + ' h';
  }

  function evidenceNode(evidence) {
    const details = el('details', 'evidence');
    const count = evidence.length;
    add(details, el('summary', null, 'Evidence: ' + count + (count === 1 ? ' exchange' : ' exchanges')));
    evidence.forEach((item, i) => {
      const box = el('div', 'exchange');
      add(box, el('h4', null, i + 1 + '. ' + item.label));
      const headers = el('table', 'headers');
      add(headers, add(el('tr'), el('th', null, 'request'), el('td', null, item.method)));
      for (const [name, value] of item.headers) {
        add(headers, add(el('tr'), el('th', null, name), el('td', 'mono', value)));
      }
      add(box, headers, el('div', 'label', 'body (' + item.body.length + ' characters)'), el('pre', 'body', item.body));
      const response = el('p', 'response');
      add(response, el('span', 'label', 'response: '), el('span', 'mono', item.response));
      add(box, response);
      add(details, box);
    });
    return details;
  }

  function scorecardNode(card) {
    const article = el('article', 'scorecard');
    const heading = el('h3', null, card.heading + ' ');
    add(heading, el('span', 'badge badge-' + (card.passed ? 'passed' : 'failed'), card.passed ? 'passed' : 'failed'));
    add(article, heading, el('p', 'summary', card.summary));
    const table = el('table', 'scenarios');
    add(table, add(el('thead'), add(el('tr'), el('th', null, 'id'), el('th', null, 'status'), el('th', null, 'reason'))));
    const body = el('tbody');
    for (const scenario of card.scenarios) {
      const row = el('tr', 'scenario status-' + scenario.status);
      row.dataset.id = scenario.id;
      row.dataset.status = scenario.status;
      const id = add(el('td', 'id'), el('code', null, scenario.id));
      if (scenario.title) add(id, el('div', 'title', scenario.title));
      const status = add(el('td', 'status'), el('span', 'badge badge-' + scenario.status, scenario.status));
      const reason = add(el('td', 'reason'), el('div', 'reason-text', scenario.reason));
      if (scenario.evidence.length > 0) add(reason, evidenceNode(scenario.evidence));
      add(body, add(row, id, status, reason));
    }
    add(root, add(article, add(table, body)));
  }

  function timelineNode(simulation, index) {
    const article = el('article', 'timeline');
    add(article, el('h3', null, simulation.heading), el('p', 'summary', simulation.summary));
    const box = el('div', 'chart-box');
    box.style.height = Math.min(2400, Math.max(200, simulation.labels.length * 24 + 120)) + 'px';
    const canvas = el('canvas');
    canvas.id = 'timeline-' + index;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Delivery attempts per event over time: ' + simulation.summary);
    add(root, add(article, add(box, canvas)));
    if (typeof Chart === 'undefined') {
      add(box, el('p', 'missing', 'The chart library did not load.'));
      return;
    }
    const chart = new Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: simulation.datasets.map((set) => ({
          label: set.classification,
          data: set.points,
          backgroundColor: styles[set.classification][0],
          borderColor: styles[set.classification][0],
          pointStyle: styles[set.classification][1],
          pointRadius: 6,
          pointHoverRadius: 8,
          clip: 10,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: simulation.axis.max,
            title: { display: true, text: 'Spike time since the first attempt' },
            ticks: { stepSize: simulation.axis.step, callback: (value) => (Number(value) === 0 ? '0' : duration(Number(value))) },
          },
          y: {
            type: 'category',
            labels: simulation.labels,
            offset: true,
            title: { display: true, text: 'event' },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              title: (items) => (items.length > 0 ? items[0].raw.title : ''),
              label: (item) => item.raw.lines,
            },
          },
        },
      },
    });
    charts.push(chart);
  }

  add(root, el('h1', null, data.title));
  if (data.generatedAt !== null) add(root, el('p', 'generated', 'Generated ' + data.generatedAt));
  if (data.scorecards.length === 0 && data.simulations.length === 0) {
    add(root, el('p', 'empty', 'Nothing to report: no scorecards and no simulations were given.'));
  }
  if (data.scorecards.length > 0) {
    add(root, el('h2', null, 'Conformance scorecards'));
    data.scorecards.forEach(scorecardNode);
  }
  if (data.simulations.length > 0) {
    add(root, el('h2', null, 'Delivery timelines'));
    data.simulations.forEach(timelineNode);
  }
})();
`;
