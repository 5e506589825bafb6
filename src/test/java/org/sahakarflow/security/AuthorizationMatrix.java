package org.sahakarflow.security;

import static org.sahakarflow.security.AuthorizationMatrix.Expect.BAD;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.DENIED;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.FORBIDDEN;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.HIDDEN;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.NOT_FOUND;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.OK;
import static org.sahakarflow.security.AuthorizationMatrix.Expect.SEES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sahakarflow.security.AsUser.Body;

/**
 * Who may do what to one Rajasthan M-PACS case waiting at the Udaipur registrar's scrutiny: every
 * role of the demo data against every resource Tasklist, Cockpit and the API use. A new resource
 * is one row, a new role one column (and one cell in each row). Placeholders are filled from the
 * case: {task} the scrutiny, {instance} its registrar-decision instance, {case} the registration
 * instance, {key} the application number, {job} the scrutiny's reminder timer, {filter} the filter
 * "All tasks I can see", {deployment} the models' deployment, {user} the caller, {serial} unique.
 */
final class AuthorizationMatrix {

  /** The columns: whose call, in the order of every row's cells. */
  static final List<String> USERS = List.of("admin", "ministry", "applicant.rj-udr", "applicant.ap-tpt",
      "rcs.rj-udr", "rcs.ap-tpt", "inspector.rj-udr", "nabard.rj", "registrar.rj");

  enum Expect {
    OK("2xx"), SEES("200 listing it"), HIDDEN("200 not listing it"), BAD("400"),
    FORBIDDEN("403"), NOT_FOUND("404"), DENIED("403 or 404"), SERVER_ERROR("500");

    final String text;

    Expect(String text) {
      this.text = text;
    }

    boolean met(int status, String body, String target) {
      return switch (this) {
        case OK -> status / 100 == 2;
        case SEES -> status == 200 && body.contains(target);
        case HIDDEN -> status == 200 && !body.contains(target);
        case BAD -> status == 400;
        case FORBIDDEN -> status == 403;
        case NOT_FOUND -> status == 404;
        case DENIED -> status == 403 || status == 404;
        case SERVER_ERROR -> status == 500;
      };
    }

    boolean grants() {
      return this == OK || this == SEES || this == HIDDEN;
    }
  }

  /**
   * Which case a row's calls act on: the shared one (reading, or touching no case), a fresh one
   * for the row (its successes only add to the case), or a fresh one for each call that succeeds
   * (a success changes the case under the next caller); ROW_CLAIMED is ROW with the scrutiny
   * claimed by the district officer first.
   */
  enum CaseUse { SHARED, ROW, ROW_CLAIMED, EACH_SUCCESS }

  record Row(String name, CaseUse use, String method, String path, Object body, String target,
      List<Expect> cells) {

    Body body(UnaryOperator<String> fill) {
      if (body instanceof String json) {
        return Body.json(fill.apply(json));
      }
      if (body instanceof Map<?, ?> parts) {
        Map<String, String> filled = new LinkedHashMap<>();
        parts.forEach((k, v) -> filled.put(k.toString(), fill.apply(v.toString())));
        return Body.multipart(filled);
      }
      return null;
    }
  }

