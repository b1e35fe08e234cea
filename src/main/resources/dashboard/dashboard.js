// The heads of sales' funnel dashboard: reads /dashboard/data/* (the same reports as /api/funnel) and draws them
// with Chart.js, served by the app itself. The period is in the URL (?from=YYYY-MM-DD&to=YYYY-MM-DD), so that the
// Monday digest can link to a week.
(function () {
  'use strict';
  const STEPS = ['acquainted', 'presented', 'contracted', 'paid'];
  const charts = [];
  window.dealstageCharts = charts;

  function iso(day) {
    return day.getFullYear() + '-' + String(day.getMonth() + 1).padStart(2, '0') + '-'
        + String(day.getDate()).padStart(2, '0');
  }

  function period(name) {
    const today = new Date();
    const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
    if (name === 'last-week') {
      const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7);
      return { from: iso(start), to: iso(new Date(start.getFullYear(), start.getMonth(), start.getDate() + 6)) };
    }
    if (name === 'this-month') {
      return { from: iso(new Date(today.getFullYear(), today.getMonth(), 1)),
               to: iso(new Date(today.getFullYear(), today.getMonth() + 1, 0)) };
    }
    return { from: iso(monday), to: iso(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6)) };
  }

  function selected() {
    const params = new URLSearchParams(window.location.search);
    const chosen = params.get('from') && params.get('to') ? { from: params.get('from'), to: params.get('to') }
        : period('this-week');
    chosen.team = params.get('team');
    return chosen;
  }

  async function read(path, chosen) {
    const query = new URLSearchParams({ from: chosen.from, to: chosen.to });
    if (chosen.team) {
      query.set('team', chosen.team);
    }
    const response = await fetch(path + '?' + query, { credentials: 'same-origin' });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.detail || response.statusText);
    }
    return body;
  }

  function text(element, value) {
    element.textContent = value == null ? '' : String(value);
    return element;
  }

  function managerCard(manager) {
    const card = document.createElement('div');
    card.className = 'card manager';
    card.dataset.manager = manager.manager;
    card.appendChild(text(document.createElement('h3'), manager.name + ' (' + manager.manager + ')'));
    const listed = manager.steps.find((s) => s.step === 'listed');
    const note = text(document.createElement('p'), listed.deals + ' leads listed; weakest step: '
        + (manager.weakestStep || 'none'));
    card.appendChild(note);
    const canvas = document.createElement('canvas');
    canvas.height = 200;
    card.appendChild(canvas);
    document.getElementById('managers').appendChild(card);
    const figures = STEPS.map((key) => manager.steps.find((s) => s.step === key));
    charts.push(new Chart(canvas, {
      data: {
        labels: STEPS,
        datasets: [
          { type: 'bar', label: 'coefficient, %', data: figures.map((f) => f.coefficient ?? null),
            backgroundColor: STEPS.map((key) => key === manager.weakestStep ? '#d92d20' : '#2e90fa') },
          { type: 'line', label: 'target, %', data: figures.map((f) => f.target ?? null), borderColor: '#101828',
            pointStyle: 'line', pointRadius: 10, showLine: false }
        ]
      },
      options: { animation: false, scales: { y: { beginAtZero: true, suggestedMax: 100 } } }
    }));
  }

  function pairingRow(manager) {
    const row = document.createElement('tr');
    row.appendChild(text(document.createElement('td'), manager.name));
    const weak = text(document.createElement('td'), manager.weakestStep || '—');
    weak.className = manager.weakestStep ? 'weak' : '';
    row.appendChild(weak);
    row.appendChild(text(document.createElement('td'), manager.learnFrom || '—'));
    row.appendChild(text(document.createElement('td'), manager.teaches.join(', ') || '—'));
    document.querySelector('#pairing tbody').appendChild(row);
  }

  function rejectionsChart(report) {
    document.getElementById('coaching-rule').textContent = report.coachingRule;
    charts.push(new Chart(document.getElementById('rejections'), {
      type: 'bar',
      data: { labels: report.byReason.map((r) => r.reason),
              datasets: [{ label: 'rejections', data: report.byReason.map((r) => r.rejections),
                           backgroundColor: '#f79009' }] },
      options: { animation: false, indexAxis: 'y' }
    }));
    report.managers.filter((m) => m.coachingSignals.length > 0).forEach((m) => {
      document.getElementById('coaching-signals').appendChild(
          text(document.createElement('li'), m.name + ': ' + m.coachingSignals.join(', ')));
    });
  }

  function afterSales(report) {
    const share = report.repeatShare == null ? 'no payments yet' : report.repeatShare + ' % from repeat deals';
    text(document.getElementById('after-sales-summary'), 'NPS ' + report.nps.nps + ' (' + report.nps.answers
        + ' answers); paid revenue ' + report.paidRevenue + ', ' + share + '.');
    charts.push(new Chart(document.getElementById('nps-trend'), {
      type: 'line',
      data: { labels: report.npsTrend.map((week) => week.from),
              datasets: [{ label: 'NPS per week', data: report.npsTrend.map((week) => week.answers ? week.nps : null),
                           borderColor: '#12b76a', spanGaps: true }] },
      options: { animation: false, scales: { y: { suggestedMin: -100, suggestedMax: 100 } } }
    }));
  }

  async function show() {
    const chosen = selected();
    text(document.getElementById('period-label'), chosen.from + ' – ' + chosen.to);
    try {
      const funnel = await read('/dashboard/data/funnel', chosen);
      funnel.managers.forEach(managerCard);
      funnel.managers.forEach(pairingRow);
      rejectionsChart(await read('/dashboard/data/rejections', chosen));
      afterSales(await read('/dashboard/data/after-sales', chosen));
      document.body.dataset.loaded = 'true';
    } catch (error) {
      text(document.getElementById('error'), error.message);
      document.body.dataset.loaded = 'error';
    }
  }

  document.querySelectorAll('.period button').forEach((button) => {
    button.addEventListener('click', () => {
      const chosen = period(button.dataset.period);
      const params = new URLSearchParams(window.location.search);
      params.set('from', chosen.from);
      params.set('to', chosen.to);
      window.location.search = params.toString();
    });
  });
  show();
}());
