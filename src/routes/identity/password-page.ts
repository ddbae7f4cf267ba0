import type { Route } from '../../core/domain.ts';
import { sendHtml } from '../../http/respond.ts';

/**
 * The page behind the links in invitation and password-reset emails (`/set-password` and
 * `/reset-password`): it reads the token from the URL and calls `resetPassword`. Self-contained,
 * like GraphiQL and the dashboard, so a LexGraph server works on its own before any frontend exists.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Set your LexGraph password</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 3rem auto; max-width: 26rem; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.3rem; } label { display: block; margin: .75rem 0 .25rem; }
  input, button { font: inherit; padding: .4rem .6rem; width: 100%; box-sizing: border-box; }
  button { margin-top: 1rem; } #error { color: #b00020; } #done { color: #126b2f; }
</style>
</head>
<body>
<h1>Set your LexGraph password</h1>
<form id="form">
  <label for="password">New password (at least 10 characters)</label>
  <input id="password" type="password" autocomplete="new-password" required>
  <label for="confirm">Repeat it</label>
  <input id="confirm" type="password" autocomplete="new-password" required>
  <button type="submit">Set password</button>
</form>
<p id="error" role="alert"></p>
<p id="done" role="status" hidden></p>
<script>
  const token = new URLSearchParams(location.search).get('token') || '';
  const form = document.getElementById('form');
  const error = document.getElementById('error');
  const done = document.getElementById('done');
  if (!token) { form.hidden = true; error.textContent = 'This link has no token: open the link from your email again.'; }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const password = document.getElementById('password').value;
    if (password !== document.getElementById('confirm').value) { error.textContent = 'The two passwords differ.'; return; }
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on ResetPasswordPayload { email } ... on ValidationError { issues { message } } ... on Error { message } } }',
        variables: { input: { token, password } },
      }),
    }).then((r) => r.json()).catch(() => null);
    const result = response && response.data && response.data.resetPassword;
    if (!result) { error.textContent = 'Something went wrong; try again in a moment.'; return; }
    if (result.__typename === 'ResetPasswordPayload') {
      form.hidden = true;
      done.hidden = false;
      done.textContent = 'Your password is set. Sign in as ' + result.email + '.';
    } else {
      error.textContent = result.issues ? result.issues.map((i) => i.message).join(' ') : result.message;
    }
  });
</script>
</body>
</html>
`;

const page: Route['handle'] = async (_req, res) => sendHtml(res, PAGE, { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });

/** `GET /set-password` and `GET /reset-password`: where invitation and reset emails lead. */
export const passwordRoutes: Route[] = [
  { method: 'GET', path: '/set-password', handle: page },
  { method: 'GET', path: '/reset-password', handle: page },
];
