/*
 * Sahakar Flow: dates in Camunda Forms are typed and shown day first (dd/mm/yyyy), as offices in
 * India write them, whatever locale the browser itself runs in. form-js in Tasklist 7.24 takes its
 * date picker's format from Intl.DateTimeFormat('default'), the browser's own locale: an en-US
 * browser got mm/dd/yyyy, and 03/12/2026 meant March. Only that call is answered day first (the
 * en-GB pattern); every other use of Intl keeps the locale it asks for. The value a form sends
 * stays an ISO date (yyyy-mm-dd).
 */
const Native = Intl.DateTimeFormat;

function DayFirstByDefault(locales, options) {
  const locale = locales === 'default' ? 'en-GB' : locales;
  return new.target ? new Native(locale, options) : Native(locale, options);
}

DayFirstByDefault.prototype = Native.prototype;
DayFirstByDefault.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
Intl.DateTimeFormat = DayFirstByDefault;
