/*
 * Sahakar Flow: errors in plain words, in the language Tasklist speaks. The forms' own checks
 * (form-js) say "Field must match pattern ^[^<>]*$."; a refusal from the server arrives as
 * "Cannot instantiate process definition mpacs-registration:3:…: shareCapitalPaid must not exceed
 * the capital subscribed", naming the field by its key. Here the first becomes what the pattern
 * means, the second the label the person filled in and the reason, with no engine wrapper, code or
 * class name; an error nobody can act on becomes a request to try again. The API keeps its own
 * messages: only what Tasklist shows is reworded.
 */
import {readsHindi} from './sahakar-hindi-names.js';

const lang = readsHindi() ? 'hi' : 'en';

const say = (en, hi) => (lang === 'hi' ? hi : en);

/** What each pattern of the forms asks for. */
const PATTERNS = {
  '^[^<>]*$': () => say('Please leave out the signs < and >.', 'कृपया < और > चिह्न न लिखें।'),
  '^[6-9][0-9]{9}$': () => say('Please give a 10-digit mobile number starting with 6, 7, 8 or 9.',
    'कृपया 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का मोबाइल नंबर दें।'),
  '^[A-Z]{2}-[A-Z]{3}-[A-Z]+-[0-9]{4}-[0-9]{6}$': () => say(
    'Please give the application number as on your acknowledgement, for example RJ-UDR-MPACS-2026-000123.',
    'कृपया आवेदन संख्या पावती के अनुसार लिखें, जैसे RJ-UDR-MPACS-2026-000123।'),
  '^[A-Za-z0-9\\-\\/]*$': () => say('Please use only letters, digits, / and -.', 'कृपया केवल अक्षर, अंक, / और - का प्रयोग करें।'),
  '^[A-Za-z0-9/-]+$': () => say('Please use only letters, digits, / and -.', 'कृपया केवल अक्षर, अंक, / और - का प्रयोग करें।'),
  '^[A-Za-z0-9\\-]*$': () => say('Please use only letters, digits and -.', 'कृपया केवल अक्षर, अंक और - का प्रयोग करें।')
};

/** form-js's own messages (its validator), and what they become. */
const FORM_CHECKS = [
  [/^Field must match pattern (.*)\.$/, (m) => (PATTERNS[m[1]] || (() => say('Please check what you wrote here: it is not in the form asked for.',
    'कृपया यहाँ लिखी जानकारी जाँचें: यह माँगे गए रूप में नहीं है।')))()],
  [/^Field is required\.$/, () => say('Please fill this in.', 'कृपया यह भरें।')],
  [/^Field must have minimum value of (.*)\.$/, (m) => say(`Please give at least ${m[1]}.`, `कृपया कम से कम ${m[1]} दें।`)],
  [/^Field must have maximum value of (.*)\.$/, (m) => say(`Please give at most ${m[1]}.`, `कृपया अधिकतम ${m[1]} दें।`)],
  [/^Field must have minimum length of (.*)\.$/, (m) => say(`Please write at least ${m[1]} characters.`, `कृपया कम से कम ${m[1]} अक्षर लिखें।`)],
  [/^Field must have maximum length of (.*)\.$/, (m) => say(`Please write at most ${m[1]} characters.`, `कृपया अधिकतम ${m[1]} अक्षर लिखें।`)],
  [/^Field must be a valid email\.$/, () => say('Please give an e-mail address such as name@example.in.',
    'कृपया name@example.in जैसा ई-मेल पता दें।')],
  [/^Field must be a valid\s+international phone number.*$/, () => say('Please give a phone number.', 'कृपया फ़ोन नंबर दें।')],
  [/^Value is not a number\.$/, () => say('Please give a number.', 'कृपया संख्या दें।')],
  [/^Value is expected to be an integer\.$/, () => say('Please give a whole number.', 'कृपया पूर्ण संख्या दें।')],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => say(`Please give at most ${m[1]} digits after the point.`,
    `कृपया दशमलव के बाद अधिकतम ${m[1]} अंक दें।`)]
];

