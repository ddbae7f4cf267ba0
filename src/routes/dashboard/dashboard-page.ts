import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Route } from '../../core/domain.ts';
import { sendHtml } from '../../http/respond.ts';

const require = createRequire(import.meta.url);

let bundle: Buffer | undefined;

/** graphql-ws's browser build, served by LexGraph itself so the dashboard needs no CDN. */
function graphqlWsBrowserBundle(): Buffer {
  bundle ??= readFileSync(join(dirname(require.resolve('graphql-ws')), '..', 'umd', 'graphql-ws.min.js'));
  return bundle;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LexGraph live dashboard</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 56rem; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.4rem; } form { display: flex; gap: .5rem; flex-wrap: wrap; }
  input, button { font: inherit; padding: .35rem .6rem; }
  .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 1rem 0; }
  .kpi { border: 1px solid #d5d9e2; border-radius: .5rem; padding: .75rem; }
  .kpi b { display: block; font-size: 1.6rem; } .muted { color: #6b7385; font-size: .85rem; }
  #events li { margin: .2rem 0; } #error { color: #b00020; }
</style>
</head>
<body>
<h1>LexGraph live dashboard</h1>
<form id="login">
  <input id="email" type="email" placeholder="Email" autocomplete="username" required>
  <input id="password" type="password" placeholder="Password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>
<p id="error" role="alert"></p>
<section id="live" hidden>
  <p><span id="who"></span> · <span id="status" data-state="connecting">connecting…</span></p>
  <div class="kpis">
    <div class="kpi">Open matters<b id="openMatters">–</b></div>
    <div class="kpi">Hours this week<b id="hoursThisWeek">–</b></div>
    <div class="kpi">Work in progress<b id="workInProgress">–</b></div>
    <div class="kpi">AR over 60 days<b id="receivablesOver60Days">–</b></div>
    <div class="kpi">Deadlines (14 days)<b id="upcomingDeadlines">–</b></div>
  </div>
  <p class="muted">Figures computed <span id="computedAt">–</span></p>
  <h2>Matter events</h2>
  <ul id="events"></ul>
</section>
<script src="/dashboard/graphql-ws.js"></script>
<script>
const $ = (id) => document.getElementById(id);
const LOGIN = 'mutation DashboardLogin($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token user { name firm { name } } } ... on Error { message } } }';
const METRICS = 'subscription DashboardMetrics { dashboardMetrics { openMatters hoursThisWeek workInProgress receivablesOver60Days upcomingDeadlines computedAt } }';
const EVENTS = 'subscription DashboardMatterEvents { matterEvents { type occurredAt matter { number title status } } }';

function showError(errors) { $('error').textContent = (errors || []).map((e) => e.message).join('; '); }

function watch(token) {
  const client = graphqlWs.createClient({
    url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql',
    connectionParams: { authorization: 'Bearer ' + token },
    retryAttempts: 20,
    shouldRetry: (event) => !(event && (event.code === 4401 || event.code === 4403 || event.code === 4430)),
    on: {
      connected: () => { $('status').textContent = 'live'; $('status').dataset.state = 'live'; },
      closed: (event) => { $('status').textContent = 'reconnecting… (' + (event && event.code) + ')'; $('status').dataset.state = 'closed'; },
    },
  });
  const sink = (onData) => ({ next: (r) => (r.errors ? showError(r.errors) : onData(r.data)), error: (e) => showError(Array.isArray(e) ? e : [{ message: String(e && (e.reason || e.message) || e) }]), complete: () => {} });
  client.subscribe({ query: METRICS }, sink(({ dashboardMetrics: m }) => {
    for (const key of ['openMatters', 'hoursThisWeek', 'workInProgress', 'receivablesOver60Days', 'upcomingDeadlines']) $(key).textContent = String(m[key]);
    $('computedAt').textContent = new Date(m.computedAt).toLocaleTimeString();
  }));
  client.subscribe({ query: EVENTS }, sink(({ matterEvents: e }) => {
    const item = document.createElement('li');
    item.textContent = new Date(e.occurredAt).toLocaleTimeString() + ' ' + e.type + ' ' + e.matter.number + ' ' + e.matter.title + ' (' + e.matter.status + ')';
    $('events').prepend(item);
    while ($('events').children.length > 50) $('events').lastChild.remove();
  }));
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  showError([]);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email: $('email').value, password: $('password').value } } }),
  });
  const { data, errors } = await response.json();
  if (errors) return showError(errors);
  if (data.login.__typename !== 'LoginPayload') return showError([data.login]);
  $('login').hidden = true;
  $('live').hidden = false;
  $('who').textContent = data.login.user.name + ', ' + data.login.user.firm.name;
  watch(data.login.token);
});
</script>
</body>
</html>
`;

/** `GET /dashboard`: a page where a user signs in and watches the KPIs and matter events live. */
export const dashboardRoute: Route = {
  method: 'GET',
  path: '/dashboard',
  handle: async (_req, res) => sendHtml(res, PAGE),
};

/** `GET /dashboard/graphql-ws.js`: the graphql-ws client the dashboard page loads. */
export const graphqlWsBundleRoute: Route = {
  method: 'GET',
  path: '/dashboard/graphql-ws.js',
  handle: async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(graphqlWsBrowserBundle());
  },
};
