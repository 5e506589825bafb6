/*
 * Sahakar Flow: rows in Camunda Forms (the promoters, one row each) without Tasklist 7.24 locking
 * the Complete button. form-js keeps a row's field errors under the field and the row; once the row
 * is put right it removes the row's entry but keeps the field's, now empty. Tasklist counts the
 * fields of the form's errors on every change, so one corrected row disabled Complete for good.
 * Here, before Tasklist counts, entries that hold no message are dropped: Complete follows the
 * errors the person can see. form-js checks every field again on Complete, and the server checks
 * everything again after that.
 */
const HOOKED = new WeakSet();

function holdsNoMessage(value) {
  if (value === undefined || value === null) {
    return true;
  }
  // a list's rows are kept in a sparse array: Object.values skips the removed ones
  return typeof value === 'object' && Object.values(value).every(holdsNoMessage);
}

function dropEmpty(errors) {
  Object.keys(errors || {}).filter(field => holdsNoMessage(errors[field])).forEach(field => delete errors[field]);
}

/** The form's services, from the context Preact renders the form with (vnode children are `__k`). */
function formContext(vnode, depth) {
  if (!vnode || depth > 8) {
    return null;
  }
  const value = vnode.props && vnode.props.value;
  if (value && typeof value.getService === 'function') {
    return value;
  }
  for (const child of [].concat(vnode.__k || [])) {
    const found = formContext(child, depth + 1);
    if (found) {
      return found;
    }
  }
  return null;
}

function hook(container) {
  if (HOOKED.has(container)) {
    return;
  }
  const context = formContext(container.__k, 0);
  if (context) {
    HOOKED.add(container);
    // Tasklist listens at the default priority (1000); this runs before it
    context.getService('eventBus').on('changed', 2000, state => dropEmpty(state.errors));
  }
}

new MutationObserver(() => document.querySelectorAll('.fjs-container').forEach(hook))
  .observe(document.documentElement, {childList: true, subtree: true});
