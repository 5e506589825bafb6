package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a signed-in caller gets back from the engine REST for queries the database cannot run or
 * that hold characters its LIKE treats specially: a bad page is refused as a bad request naming
 * the parameter, and no answer carries a statement, a table or an exception of the layers below.
 */
@SahakarTest
class EngineErrorsTest {

  private static final String OFFICER = "rcs.rj-udr";

  @Autowired
  Http http;
  @Autowired
  FilterService filters;

  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/task?maxResults=5&firstResult=-5",
      "/engine-rest/task?maxResults=-1",
      "/engine-rest/process-instance?maxResults=5&firstResult=-1",
      "/engine-rest/history/task?maxResults=5&firstResult=-100",
      "/engine-rest/history/process-instance?maxResults=-5"})
  void aPageBeforeTheFirstRowOrOfFewerThanNoRowsIsABadRequest(String path) {
    ResponseEntity<Map> answer = http.as(OFFICER).getForEntity(path, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).matches("(firstResult|maxResults) must be 0 or more, not -\\d+");
  }

  @Test
  void aFiltersListPageIsCheckedToo() {
    Filter mine = filters.createFilterQuery().filterName("My group tasks").singleResult();
    ResponseEntity<Map> answer = http.as(OFFICER).getForEntity(
        "/engine-rest/filter/" + mine.getId() + "/list?firstResult=-15&maxResults=15", Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message")).isEqualTo("firstResult must be 0 or more, not -15");
    assertThat(http.as(OFFICER).getForEntity("/engine-rest/filter/" + mine.getId() + "/list?firstResult=0&maxResults=15",
        List.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/task?nameLike=abc%5C&maxResults=5",
      "/engine-rest/task/count?nameLike=%25%5C",
      "/engine-rest/task?processInstanceBusinessKeyLike=%5C&maxResults=5",
      "/engine-rest/process-instance?businessKeyLike=RJ%5C&maxResults=5",
      "/engine-rest/history/task?taskNameLike=x%5C&maxResults=5",
      "/engine-rest/task?processVariables=societyName_like_x%5C&maxResults=5",
      "/engine-rest/task?processVariables=shareCapitalPaid_gt_abc&maxResults=5",
      "/engine-rest/variable-instance?variableValues=x_like_%25%5C&maxResults=5",
      "/engine-rest/task?dueAfter=2026-13-45T00:00:00.000%2B0530&maxResults=5",
      "/engine-rest/task?sortBy=nameCaseInsensitive%3Bdrop&sortOrder=asc&maxResults=5"})
  void noAnswerCarriesTheLayersBelow(String path) {
    ResponseEntity<String> answer = http.as(OFFICER).getForEntity(path, String.class);

    assertThat(answer.getStatusCode().is5xxServerError()).as(path + " → " + answer.getBody()).isFalse();
    assertThat(answer.getBody()).doesNotContainIgnoringCase("### ").doesNotContainIgnoringCase("select ")
        .doesNotContain("ACT_").doesNotContain("org.apache").doesNotContain("SQLException").doesNotContain("PSQL");
  }
}
