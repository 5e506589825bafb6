/*
 * Sahakar Flow: dates in Camunda Forms are typed and shown day first (dd/mm/yyyy), as offices in
 * India write them, whatever locale the browser itself runs in. form-js in Tasklist 7.24 takes its
 * date picker's format from Intl.DateTimeFormat('default'), the browser's own locale: an en-US
 * browser got mm/dd/yyyy, and 03/12/2026 meant March. Only that call is answered day first (the
 * en-GB pattern); every other use of Intl keeps the locale it asks for. The value a form sends
 * stays an ISO date (yyyy-mm-dd).
 */
import {readsHindi} from './sahakar-hindi-names.js';

const Native = Intl.DateTimeFormat;

function DayFirstByDefault(locales, options) {
  const locale = locales === 'default' ? 'en-GB' : locales;
  return new.target ? new Native(locale, options) : Native(locale, options);
}

DayFirstByDefault.prototype = Native.prototype;
DayFirstByDefault.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
Intl.DateTimeFormat = DayFirstByDefault;

/*
 * The task list and the open task say how far a date is ("in 22 days", "5 minutes ago") through
 * moment. Tasklist switches moment to hi only as hi.json loads (updating it with the file's month
 * names) and does not tell the dates already shown, which stayed English; and moment's hi writes
 * 22 as २२, where dates typed into forms are in international digits. Here the hi locale keeps
 * international digits (an update keeps what it does not name, so this holds whichever of the two
 * updates comes first) and the dates shown are written again in Hindi.
 */
function speakHindiDates() {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  if (!injector) {
    return false;
  }
  injector.get('moment').updateLocale('hi', {preparse: text => text, postformat: text => text});
  // through angular-moment, so dates already shown are written again
  injector.get('amMoment').changeLocale('hi');
  return true;
}

if (readsHindi()) {
  // the custom scripts load before Angular starts
  const waiting = setInterval(() => speakHindiDates() && clearInterval(waiting), 50);
}