/** The server's reasons, in Hindi; in English they stay as written. */
const REASONS_HI = [
  [/^is required$/, 'आवश्यक है'],
  [/^is required: the challan or receipt number of the registration fee paid$/, 'आवश्यक है: जमा पंजीकरण शुल्क का चालान या रसीद संख्या'],
  [/^is required: the State of the society's registered office$/, 'आवश्यक है: समिति के पंजीकृत कार्यालय का राज्य'],
  [/^is required: the district of the society's registered office$/, 'आवश्यक है: समिति के पंजीकृत कार्यालय का ज़िला'],
  [/^is required for a multi-State society: the State the promoter lives in$/,
    'बहु-राज्य समिति हेतु आवश्यक है: वह राज्य जहाँ प्रवर्तक रहता है'],
  [/^is required for an? (.+) in ([A-Z]{2}): proof that the share capital is deposited at the DCCB$/,
    '$2 में $1 हेतु आवश्यक है: अंश पूंजी DCCB में जमा होने का प्रमाण'],
  [/^is required in ([A-Z]{2}): the registration fee is (.*)$/, '$1 में आवश्यक है: पंजीकरण शुल्क $2 है'],
  [/^is required: (.*)$/, 'आवश्यक है: $1'],
  [/^a registration fee of Rs ([\d,.]+) is due in ([A-Z]{2}) \((.*)\); record the amount paid$/,
    '$2 में ₹$1 का पंजीकरण शुल्क देय है ($3); जमा की गई राशि दर्ज करें'],
  [/^Rs ([\d,.]+) paid; the registration fee due in ([A-Z]{2}) is Rs ([\d,.]+) \((.*)\)$/,
    '₹$1 जमा; $2 में देय पंजीकरण शुल्क ₹$3 है ($4)'],
  [/^must be true: the Central Registrar \((\w+)\) registers multi-State societies only$/,
    'चुना जाना चाहिए: केन्द्रीय रजिस्ट्रार ($1) केवल बहु-राज्य समितियों का पंजीकरण करता है'],
  [/^a multi-State society applies to the Central Registrar, (\w+), not to (\w+)$/,
    'बहु-राज्य समिति केन्द्रीय रजिस्ट्रार ($1) को आवेदन करती है, $2 को नहीं'],
  [/^must name at least two States or UTs: .*$/, 'कम से कम दो राज्य या केंद्र शासित प्रदेश बताएँ: बहु-राज्य समिति एक से अधिक राज्य के सदस्यों की सेवा करती है'],
  [/^must be one of the States of the area of operation (.*)$/, 'कार्यक्षेत्र के राज्यों ($1) में से एक होना चाहिए'],
  [/^(\w+) is not a State of the area of operation (.*)$/, '$1 कार्यक्षेत्र के राज्यों ($2) में नहीं है'],
  [/^(\w+) is not a State or UT on record$/, '$1 अभिलेख में कोई राज्य या केंद्र शासित प्रदेश नहीं है'],
  [/^is for a multi-State society only \(multiState: true\)$/, 'केवल बहु-राज्य समिति के लिए है'],
  [/^BBSSL needs a whole number of shares, at least (\d+) for a society of class (\S+)$/,
    'BBSSL के लिए अंशों की पूर्ण संख्या चाहिए, वर्ग $2 की समिति के लिए कम से कम $1'],
  [/^has the wrong type or format$/, 'का प्रकार या रूप सही नहीं है'],
  [/^must be a row of .*$/, 'एक पंक्ति होनी चाहिए'],
  [/^must not be (blank|null|empty)$/, 'खाली नहीं छोड़ा जा सकता'],
  [/^must be your own State \[?([A-Z, ]+)\]?$/, 'आपका अपना राज्य ($1) होना चाहिए'],
  [/^is not a district of ([A-Z]{2})$/, 'राज्य $1 का ज़िला नहीं है'],
  [/^is not a State or UT on record$/, 'अभिलेख में कोई राज्य या केंद्र शासित प्रदेश नहीं है'],
  [/^must not exceed the capital subscribed$/, 'अभिदत्त अंश पूंजी से अधिक नहीं हो सकती'],
  [/^must not be less than the capital subscribed$/, 'अभिदत्त अंश पूंजी से कम नहीं हो सकती'],
  [/^must have a letter or a digit$/, 'में कम से कम एक अक्षर या अंक होना चाहिए'],
  [/^cannot be negative$/, 'ऋणात्मक नहीं हो सकता'],
  [/^appears more than once$/, 'एक से अधिक बार दिया गया है'],
  [/^is not for the caller to set$/, 'आप इसे नहीं भर सकते'],
  [/^must be a 10-digit Indian mobile number$/, '10 अंकों का भारतीय मोबाइल नंबर होना चाहिए'],
  [/^may hold letters, digits, '\/' and '-' only$/, "में केवल अक्षर, अंक, '/' और '-' हो सकते हैं"],
  [/^may hold letters, digits and '-' only$/, "में केवल अक्षर, अंक और '-' हो सकते हैं"],
  [/^size must be between (\d+) and (\d+)$/, 'की लंबाई $1 से $2 के बीच होनी चाहिए'],
  [/^must be greater than or equal to (\S+)$/, 'कम से कम $1 होना चाहिए'],
  [/^must be less than or equal to (\S+)$/, 'अधिकतम $1 हो सकता है'],
  [/^must be greater than 0$/, 'शून्य से अधिक होना चाहिए'],
  [/^is not in the expected format$/, 'अपेक्षित रूप में नहीं है'],
  [/^must be a list of rows$/, 'पंक्तियों की सूची होनी चाहिए'],
  [/^must be a two-letter State code$/, 'दो अक्षरों का राज्य कोड होना चाहिए'],
  [/^must be the application's State, ([A-Z]{2}), or left out$/, 'आवेदन का राज्य ($1) होना चाहिए, या खाली छोड़ें'],
  [/^must be plain text.*$/, 'में केवल सादा पाठ हो सकता है'],
  [/^is not a block of (.+) on record; its blocks are (.*)$/, '$1 का ब्लॉक अभिलेख में नहीं है; इसके ब्लॉक: $2'],
  [/^is not a gram panchayat of (.+) on record; its gram panchayats are (.*)$/, '$1 की ग्राम पंचायत अभिलेख में नहीं है; इसकी ग्राम पंचायतें: $2'],
  [/^members present \((\d+)\) exceed the (\d+) members on the roll when the notice was issued$/,
    'उपस्थित सदस्य ($1) सूचना जारी होते समय सूची के $2 सदस्यों से अधिक हैं'],
  [/^members voting \((\d+)\) exceed members present \((\d+)\)$/, 'मतदान करने वाले सदस्य ($1) उपस्थित सदस्यों ($2) से अधिक हैं'],
  [/^votes in favour \((\d+)\) and against \((\d+)\) add up to (\d+), not the (\d+) members voting$/,
    'पक्ष ($1) और विपक्ष ($2) के मत मिलाकर $3 हैं, मतदान करने वाले $4 सदस्य नहीं'],
  [/^the notice cannot be dated in the future$/, 'सूचना की तिथि भविष्य की नहीं हो सकती'],
  [/^a query must say what the applicant has to answer$/, 'प्रश्न में लिखें कि आवेदक को किस बात का उत्तर देना है'],
  [/^a query needs its text$/, 'प्रश्न का पाठ लिखें'],
  [/^write the query for the society$/, 'समिति के लिए प्रश्न लिखें'],
  [/^(?:written reasons are required to refuse|a refusal needs written reasons)$/, 'अस्वीकृति के लिखित कारण आवश्यक हैं'],
  [/^the order (?:after the hearing )?needs its reasons$/, 'आदेश के कारण आवश्यक हैं'],
  [/^the verdict is required, ticked or not$/, 'निष्कर्ष आवश्यक है (हाँ या नहीं)'],
  [/^must be one of (.*)$/, 'इनमें से एक होना चाहिए: $1'],
  [/^choose admit or refuse$/, 'प्रवेश दें या अस्वीकार करें, एक चुनें'],
  [/^choose query or recommend$/, 'प्रश्न या अनुशंसा, एक चुनें'],
  [/^the board's resolution cannot be dated in the future$/, 'बोर्ड संकल्प की तिथि भविष्य की नहीं हो सकती'],
  [/^the meeting cannot be recorded before it is held$/, 'बैठक होने से पहले उसका परिणाम दर्ज नहीं हो सकता'],
  [/^the society has at least one member on its roll$/, 'समिति की सदस्य सूची में कम से कम एक सदस्य होता है'],
  [/^an amendment of this society's bye-laws is already in progress$/, 'इस समिति की उपविधि का एक संशोधन पहले से प्रक्रिया में है'],
  [/^a date is required$/, 'तिथि आवश्यक है'],
  [/^a whole number is required$/, 'पूर्ण संख्या आवश्यक है'],
  [/^whole rupees are required$/, 'पूरे रुपये आवश्यक हैं'],
  [/^confirm that the loan documents are executed$/, 'पुष्टि करें कि ऋण दस्तावेज़ निष्पादित हो गए हैं'],
  [/^the DCCB's shares cost (\d+) rupees; (\d+) paid$/, 'डीसीसीबी के अंश $1 रुपये के हैं; $2 रुपये का भुगतान हुआ'],
  [/^must end with "([^"]+)" .*$/, 'का अंत "$1" से होना चाहिए (या "Ltd" / "Maryadit" जैसे समानार्थी से), जैसा राज्य का अधिनियम कहता है']
];

const TRY_AGAIN = () => say('This could not be saved just now. What you entered is kept: please try again, and if it happens again tell the office.',
  'यह अभी सहेजा नहीं जा सका। आपकी भरी जानकारी बनी है: कृपया फिर से प्रयास करें, और फिर भी हो तो कार्यालय को बताएँ।');

/*
 * The labels come from the app's API once a message first needs them, that is once signed in: asked
 * from the sign-in page, the API's Basic challenge would open the browser's own password dialog.
 */
let labels = null;
let asked = false;

function labelsReady() {
  if (labels === null && !asked) {
    asked = true;
    fetch('/api/form-labels', {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
      .then(answer => (answer.ok ? answer.json() : {}))
      .catch(() => ({}))
      .then(found => {
        labels = found || {};
        rewordAll();
      });
  }
  return labels !== null;
}

/** "English / हिन्दी" → the half in the reader's language ("Payment reference (UTR / receipt no.)" stays whole). */
function inLanguage(label) {
  const split = label.match(/^(.*?)\s\/\s(?=[^A-Za-z]*[\u0900-\u097F])(.*)$/);
  if (!split) {
    return label;
  }
  return lang === 'hi' ? split[2] : split[1];
}

/** A field's key as the person knows it: "promoters[2].stateCode" → "Promoter 3 — State". */
function fieldName(key) {
  const row = key.match(/^(\w+)\[(\d+)\]\.(\w+)$/);
  if (row && labels[row[3]]) {
    return say(`Promoter ${Number(row[2]) + 1}`, `प्रवर्तक ${Number(row[2]) + 1}`) + ' — ' + inLanguage(labels[row[3]]);
  }
  return labels[key] ? inLanguage(labels[key]) : null;
}

function reason(text) {
  if (lang !== 'hi') {
    return text;
  }
  for (const [english, hindi] of REASONS_HI) {
    if (english.test(text)) {
      return text.replace(english, hindi);
    }
  }
  return text;
}

/** One refusal, "key reason" or "key: reason", with the field's label; null when it names no field. */
function refusal(part) {
  const named = part.match(/^([A-Za-z]\w*(?:\[\d+\]\.\w+)?):?\s+([\s\S]*)$/);
  const field = named && fieldName(named[1]);
  return field ? `${field}: ${reason(named[2].trim())}` : null;
}

const INTERNAL = /ENGINE-\d|Exception|org\.camunda|\bnull\b|SQL|\$\{|could not execute|Unknown property/i;

/** The server's message as the person should read it. */
function plain(message) {
  let text = message.trim()
    .replace(/^Cannot (?:instantiate process definition|submit task form|complete task|submit form|start process instance)\s+\S*?:\s+/i, '')
    .replace(/^(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error):\s*/, '');
  // a refusal of several fields arrives joined by "; ", and a reason may hold one too
  const parts = [];
  for (const piece of text.split(/;\s+/)) {
    if (parts.length && !refusal(piece)) {
      parts[parts.length - 1] += '; ' + piece;
    } else {
      parts.push(piece);
    }
  }
  const said = parts.map(part => refusal(part));
  if (said.every(Boolean)) {
    return said.join(' · ');
  }
  if (!text || INTERNAL.test(text)) {
    return TRY_AGAIN();
  }
  return reason(text);
}

/**
 * Rewords an element's text in place: Angular and form-js keep the text node they wrote and
 * update it later, so the node stays and only its value changes.
 */
function reword(element, rewrite) {
  const texts = [...element.childNodes].filter(node => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
  if (texts.length !== 1 || texts[0].nodeValue === element.getAttribute('data-sahakar-plain')) {
    return;
  }
  const better = rewrite(texts[0].nodeValue);
  if (better && better !== texts[0].nodeValue) {
    texts[0].nodeValue = better;
    element.setAttribute('data-sahakar-plain', better);
  }
}

function formCheck(text) {
  for (const [english, plainWords] of FORM_CHECKS) {
    const found = text.trim().match(english);
    if (found) {
      return plainWords(found);
    }
  }
  return null;
}

function rewordAll() {
  document.querySelectorAll('.fjs-form-field-error li').forEach(e => reword(e, formCheck));
  const messages = document.querySelectorAll('.alert .message, .notifications .message');
  if (messages.length && labelsReady()) {
    messages.forEach(e => reword(e, plain));
  }
}

new MutationObserver(rewordAll).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
rewordAll();
