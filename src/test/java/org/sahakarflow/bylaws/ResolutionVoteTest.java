package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/** Two-thirds of the members present and voting, with the quorum met, decided exactly; a record that does not reconcile is named. */
class ResolutionVoteTest {

  @ParameterizedTest(name = "{0} of {1} voting in favour: {2}")
  @CsvSource({
      "66, 99, PASSED", "65, 99, REJECTED", "2, 3, PASSED", "1, 3, REJECTED", "1, 1, PASSED",
      "0, 1, REJECTED", "200, 300, PASSED", "199, 300, REJECTED", "67, 100, PASSED", "66, 100, REJECTED"})
  void twoThirdsBoundary(int inFavour, int voting, ResolutionVote.Outcome expected) {
    assertThat(new ResolutionVote(500, voting, 1, voting, inFavour, voting - inFavour).outcome()).isEqualTo(expected);
  }

  @Test
  void nobodyVotingPassesNothing() {
    ResolutionVote vote = new ResolutionVote(100, 50, 30, 0, 0, 0);
    assertThat(vote.problems()).isEmpty();
    assertThat(vote.outcome()).isEqualTo(ResolutionVote.Outcome.REJECTED);
  }

  @Test
  void votesInFavourAndAgainstMustAddUpToTheMembersVoting() {
    assertThat(new ResolutionVote(150, 100, 50, 99, 66, 33).problems()).isEmpty();
    assertThat(new ResolutionVote(150, 100, 50, 99, 66, 32).problems()).extracting(FieldProblem::field)
        .containsExactly("votesInFavour");
    assertThat(new ResolutionVote(150, 100, 50, 99, 66, 34).problems()).extracting(FieldProblem::field)
        .containsExactly("votesInFavour");
  }

  @Test
  void votingUpToThePresentAndPresentUpToTheRollReconcile() {
    assertThat(new ResolutionVote(100, 100, 20, 100, 100, 0).problems()).isEmpty();
    assertThat(new ResolutionVote(100, 101, 20, 100, 100, 0).problems()).extracting(FieldProblem::field)
        .containsExactly("membersPresent");
    assertThat(new ResolutionVote(100, 80, 20, 81, 81, 0).problems()).extracting(FieldProblem::field)
        .containsExactly("membersVoting");
  }

  @Test
  void quorumIsMetAtExactlyTheRequiredNumber() {
    assertThat(new ResolutionVote(300, 60, 60, 60, 60, 0).outcome()).isEqualTo(ResolutionVote.Outcome.PASSED);
    assertThat(new ResolutionVote(300, 59, 60, 59, 59, 0).outcome()).isEqualTo(ResolutionVote.Outcome.NO_QUORUM);
  }

  @Test
  void figuresThatDoNotReconcileAreEachNamedByTheirField() {
    assertThat(new ResolutionVote(50, 60, 10, 70, 50, 30).problems()).containsExactly(
        new FieldProblem("membersPresent", "members present (60) exceed the 50 members on the roll when the notice was issued"),
        new FieldProblem("membersVoting", "members voting (70) exceed members present (60)"),
        new FieldProblem("votesInFavour", "votes in favour (50) and against (30) add up to 80, not the 70 members voting"));
  }

  @Test
  void aNegativeCountIsNamed() {
    assertThat(new ResolutionVote(50, 10, 10, -1, 0, 0).problems())
        .containsExactly(new FieldProblem("membersVoting", "cannot be negative"));
  }

  @Test
  void largeCountsDoNotOverflow() {
    int big = Integer.MAX_VALUE;
    assertThat(new ResolutionVote(big, big, 1, big, big, 0).outcome()).isEqualTo(ResolutionVote.Outcome.PASSED);
    assertThat(new ResolutionVote(big, big, 1, big, big, big).problems()).extracting(FieldProblem::field)
        .containsExactly("votesInFavour");
  }
}
