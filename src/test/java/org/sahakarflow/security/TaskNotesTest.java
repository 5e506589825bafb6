package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Finding 5: a task's attachments and comments belong to those with a role in its case. */
@SahakarTest
class TaskNotesTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  Http http;

  Task scrutiny;
  Attachment attachment;
  Comment comment;

  @BeforeEach
  void aRajasthanScrutinyCarriesANoteAndAFile() {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    scrutiny = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    identity.setAuthentication("rcs.rj-udr", List.of("rcs-district:RJ-UDR"), List.of("RJ"));
    try {
      attachment = tasks.createAttachment("application/pdf", scrutiny.getId(), null, "note.pdf", "officer's note",
          new ByteArrayInputStream("%PDF-1.4 note".getBytes(StandardCharsets.US_ASCII)));
      comment = tasks.createComment(scrutiny.getId(), null, "Checked the promoter list");
    } finally {
      identity.clearAuthentication();
    }
  }

  private String task(String rest) {
    return "/engine-rest/task/" + scrutiny.getId() + rest;
  }

  @Test
  void anotherStatesApplicantNeitherReadsNorDeletesThem() {
    String user = "applicant.ap-tpt";
    assertThat(http.as(user).getForEntity(task("/attachment/" + attachment.getId() + "/data"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.as(user).getForEntity(task("/attachment/" + attachment.getId()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.as(user).getForEntity(task("/comment/" + comment.getId()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.as(user).exchange(task("/attachment/" + attachment.getId()), HttpMethod.DELETE, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getTaskAttachment(scrutiny.getId(), attachment.getId())).isNotNull();
  }

  @Test
  void onlyWhoWorksOnTheTaskAddsToIt() {
    for (String reader : List.of("ministry", "applicant.rj-udr", "inspector.rj-udr", "registrar.rj")) {
      assertThat(http.post(reader, task("/comment/create"), "{\"message\":\"drop this case\"}").getStatusCode())
          .as(reader).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(tasks.getTaskComments(scrutiny.getId())).hasSize(1);
    assertThat(http.post("rcs.rj-udr", task("/comment/create"), "{\"message\":\"Inspection needed\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getTaskComments(scrutiny.getId())).hasSize(2);
  }

  @Test
  void theCaseOfficerReadsThem() {
    assertThat(http.as("rcs.rj-udr").getForEntity(task("/attachment/" + attachment.getId() + "/data"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.as("rcs.rj-udr").getForEntity(task("/comment"), String.class).getBody())
        .contains("Checked the promoter list");
  }
}