  private static final String ENGINE = "/engine-rest";
  private static final String WEBAPP = AsUser.WEBAPP_API;
  private static final String CLAIM = "{\"userId\":\"{user}\"}";
  private static final String SCRUTINY = "{\"variables\":{\"scrutinyOutcome\":{\"value\":\"DECIDE\","
      + "\"type\":\"String\"},\"scrutinyNote\":{\"value\":\"Documents in order\",\"type\":\"String\"}}}";
  private static final String NOTE = "{\"message\":\"Checked the promoter list\"}";
  private static final Map<String, String> ATTACHMENT = Map.of("attachment-name", "note.pdf",
      "attachment-description", "officer's note", "attachment-type", "application/pdf",
      "content:note.pdf", "%PDF-1.4 note");
  private static final String PROBE = "{\"modifications\":{\"matrixProbe\":{\"value\":\"x\",\"type\":\"String\"}}}";
  static final String PROBE_PREFIX = "matrix-probe-";
  private static final Map<String, String> DEPLOYMENT = Map.of("deployment-name", PROBE_PREFIX + "{serial}",
      "probe:" + PROBE_PREFIX + "{serial}.txt", "a resource no engine parser reads");
  private static final String USER = "{\"profile\":{\"id\":\"" + PROBE_PREFIX + "{serial}\",\"firstName\":\"Matrix\","
      + "\"lastName\":\"Probe\",\"email\":\"probe@example.in\"},\"credentials\":{\"password\":\"Sahakar#Q7x-2026z\"}}";
  private static final String PROBE_VALUE = "{\"value\":\"x\",\"type\":\"String\"}";

