/*
 * Sahakar Flow: for a Hindi reader, Cockpit names the processes and steps in Hindi wherever it
 * lists them (processes, instances, incidents, tasks, the bottleneck dashboard), as Tasklist does.
 * The diagram keeps the model's English labels.
 */
import {keepNamesInHindi} from '../../tasklist/scripts/sahakar-hindi-names.js';

keepNamesInHindi('body');
