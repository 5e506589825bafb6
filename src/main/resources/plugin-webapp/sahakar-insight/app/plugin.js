// Sahakar Flow: the ministry's bottleneck view in Cockpit (dashboard + diagram overlay).
// Plain JavaScript, no build step. Data comes from the plugin's backend
// (InsightCockpitResource), which runs under the Cockpit session and answers 403 to anyone
// who is neither the ministry nor a State's registrar office.

const PLUGIN = 'sahakar-insight';

// the engine is the one in Cockpit's address (/camunda/app/cockpit/<engine>/): some plugin
// points hand over an api whose `engine` is not the engine's name
function engineName() {
  const match = window.location.pathname.match(/\/cockpit\/([^/]+)/);
  return match ? match[1] : 'default';
}

function base(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN}/${engineName()}`;
}

async function load(api, table, params) {
  const response = await fetch(`${base(api)}/${table}?${params}`, {
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    credentials: 'same-origin'
  });
  if (!response.ok) {
    throw new Error(response.status === 403 ? 'not available to you' : `error ${response.status}`);
  }
  return response.json();
}

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

function hours(seconds) {
  return seconds == null ? '' : (seconds / 3600).toFixed(1);
}

function percent(rate) {
  return rate == null ? '' : `${(rate * 100).toFixed(1)}%`;
}

function rateClass(rate) {
  if (rate == null) return 'sahakar-rate-none';
  return rate >= 0.3 ? 'sahakar-rate-high' : rate >= 0.1 ? 'sahakar-rate-mid' : 'sahakar-rate-low';
}

function table(id, title, csvHref, head, rows) {
  return `<h4>${esc(title)} <a class="sahakar-csv" href="${csvHref}" download>CSV</a></h4>
    <table class="table table-condensed cam-table" id="${id}">
      <thead><tr>${head.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead>
      <tbody>${rows.join('') || `<tr><td colspan="${head.length}">none</td></tr>`}</tbody>
    </table>`;
}

function stepRows(steps) {
  return steps.map(s => `<tr data-step="${esc(s.processKey)}/${esc(s.step)}">
    <td>${esc(s.processKey)}</td><td>${esc(s.stepName || s.step)}</td>
    <td class="open">${s.open}</td><td class="overdue">${s.overdue}</td>
    <td class="median">${hours(s.medianSeconds)}</td><td class="p90">${hours(s.p90Seconds)}</td>
    <td class="breach-rate ${rateClass(s.breachRate)}">${percent(s.breachRate)}</td></tr>`);
}

function heatRows(cells) {
  const steps = [...new Set(cells.map(c => `${c.processKey}/${c.step}`))].sort();
  const states = [...new Set(cells.map(c => c.state))].sort();
  const max = Math.max(1, ...cells.map(c => c.overdue));
  const head = ['State', ...steps];
  const rows = states.map(state => `<tr data-state="${esc(state)}"><th>${esc(state)}</th>${steps.map(step => {
    const cell = cells.find(c => c.state === state && `${c.processKey}/${c.step}` === step);
    const n = cell ? cell.overdue : 0;
    const alpha = (n / max * 0.8).toFixed(2);
    return `<td data-step="${esc(step)}" style="background: rgba(200,30,30,${alpha})">${n}</td>`;
  }).join('')}</tr>`);
  return { head, rows };
}

function overdueRows(overdue) {
  return overdue.map(o => `<tr>
    <td><a href="#/process-instance/${encodeURIComponent(o.processInstanceId)}/runtime">${esc(o.businessKey)}</a></td>
    <td>${esc(o.processKey)}</td><td>${esc(o.step)}</td><td>${esc(o.state)}</td><td>${esc(o.district)}</td>
    <td>${esc(o.dueAt)}</td><td>${(o.overdueMinutes / 1440).toFixed(1)}</td></tr>`);
}

function stoppedRows(stopped) {
  return stopped.map(o => `<tr>
    <td><a href="#/process-instance/${encodeURIComponent(o.processInstanceId)}/runtime">${esc(o.businessKey)}</a></td>
    <td>${esc(o.processKey)}</td><td>${esc(o.step)}</td><td>${esc(o.state)}</td><td>${esc(o.district)}</td>
    <td>${esc(o.since)}</td><td>${esc(o.reason)}</td></tr>`);
}

function formationRows(rows) {
  return rows.map(r => `<tr data-district="${esc(r.districtCode)}" data-type="${esc(r.societyType)}">
    <td>${esc(r.stateCode)}</td><td>${esc(r.districtCode)}</td><td>${esc(r.societyType)}</td>
    <td class="target">${r.target}</td><td class="registered">${r.registered}</td>
    <td class="in-progress">${r.inProgress}</td><td class="percent">${r.percentOfTarget.toFixed(1)}%</td></tr>`);
}

function adoptionRows(rows) {
  return rows.map(r => `<tr data-district="${esc(r.districtCode)}">
    <td>${esc(r.stateCode)}</td><td>${esc(r.districtCode)}</td><td class="adopted">${r.adopted}</td>
    <td class="in-progress">${r.inProgress}</td><td class="not-started">${r.notStarted}</td></tr>`);
}

async function renderDashboard(root, api) {
  const form = root.querySelector('form');
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value) params.set(name, value.trim().toUpperCase());
  }
  params.set('periodDays', form.periodDays.value);
  const out = root.querySelector('.sahakar-insight-tables');
  try {
    const [steps, heat, overdue, stopped, formation, adoption] = await Promise.all(
      ['steps', 'heat', 'overdue', 'stopped', 'formation', 'adoption'].map(t => load(api, t, params)));
    const h = heatRows(heat);
    out.innerHTML =
      table('sahakar-steps', 'Steps', `${base(api)}/steps.csv?${params}`,
        ['Process', 'Step', 'Open', 'Overdue now', 'Median h', '90th pct h', 'Breach rate'], stepRows(steps))
      + table('sahakar-heat', 'Overdue by State and step', `${base(api)}/heat.csv?${params}`, h.head, h.rows)
      + table('sahakar-overdue', 'Oldest overdue', `${base(api)}/overdue.csv?${params}`,
        ['Case', 'Process', 'Step', 'State', 'District', 'Due', 'Days late'], overdueRows(overdue))
      + table('sahakar-stopped', 'Stopped by a failed step (retries spent: retry in Cockpit)',
        `${base(api)}/stopped.csv?${params}`,
        ['Case', 'Process', 'Step', 'State', 'District', 'Since', 'Reason'], stoppedRows(stopped))
      + table('sahakar-formation', `New societies against the ${formation[0]?.year ?? ''} formation targets`,
        `${base(api)}/formation.csv?${params}`,
        ['State', 'District', 'Type', 'Target', 'Registered', 'In progress', '% of target'], formationRows(formation))
      + table('sahakar-adoption', 'Model bye-law adoption (M-PACS)', `${base(api)}/adoption.csv?${params}`,
        ['State', 'District', 'Adopted', 'In progress', 'Not started'], adoptionRows(adoption));
    root.dataset.loaded = 'true';
    // ms since the page's navigation began, for the scale benchmark and anyone profiling the page
    performance.mark('sahakar-insight-rendered');
  } catch (e) {
    out.textContent = `Bottlenecks: ${e.message}`;
    root.dataset.loaded = 'error';
  }
}

const dashboard = {
  id: 'sahakar-insight-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node, { api }) => {
    node.innerHTML = `<section class="sahakar-insight" id="sahakar-insight">
      <h3>Bottlenecks and SLA breaches</h3>
      <form class="form-inline">
        <input name="state" class="form-control" placeholder="State (e.g. RJ)" size="8">
        <input name="district" class="form-control" placeholder="District (e.g. RJ-UDR)" size="12">
        <select name="societyType" class="form-control">
          <option value="">all types</option><option>MPACS</option><option>DAIRY</option><option>FISHERIES</option>
        </select>
        <select name="periodDays" class="form-control">
          <option value="30">last 30 days</option><option value="90">last 90 days</option>
        </select>
        <button type="submit" class="btn btn-default">Show</button>
      </form>
      <div class="sahakar-insight-tables">loading…</div>
    </section>`;
    const root = node.querySelector('section');
    root.querySelector('form').addEventListener('submit', event => {
      event.preventDefault();
      renderDashboard(root, api);
    });
    renderDashboard(root, api);
  }
};

const overlay = {
  id: 'sahakar-insight-overlay',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: async (viewer, { api, processDefinitionId }) => {
    const processKey = processDefinitionId.split(':')[0];
    let steps;
    try {
      steps = await load(api, 'steps', new URLSearchParams({ process: processKey }));
    } catch (e) {
      return; // not the ministry or a State registrar: no overlay
    }
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    for (const s of steps) {
      if (!registry.get(s.step)) continue;
      const html = `<div class="sahakar-overlay ${rateClass(s.breachRate)}" data-step="${esc(s.step)}"
        title="open / overdue · median hours in step · breach rate">
        <span class="open">${s.open}</span>/<span class="overdue">${s.overdue}</span>
        · <span class="median">${hours(s.medianSeconds) || '–'}</span>h
        · <span class="breach-rate">${percent(s.breachRate) || '–'}</span></div>`;
      overlays.add(s.step, 'sahakar-insight', { position: { bottom: -6, left: 0 }, html });
    }
  }
};

export default [dashboard, overlay];