  // columns: admin, ministry, applicant.rj-udr (filed the case), applicant.ap-tpt, rcs.rj-udr
  // (the case's district officer), rcs.ap-tpt, inspector.rj-udr, nabard.rj, registrar.rj
  static final List<Row> ROWS = List.of(
      read("task list", "GET", ENGINE + "/task?processInstanceId={instance}&maxResults=50", null, "{task}",
          SEES, SEES, HIDDEN, HIDDEN, SEES, HIDDEN, HIDDEN, HIDDEN, SEES),
      read("task by id", "GET", ENGINE + "/task/{task}", null, null,
          OK, OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
      read("task form", "GET", ENGINE + "/task/{task}/form", null, null,
          OK, OK, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, OK),
      read("task form-variables", "GET", ENGINE + "/task/{task}/form-variables", null, null,
          OK, OK, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, OK),
      read("task comments", "GET", ENGINE + "/task/{task}/comment", null, null,
          OK, OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
      read("task attachments", "GET", ENGINE + "/task/{task}/attachment", null, null,
          OK, OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
      read("process instance (case)", "GET", ENGINE + "/process-instance/{case}", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, OK),
      read("process instance (registrar's decision)", "GET", ENGINE + "/process-instance/{instance}", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, NOT_FOUND, OK),
      read("process instance variables", "GET", ENGINE + "/process-instance/{case}/variables", null, null,
          OK, OK, OK, DENIED, OK, DENIED, OK, OK, OK),
      read("history process instance", "GET", ENGINE + "/history/process-instance/{case}", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, OK),
      read("job list", "GET", ENGINE + "/job?processInstanceId={instance}&maxResults=50", null, "{job}",
          SEES, SEES, FORBIDDEN, FORBIDDEN, SEES, HIDDEN, SEES, HIDDEN, SEES),
      read("incident list", "GET", ENGINE + "/incident?processInstanceId={instance}&maxResults=50", null, null,
          OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, OK, OK, OK),
      read("deployment list", "GET", ENGINE + "/deployment?maxResults=500", null, "{deployment}",
          SEES, SEES, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, SEES),
      read("user list", "GET", ENGINE + "/user?maxResults=500", null, "applicant.ap-tpt",
          SEES, HIDDEN, HIDDEN, SEES, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
      read("filter list", "GET", ENGINE + "/filter?maxResults=50", null, "All tasks I can see",
          SEES, SEES, SEES, SEES, SEES, SEES, SEES, SEES, SEES),
      read("filter's tasks", "POST", ENGINE + "/filter/{filter}/list?firstResult=0&maxResults=50", "{\"processInstanceId\":\"{instance}\"}",
          "{task}", SEES, SEES, HIDDEN, HIDDEN, SEES, HIDDEN, HIDDEN, HIDDEN, SEES),
      read("Tasklist: filter's tasks", "POST", WEBAPP + "/filter/{filter}/list?firstResult=0&maxResults=50",
          "{\"processInstanceId\":\"{instance}\"}", "{task}",
          SEES, SEES, HIDDEN, HIDDEN, SEES, HIDDEN, HIDDEN, HIDDEN, SEES),
      read("Tasklist: task form-variables", "GET", WEBAPP + "/task/{task}/form-variables", null, null,
          OK, OK, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, OK),
      read("Cockpit: process instance", "GET", WEBAPP + "/process-instance/{instance}", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, NOT_FOUND, OK),
      read("API: application", "GET", "/api/registrations/{key}", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, OK),
      read("API: application document", "GET", "/api/registrations/{key}/documents/byeLawsDocument", null, null,
          OK, OK, OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, OK),
      read("API: ministry dashboard", "GET", "/api/insight/steps", null, null,
          OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
      row("claim", CaseUse.EACH_SUCCESS, "POST", ENGINE + "/task/{task}/claim", CLAIM, null,
          OK, FORBIDDEN, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("Tasklist: claim", CaseUse.EACH_SUCCESS, "POST", WEBAPP + "/task/{task}/claim", CLAIM, null,
          OK, FORBIDDEN, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("unclaim the officer's claim", CaseUse.ROW_CLAIMED, "POST", ENGINE + "/task/{task}/unclaim", null, null,
          OK, FORBIDDEN, NOT_FOUND, DENIED, OK, DENIED, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("complete the scrutiny", CaseUse.EACH_SUCCESS, "POST", ENGINE + "/task/{task}/complete", SCRUTINY, null,
          OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("add a comment", CaseUse.ROW, "POST", ENGINE + "/task/{task}/comment/create", NOTE, null,
          OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("add an attachment", CaseUse.ROW, "POST", ENGINE + "/task/{task}/attachment/create", ATTACHMENT, null,
          OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
      row("set task variables", CaseUse.ROW, "POST", ENGINE + "/task/{task}/variables", PROBE, null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("put a task variable", CaseUse.ROW, "PUT", ENGINE + "/task/{task}/variables/matrixProbe", PROBE_VALUE,
          null, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("set case variables", CaseUse.ROW, "POST", ENGINE + "/process-instance/{instance}/variables", PROBE,
          null, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("put a case variable", CaseUse.ROW, "PUT", ENGINE + "/process-instance/{instance}/variables/matrixProbe",
          PROBE_VALUE, null, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("execute the timer", CaseUse.ROW, "POST", ENGINE + "/job/{job}/execute", null, null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("set the timer's retries", CaseUse.ROW, "PUT", ENGINE + "/job/{job}/retries", "{\"retries\":0}", null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("modify the case", CaseUse.ROW, "POST", ENGINE + "/process-instance/{instance}/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ScrutiniseApplication\"}]}",
          null, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      row("delete the case", CaseUse.ROW, "DELETE", ENGINE + "/process-instance/{case}", null, null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      read("start an M-PACS registration", "POST", ENGINE + "/process-definition/key/mpacs-registration/start",
          EngineBodies.MPACS_START, null, OK, FORBIDDEN, OK, BAD, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      read("correlate a message", "POST", ENGINE + "/message",
          "{\"messageName\":\"sahakar-matrix-probe\",\"all\":true}", null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      read("throw a signal", "POST", ENGINE + "/signal", "{\"name\":\"sahakar-matrix-probe\"}", null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      read("create a deployment", "POST", ENGINE + "/deployment/create", DEPLOYMENT, null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
      read("create a user", "POST", ENGINE + "/user/create", USER, null,
          OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));

  private AuthorizationMatrix() {
  }

  private static Row read(String name, String method, String path, Object body, String target,
      Expect... cells) {
    return row(name, CaseUse.SHARED, method, path, body, target, cells);
  }

  private static Row row(String name, CaseUse use, String method, String path, Object body,
      String target, Expect... cells) {
    if (cells.length != USERS.size()) {
      throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + USERS.size() + " users");
    }
    return new Row(name, use, method, path, body, target, List.of(cells));
  }
}
