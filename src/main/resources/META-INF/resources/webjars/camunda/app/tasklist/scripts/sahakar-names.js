/*
 * Sahakar Flow: for a Hindi reader, Tasklist's filters, the processes a user may start and the
 * steps in the task list and the open task carry Hindi names (sahakar-hindi-names.js). Relative
 * dates ("in 22 days") follow the reader too, in sahakar-dates.js.
 */
import {keepNamesInHindi} from './sahakar-hindi-names.js';

// where Tasklist writes a filter's, a process's or a task's name
keepNamesInHindi(['.task-filters h4 a', 'h4.task a', 'h2.task', 'ul.processes a', '.process-definition',
  '.definition-name h4'].join(', '));
