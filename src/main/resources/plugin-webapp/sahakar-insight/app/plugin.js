// Sahakar Flow: the ministry's bottleneck view in Cockpit (dashboard + diagram overlay).
// Plain JavaScript, no build step. Data comes from the plugin's backend
// (InsightCockpitResource), which runs under the Cockpit session and answers 403 to anyone
// who is neither the ministry nor a State's registrar office.

const PLUGIN = 'sahakar-insight';

// Cockpit speaks the first of the browser's languages it offers (Hindi or English); so does this
const HINDI = (navigator.languages || [navigator.language]).find(l => /^(hi|en)\b/i.test(l))?.toLowerCase().startsWith('hi');

const LABELS = {
  en: {
    title: 'Bottlenecks and SLA breaches', navigation: 'Bottlenecks',
    startPage: 'Where cases wait and which districts breach their SLAs: open the bottleneck dashboard', allStates: 'all States', allDistricts: 'all districts',
    allTypes: 'all types', last30: 'last 30 days', last90: 'last 90 days', show: 'Show', loading: 'loading…',
    steps: 'Steps', heat: 'Overdue by State and step', overdue: 'Oldest overdue',
    stopped: 'Stopped by a failed step (retries spent: retry in Cockpit)',
    formation: year => `New societies against the ${year} formation targets`, adoption: 'Model bye-law adoption (M-PACS)',
    process: 'Process', step: 'Step', heldBy: 'Held by', open: 'Open', overdueNow: 'Overdue now', median: 'Median h',
    p90: '90th pct h', breachRate: 'Breach rate', state: 'State', district: 'District', type: 'Type', caseNo: 'Case',
    due: 'Due (IST)', daysLate: 'Days late', since: 'Since (IST)', reason: 'Reason', target: 'Target',
    registered: 'Registered', inProgress: 'In progress', percentOfTarget: '% of target', adopted: 'Adopted',
    notStarted: 'Not started', none: 'none', applicant: 'Applicant', office: 'Office',
    legend: 'open / overdue · median hours in step · breach rate of steps completed in the last 30 days',
    rateLow: 'under 10 %', rateMid: '10 – 30 %', rateHigh: '30 % or more', rateNone: 'none completed',
    types: { MPACS: 'M-PACS', DAIRY: 'Dairy', FISHERIES: 'Fisheries' }
  },
  hi: {
    title: 'अड़चनें और समय-सीमा का उल्लंघन', navigation: 'अड़चनें',
    startPage: 'मामले कहाँ रुके हैं और कौन से ज़िले समय-सीमा चूकते हैं: अड़चनों का डैशबोर्ड खोलें', allStates: 'सभी राज्य', allDistricts: 'सभी ज़िले',
    allTypes: 'सभी प्रकार', last30: 'पिछले 30 दिन', last90: 'पिछले 90 दिन', show: 'दिखाएँ', loading: 'लोड हो रहा है…',
    steps: 'चरण', heat: 'राज्य और चरण के अनुसार विलंबित', overdue: 'सबसे पुराने विलंबित',
    stopped: 'विफल चरण से रुके मामले (सभी पुनः प्रयास समाप्त: Cockpit में पुनः प्रयास करें)',
    formation: year => `${year} के गठन लक्ष्यों की तुलना में नई समितियाँ`, adoption: 'आदर्श उपविधि अंगीकरण (M-PACS)',
    process: 'प्रक्रिया', step: 'चरण', heldBy: 'किसके पास', open: 'खुले', overdueNow: 'अभी विलंबित', median: 'माध्यिका घंटे',
    p90: '90वाँ प्रतिशतक घंटे', breachRate: 'उल्लंघन दर', state: 'राज्य', district: 'ज़िला', type: 'प्रकार', caseNo: 'मामला',
    due: 'नियत (IST)', daysLate: 'दिन विलंब', since: 'कब से (IST)', reason: 'कारण', target: 'लक्ष्य',
    registered: 'पंजीकृत', inProgress: 'प्रक्रिया में', percentOfTarget: 'लक्ष्य का %', adopted: 'अंगीकृत',
    notStarted: 'शुरू नहीं', none: 'कोई नहीं', applicant: 'आवेदक', office: 'कार्यालय',
    legend: 'खुले / विलंबित · चरण में माध्यिका घंटे · पिछले 30 दिनों में पूरे हुए चरणों की उल्लंघन दर',
    rateLow: '10 % से कम', rateMid: '10 – 30 %', rateHigh: '30 % या अधिक', rateNone: 'कोई पूरा नहीं',
    types: { MPACS: 'एम-पैक्स', DAIRY: 'डेयरी', FISHERIES: 'मत्स्य' }
  }
};
const T = HINDI ? LABELS.hi : LABELS.en;

