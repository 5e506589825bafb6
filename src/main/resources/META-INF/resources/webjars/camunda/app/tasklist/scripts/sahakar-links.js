/*
 * Sahakar Flow: "My applications" beside "Start process" in Tasklist's header, for applicants
 * only, in the language Tasklist speaks. The page it opens is the app's own (/api/my-applications),
 * read with the Tasklist session.
 */
const LABEL = {en: 'My applications', hi: 'मेरे आवेदन'};

function language() {
  const asked = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return asked.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

export default {
  id: 'sahakar-my-applications',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: node => {
    fetch('/api/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(answer => (answer.ok ? answer.json() : null))
      .then(me => {
        if (!me || !(me.groups || []).includes('applicants')) {
          return;
        }
        const link = document.createElement('a');
        link.href = '/api/my-applications';
        link.className = 'sahakar-my-applications';
        link.textContent = LABEL[language()];
        node.appendChild(link);
      })
      .catch(() => undefined);
  }
};
