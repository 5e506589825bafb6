package org.sahakarflow.engine;

/**
 * A caller lost a race that is part of ordinary work: someone else claimed the step first,
 * changed it meanwhile, or finished it. Not an engine error (the engine REST answers those 500 and
 * Tasklist shows a stack of words), so the engine REST and the webapps' API answer it through
 * {@link EngineConflictMapper} with its status and words, and nothing is logged as an error.
 */
public class EngineConflict extends RuntimeException {

  private final int status;
  private final String holder;

  private EngineConflict(int status, String message, String holder) {
    super(message);
    this.status = status;
    this.holder = holder;
  }

  static EngineConflict claimed(String holder) {
    return new EngineConflict(409, "this step is already claimed by " + holder, holder);
  }

  static EngineConflict changed() {
    return new EngineConflict(409, "this step was changed by someone else, reload it", null);
  }

  static EngineConflict finished() {
    return new EngineConflict(404, "this step is no longer open: someone finished it, reload", null);
  }

  static EngineConflict alreadyMember(String userId, String groupId) {
    return new EngineConflict(409, userId + " is already a member of " + groupId, null);
  }

  /** The HTTP status that says it: 409, or 404 for a step that is no longer there. */
  public int status() {
    return status;
  }

  /** Who holds the step, where that is the conflict; else null. */
  public String holder() {
    return holder;
  }
}