const IST = new Intl.DateTimeFormat('en-IN', {
  timeZone: 'Asia/Kolkata', day: '2-digit', month: '2-digit', year: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

/** An instant as India reads it: dd/mm/yyyy, hh:mm (IST). */
function inIndia(iso) {
  return iso ? IST.format(new Date(iso)) : '';
}

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
      <tbody>${rows.join('') || `<tr><td colspan="${head.length}">${esc(T.none)}</td></tr>`}</tbody>
    </table>`;
}

// names for the codes the read model keeps: processes by key, States and districts by code
const names = { process: {}, place: {} };

function processName(key) {
  return names.process[key] || key;
}

function placeName(code) {
  return names.place[code] || code || '';
}

function heldBy(side) {
  return `<td class="held-by held-by-${esc(side)}" data-held-by="${esc(side)}">${esc(T[side] || side)}</td>`;
}

function stepRows(steps) {
  return steps.map(s => `<tr data-step="${esc(s.processKey)}/${esc(s.step)}">
    <td>${esc(processName(s.processKey))}</td><td>${esc(s.stepName || s.step)}</td>${heldBy(s.heldBy)}
    <td class="open">${s.open}</td><td class="overdue">${s.overdue}</td>
    <td class="median">${hours(s.medianSeconds)}</td><td class="p90">${hours(s.p90Seconds)}</td>
    <td class="breach-rate ${rateClass(s.breachRate)}">${percent(s.breachRate)}</td></tr>`);
}

function heatRows(cells, stepNames) {
  const steps = [...new Set(cells.map(c => `${c.processKey}/${c.step}`))].sort();
  const states = [...new Set(cells.map(c => c.state))].sort();
  const max = Math.max(1, ...cells.map(c => c.overdue));
  const head = [T.state, ...steps.map(step => stepNames[step] || step)];
  const rows = states.map(state => `<tr data-state="${esc(state)}"><th>${esc(placeName(state))}</th>${steps.map(step => {
    const cell = cells.find(c => c.state === state && `${c.processKey}/${c.step}` === step);
    const n = cell ? cell.overdue : 0;
    const alpha = (n / max * 0.8).toFixed(2);
    return `<td data-step="${esc(step)}" style="background: rgba(200,30,30,${alpha})">${n}</td>`;
  }).join('')}</tr>`);
  return { head, rows };
}

function overdueRows(overdue, stepNames) {
  return overdue.map(o => `<tr>
    <td><a href="#/process-instance/${encodeURIComponent(o.processInstanceId)}/runtime">${esc(o.businessKey)}</a></td>
    <td>${esc(processName(o.processKey))}</td><td>${esc(stepNames[`${o.processKey}/${o.step}`] || o.step)}</td>${heldBy(o.heldBy)}
    <td>${esc(placeName(o.state))}</td><td>${esc(placeName(o.district))}</td>
    <td class="due" data-due="${esc(o.dueAt)}">${esc(inIndia(o.dueAt))}</td><td>${(o.overdueMinutes / 1440).toFixed(1)}</td></tr>`);
}

function stoppedRows(stopped, stepNames) {
  return stopped.map(o => `<tr>
    <td><a href="#/process-instance/${encodeURIComponent(o.processInstanceId)}/runtime">${esc(o.businessKey)}</a></td>
    <td>${esc(processName(o.processKey))}</td><td>${esc(stepNames[`${o.processKey}/${o.step}`] || o.step)}</td>
    <td>${esc(placeName(o.state))}</td><td>${esc(placeName(o.district))}</td>
    <td class="since" data-since="${esc(o.since)}">${esc(inIndia(o.since))}</td><td>${esc(o.reason)}</td></tr>`);
}

function formationRows(rows) {
  return rows.map(r => `<tr data-district="${esc(r.districtCode)}" data-type="${esc(r.societyType)}">
    <td>${esc(placeName(r.stateCode))}</td><td>${esc(placeName(r.districtCode))}</td><td class="type">${esc(T.types[r.societyType] || r.societyType)}</td>
    <td class="target">${r.target}</td><td class="registered">${r.registered}</td>
    <td class="in-progress">${r.inProgress}</td><td class="percent">${r.percentOfTarget.toFixed(1)}%</td></tr>`);
}

function adoptionRows(rows) {
  return rows.map(r => `<tr data-district="${esc(r.districtCode)}">
    <td>${esc(placeName(r.stateCode))}</td><td>${esc(placeName(r.districtCode))}</td><td class="adopted">${r.adopted}</td>
    <td class="in-progress">${r.inProgress}</td><td class="not-started">${r.notStarted}</td></tr>`);
}

/** Process names by key (the latest version's), for a ministry that reads names, not keys. */
async function loadProcessNames(api) {
  try {
    for (const p of await load(api, 'processes', '')) {
      names.process[p.key] = p.name;
    }
  } catch (e) {
    // keys stand in for names
  }
}

/** Every State and district in the reader's scope, by name: the pickers, and the names in the tables. */
async function loadPlaces(api) {
  const places = await load(api, 'places', '');
  for (const p of [...places.states, ...places.districts]) {
    names.place[p.code] = HINDI && p.hindiName ? p.hindiName : p.name;
  }
  return places;
}

function options(select, places, emptyLabel) {
  select.innerHTML = `<option value="">${esc(emptyLabel)}</option>`
    + places.map(p => `<option value="${esc(p.code)}">${esc(placeName(p.code))}</option>`).join('');
}

async function renderDashboard(root, api) {
  const form = root.querySelector('form');
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value) params.set(name, value);
  }
  const out = root.querySelector('.sahakar-insight-tables');
  root.dataset.loaded = 'loading';
  // a later choice's tables win over an earlier one's that answer late
  const asked = String(Number(root.dataset.asked || 0) + 1);
  root.dataset.asked = asked;
  try {
    const [steps, heat, overdue, stopped, formation, adoption] = await Promise.all(
      ['steps', 'heat', 'overdue', 'stopped', 'formation', 'adoption'].map(t => load(api, t, params)));
    if (root.dataset.asked !== asked) {
      return;
    }
    const stepNames = Object.fromEntries(steps.map(s => [`${s.processKey}/${s.step}`, s.stepName || s.step]));
    const h = heatRows(heat, stepNames);
    out.innerHTML =
      table('sahakar-steps', T.steps, `${base(api)}/steps.csv?${params}`,
        [T.process, T.step, T.heldBy, T.open, T.overdueNow, T.median, T.p90, T.breachRate], stepRows(steps))
      + table('sahakar-heat', T.heat, `${base(api)}/heat.csv?${params}`, h.head, h.rows)
      + table('sahakar-overdue', T.overdue, `${base(api)}/overdue.csv?${params}`,
        [T.caseNo, T.process, T.step, T.heldBy, T.state, T.district, T.due, T.daysLate], overdueRows(overdue, stepNames))
      + table('sahakar-stopped', T.stopped, `${base(api)}/stopped.csv?${params}`,
        [T.caseNo, T.process, T.step, T.state, T.district, T.since, T.reason], stoppedRows(stopped, stepNames))
      + table('sahakar-formation', T.formation(formation[0]?.year ?? ''), `${base(api)}/formation.csv?${params}`,
        [T.state, T.district, T.type, T.target, T.registered, T.inProgress, T.percentOfTarget], formationRows(formation))
      + table('sahakar-adoption', T.adoption, `${base(api)}/adoption.csv?${params}`,
        [T.state, T.district, T.adopted, T.inProgress, T.notStarted], adoptionRows(adoption));
    root.dataset.loaded = 'true';
    // ms since the page's navigation began, for the scale benchmark and anyone profiling the page
    performance.mark('sahakar-insight-rendered');
  } catch (e) {
    if (root.dataset.asked !== asked) {
      return;
    }
    out.textContent = `${T.title}: ${e.message}`;
    root.dataset.loaded = 'error';
  }
}

const PAGE = '/bottlenecks';

/** The ministry's dashboard: a page of its own in Cockpit, first in the navigation bar. */
const page = {
  id: 'sahakar-insight-page',
  pluginPoint: 'cockpit.route',
  properties: { path: PAGE },
  render: async (node, { api }) => {
    node.innerHTML = `<section class="sahakar-insight" id="sahakar-insight" lang="${HINDI ? 'hi' : 'en'}">
      <h3>${esc(T.title)}</h3>
      <form class="form-inline">
        <select name="state" class="form-control" aria-label="${esc(T.state)}"><option value="">${esc(T.allStates)}</option></select>
        <select name="district" class="form-control" aria-label="${esc(T.district)}" disabled>
          <option value="">${esc(T.allDistricts)}</option></select>
        <select name="societyType" class="form-control" aria-label="${esc(T.type)}">
          <option value="">${esc(T.allTypes)}</option>${Object.entries(T.types)
            .map(([code, name]) => `<option value="${code}">${esc(name)}</option>`).join('')}
        </select>
        <select name="periodDays" class="form-control">
          <option value="30">${esc(T.last30)}</option><option value="90">${esc(T.last90)}</option>
        </select>
        <button type="submit" class="btn btn-default">${esc(T.show)}</button>
      </form>
      <div class="sahakar-insight-tables">${esc(T.loading)}</div>
    </section>`;
    const root = node.querySelector('section');
    const form = root.querySelector('form');
    form.addEventListener('submit', event => {
      event.preventDefault();
      renderDashboard(root, api);
    });
    let places = { states: [], districts: [] };
    form.state.addEventListener('change', () => {
      form.district.disabled = !form.state.value;
      options(form.district, places.districts.filter(d => d.stateCode === form.state.value), T.allDistricts);
      renderDashboard(root, api);
    });
    form.district.addEventListener('change', () => renderDashboard(root, api));
    try {
      [places] = await Promise.all([loadPlaces(api), loadProcessNames(api)]);
      options(form.state, places.states, T.allStates);
      // a State registrar's scope is one State: it is the only choice, and chosen
      if (places.states.length === 1) {
        form.state.value = places.states[0].code;
        form.state.dispatchEvent(new Event('change'));
        return;
      }
    } catch (e) {
      // the tables say why (403 for a reader outside any scope)
    }
    renderDashboard(root, api);
  }
};

const navigation = {
  id: 'sahakar-insight-navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 100,
  properties: { path: PAGE },
  checkActive: url => url.includes(`#${PAGE}`),
  render: node => {
    node.innerHTML = `<a href="#${PAGE}" id="sahakar-insight-link">${esc(T.navigation)}</a>`;
  }
};

/** Cockpit puts its start page's plugins last, under "Custom Plugins": there, a way to the page. */
const startPage = {
  id: 'sahakar-insight-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: node => {
    node.innerHTML = `<p class="sahakar-insight-start"><a href="#${PAGE}">${esc(T.startPage)}</a></p>`;
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
    addLegend(viewer.get('canvas').getContainer());
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

/** What the overlay's figures and colours mean, fixed in the diagram's corner at a readable size. */
function addLegend(container) {
  if (container.querySelector('.sahakar-legend')) {
    return;
  }
  const swatch = (rate, label) => `<span class="sahakar-swatch ${rate}"></span>${esc(label)}`;
  const legend = document.createElement('div');
  legend.className = 'sahakar-legend';
  legend.innerHTML = `<div class="sahakar-legend-figures">${esc(T.legend)}</div>
    <div>${swatch('sahakar-rate-low', T.rateLow)} ${swatch('sahakar-rate-mid', T.rateMid)}
    ${swatch('sahakar-rate-high', T.rateHigh)} ${swatch('sahakar-rate-none', T.rateNone)}</div>`;
  container.appendChild(legend);
}

export default [page, navigation, startPage, overlay];
