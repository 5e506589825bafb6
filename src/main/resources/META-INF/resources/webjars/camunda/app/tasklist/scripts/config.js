/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Sahakar Flow: Hindi beside English. Camunda takes the first language the browser asks for
  // (navigator.languages[0]) if it is listed here, else the fallback; a label missing from hi.json
  // falls back to en.json key by key. This file replaces the webjar's own config.js (its defaults
  // are kept as they were), so compare it with the webjar's on a Camunda upgrade.
  locales: {
    availableLocales: ['en', 'hi'],
    fallbackLocale: 'en'
  },
  // Sahakar Flow: dates day first, as Indian offices write them: in the task list and task
  // details (moment formats), and typed into forms (scripts/sahakar-dates.js)
  dateFormat: {
    short: 'DD/MM/YYYY',
    normal: 'DD/MM/YYYY, HH:mm',
    long: 'dddd, DD/MM/YYYY, HH:mm'
  },
  // Sahakar Flow: day-first dates, Hindi names, plain errors, the applicant's links and rows in
  // forms (docs/administration.md)
  customScripts: ['scripts/sahakar-dates', 'scripts/sahakar-names', 'scripts/sahakar-errors', 'scripts/sahakar-links',
    'scripts/sahakar-lists'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
