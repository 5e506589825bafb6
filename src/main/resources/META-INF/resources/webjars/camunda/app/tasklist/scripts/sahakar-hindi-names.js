/*
 * Sahakar Flow: the Hindi names of the shared task filters, the processes and the user tasks of
 * bpmn/. The models and the filters keep one name (English: the engine, the API, the logs and the
 * notices use it); Tasklist (sahakar-names.js) and Cockpit (its sahakar-names.js and the
 * bottleneck dashboard) show these to a Hindi reader, replaced in the page wherever Angular writes
 * them and each time it writes them again. NamesInHindiTest holds this list to every process and
 * user task of bpmn/.
 */
export const HINDI = {
  // the shared task filters (identity.AccessPolicy)
  'My tasks': 'मेरे कार्य',
  'My group tasks': 'मेरे समूह के कार्य',
  'All tasks I can see': 'मुझे दिखने वाले सभी कार्य',
  'Overdue': 'समय-सीमा पार',
  // processes
  'Adopt the Model Bye-laws': 'आदर्श उपविधियाँ अपनाना',
  'Appeal against a refused registration': 'अस्वीकृत पंजीकरण के विरुद्ध अपील',
  'Decide a registration application': 'पंजीकरण आवेदन पर निर्णय',
  'Join a national cooperative (NCEL, NCOL, BBSSL)': 'राष्ट्रीय सहकारी समिति (NCEL, NCOL, BBSSL) की सदस्यता',
  'Link a new society with its DCCB for credit': 'नई समिति को ऋण हेतु DCCB से जोड़ना',
  'Register a new M-PACS': 'नई एम-पैक्स का पंजीकरण',
  'Register a new dairy cooperative': 'नई डेयरी सहकारी समिति का पंजीकरण',
  'Register a new fisheries cooperative': 'नई मत्स्य सहकारी समिति का पंजीकरण',
  // steps
  'Admit society to DCCB': 'समिति को DCCB में प्रवेश दें',
  "Answer DCCB's query": 'DCCB के प्रश्न का उत्तर दें',
  "Answer Registrar's query": 'पंजीयक के प्रश्न का उत्तर दें',
  "Answer registrar's query": 'पंजीयक के प्रश्न का उत्तर दें',
  'Answer query': 'प्रश्न का उत्तर दें',
  'Appraise society (field verification)': 'समिति का मूल्यांकन (क्षेत्र सत्यापन)',
  'Approve draft bye-laws': 'उपविधियों का प्रारूप अनुमोदित करें',
  'Check the water body': 'जलाशय की जाँच करें',
  'Decide on admission': 'प्रवेश पर निर्णय लें',
  'Decide referred amendment': 'संदर्भित संशोधन पर निर्णय लें',
  'Decide refinance for the limit': 'सीमा हेतु पुनर्वित्त पर निर्णय लें',
  'Decide registration': 'पंजीकरण पर निर्णय लें',
  'Execute loan documents': 'ऋण दस्तावेज़ निष्पादित करें',
  'Fix borrowing limit, buy DCCB shares': 'उधार सीमा तय करें, DCCB के अंश खरीदें',
  'Hear appeal': 'अपील की सुनवाई करें',
  'Hear the society and decide on the directed amendment': 'समिति की सुनवाई कर निर्देशित संशोधन पर निर्णय लें',
  'Inspect the proposed society': 'प्रस्तावित समिति का निरीक्षण करें',
  'Issue general meeting notice': 'आम सभा की सूचना जारी करें',
  'Lodge appeal': 'अपील दायर करें',
  'Record NABARD viability note': 'नाबार्ड व्यवहार्यता टिप्पणी दर्ज करें',
  'Record general meeting result': 'आम सभा का परिणाम दर्ज करें',
  'Revise application': 'आवेदन संशोधित करें',
  'Sanction short-term credit limit': 'अल्पकालीन ऋण सीमा स्वीकृत करें',
  'Scrutinise amendment': 'संशोधन की संवीक्षा करें',
  'Scrutinise application': 'आवेदन की संवीक्षा करें',
  'Submit amendment to Registrar': 'संशोधन पंजीयक को प्रस्तुत करें',
  'Submit member-wise KCC demand': 'सदस्यवार KCC माँग प्रस्तुत करें',
  'Survey village milk potential': 'गाँव की दुग्ध क्षमता का सर्वेक्षण करें',
  'Upload supporting documents': 'सहायक दस्तावेज़ अपलोड करें',
  'Verify application': 'आवेदन सत्यापित करें'
};

/** Whether the webapps speak Hindi: Camunda takes the first language the browser asks for. */
export function readsHindi() {
  const asked = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return asked.toLowerCase().startsWith('hi');
}

function translateText(node, places) {
  const name = node.nodeValue.trim();
  const element = node.parentElement;
  // a diagram's labels are drawn line by line: a name there is never one text node
  if (name && Object.prototype.hasOwnProperty.call(HINDI, name) && element
      && element.closest(places) && !element.closest('svg')) {
    node.nodeValue = node.nodeValue.replace(name, HINDI[name]);
  }
}

function translateUnder(root, places) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root, places);
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node, places);
    }
  }
}

/**
 * For a Hindi reader, a name written inside the elements `places` selects is kept in Hindi: when
 * it is first written and each time Angular writes it again. Only what changed is looked at.
 */
export function keepNamesInHindi(places) {
  if (readsHindi()) {
    new MutationObserver(records => records.forEach(record => (record.type === 'characterData'
      ? translateText(record.target, places)
      : record.addedNodes.forEach(node => translateUnder(node, places)))))
      .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
    translateUnder(document.documentElement, places);
  }
}
