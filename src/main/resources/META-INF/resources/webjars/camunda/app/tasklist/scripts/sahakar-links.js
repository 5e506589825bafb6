/*
 * Sahakar Flow: "My applications" beside "Start process" in Tasklist's header, for applicants
 * only, in the language Tasklist speaks. The page it opens is the app's own (/api/my-applications),
 * read with the Tasklist session. Under the sign-in form, the ways in for a promoter without an
 * account: sign up, or track an application by its number.
 */
import {readsHindi} from './sahakar-hindi-names.js';

const LABEL = {en: 'My applications', hi: 'मेरे आवेदन'};
const SIGN_UP = {en: 'New promoter? Create your account', hi: 'नए प्रवर्तक? अपना खाता बनाएँ'};
const TRACK = {en: 'Track an application without signing in', hi: 'बिना साइन इन किए आवेदन की स्थिति देखें'};

function language() {
  return readsHindi() ? 'hi' : 'en';
}

function link(href, className, text) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.className = className;
  anchor.textContent = text;
  const line = document.createElement('p');
  line.appendChild(anchor);
  return line;
}

function addPromoterLinks() {
  const form = document.querySelector('form[name="signinForm"]');
  if (form && !form.parentNode.querySelector('.sahakar-sign-up')) {
    const lang = language();
    form.parentNode.appendChild(link('/signup', 'sahakar-sign-up', SIGN_UP[lang]));
    form.parentNode.appendChild(link('/track', 'sahakar-track', TRACK[lang]));
  }
}

// the sign-in form comes and goes with Angular's routing
new MutationObserver(addPromoterLinks).observe(document.documentElement, {childList: true, subtree: true});
addPromoterLinks();

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
