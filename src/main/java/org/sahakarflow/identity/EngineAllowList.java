package org.sahakarflow.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine resources each role reaches through {@code /engine-rest} and the webapps' engine API:
 * what Tasklist and Cockpit call for them and what the README documents. Anything not listed is
 * for administrators alone. Each resource still answers to the engine's own authorization, so a
 * row here opens a door, not the cases behind it.
 */
final class EngineAllowList {

  enum Role { MINISTRY, OFFICER, APPLICANT }

  /** What a listed call does, where the guard checks more than the role. */
  enum Kind { READ, QUERY, TASK_NOTE_WRITE, TASK_FORM, START_FORM, WORK }

  record Rule(Set<String> methods, Pattern path, Set<Role> roles, Kind kind) {
    boolean matches(String method, String resource) {
      return methods.contains(method) && path.matcher(resource).matches();
    }
  }

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> STAFF = EnumSet.of(Role.MINISTRY, Role.OFFICER);
  private static final Set<Role> WORKERS = EnumSet.of(Role.OFFICER, Role.APPLICANT);
  private static final Set<Role> APPLICANTS = EnumSet.of(Role.APPLICANT);
  private static final String ID = "[^/]+";
  private static final String DEFINITION = "(" + ID + "|key/" + ID + "(/tenant-id/" + ID + ")?)";

  static final List<Rule> RULES = List.of(
      get("(engine)?|version", EVERYONE),
      both("filter(/count)?", EVERYONE, Kind.QUERY),
      get("filter/" + ID, EVERYONE),
      both("filter/" + ID + "/(list|count|singleResult)", EVERYONE, Kind.QUERY),
      both("task(/count)?", EVERYONE, Kind.QUERY),
      get("task/" + ID + "(/(form|deployed-form|rendered-form|form-variables|variables|localVariables"
          + "|identity-links))?", EVERYONE),
      get("task/" + ID + "/(variables|localVariables)/" + ID + "(/data)?", EVERYONE),
      get("task/" + ID + "/(comment|attachment)(/" + ID + "(/data)?)?", EVERYONE),
      rule("POST", "task/" + ID + "/(comment|attachment)/create", WORKERS, Kind.TASK_NOTE_WRITE),
      rule("POST", "task/" + ID + "/(complete|submit-form)", WORKERS, Kind.TASK_FORM),
      rule("POST", "task/" + ID + "/(claim|unclaim|assignee)", WORKERS, Kind.WORK),
      get("process-definition(/count|/statistics)?", EVERYONE),
      get("process-definition/" + DEFINITION + "(/(xml|startForm|deployed-start-form|rendered-form"
          + "|form-variables|statistics|static-called-process-definitions|diagram))?", EVERYONE),
      rule("POST", "process-definition/" + DEFINITION + "/(start|submit-form)", APPLICANTS,
          Kind.START_FORM),
      both("process-instance(/count)?", EVERYONE, Kind.QUERY),
      get("process-instance/" + ID + "(/(activity-instances|variables|comment))?", EVERYONE),
      get("process-instance/" + ID + "/variables/" + ID + "(/data)?", EVERYONE),
      both("execution(/count)?", EVERYONE, Kind.QUERY),
      get("execution/" + ID + "(/localVariables(/" + ID + "(/data)?)?)?", EVERYONE),
      both("variable-instance(/count)?", EVERYONE, Kind.QUERY),
      get("variable-instance/" + ID + "(/data)?", EVERYONE),
      get("history/.+", EVERYONE),
      rule("POST", "history/(process-instance|activity-instance|variable-instance|task|detail"
          + "|case-instance|case-activity-instance)(/count)?", EVERYONE, Kind.QUERY),
      get("deployment(/count)?", EVERYONE),
      get("deployment/" + ID + "(/resources(/" + ID + "(/data)?)?)?", EVERYONE),
      get("(decision-definition|decision-requirements-definition|case-definition|case-instance"
          + "|case-execution)(/.*)?", EVERYONE),
      rule("POST", "decision-definition/" + DEFINITION + "/evaluate", WORKERS, Kind.WORK),
      get("user(/count)?|user/" + ID + "/profile", EVERYONE),
      both("group(/count)?", EVERYONE, Kind.QUERY),
      get("group/" + ID + "|tenant(/count)?|tenant/" + ID, EVERYONE),
      get("identity/(groups|password-policy)", EVERYONE),
      get("authorization(/count|/check)?|authorization/" + ID, EVERYONE),
      get("event-subscription(/count)?", EVERYONE),
      get("incident(/count)?|incident/" + ID + "|task/report/candidate-group-count", STAFF),
      both("(job|job-definition|external-task)(/count)?", STAFF, Kind.QUERY),
      get("job/" + ID + "(/stacktrace)?|job-definition/" + ID + "|external-task/" + ID, STAFF),
      get("(metrics|batch)(/.*)?", STAFF));

  private EngineAllowList() {
  }

  /** The first rule that opens this call, if any. */
  static Rule find(String method, String resource) {
    String verb = "HEAD".equals(method) ? "GET" : method;
    for (Rule rule : RULES) {
      if (rule.matches(verb, resource)) {
        return rule;
      }
    }
    return null;
  }

  private static Rule get(String path, Set<Role> roles) {
    return rule("GET", path, roles, Kind.READ);
  }

  private static Rule both(String path, Set<Role> roles, Kind kind) {
    return new Rule(Set.of("GET", "POST"), Pattern.compile(path), roles, kind);
  }

  private static Rule rule(String method, String path, Set<Role> roles, Kind kind) {
    return new Rule(Set.of(method), Pattern.compile(path), roles, kind);
  }
}
