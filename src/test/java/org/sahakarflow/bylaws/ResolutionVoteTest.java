package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two-thirds of the members present and voting, with the quorum met, decided exactly. */
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
  void abstentionsCountAgainstBecauseTheyArePresentAndVoting() {
    // 99 voting, 66 for, 20 against, 13 invalid or blank: still two-thirds of 99
    assertThat(new ResolutionVote(150, 100, 50, 99, 66, 20).outcome()).isEqualTo(ResolutionVote.Outcome.PASSED);
    assertThat(new ResolutionVote(150, 100, 50, 99, 65, 20).outcome()).isEqualTo(ResolutionVote.Outcome.REJECTED);
  }

  @Test
  void quorumIsMetAtExactlyTheRequiredNumber() {
    assertThat(new ResolutionVote(300, 60, 60, 60, 60, 0).outcome()).isEqualTo(ResolutionVote.Outcome.PASSED);
    assertThat(new ResolutionVote(300, 59, 60, 59, 59, 0).outcome()).isEqualTo(ResolutionVote.Outcome.NO_QUORUM);
  }

  @Test
  void figuresThatDoNotAddUpAreEachNamed() {
    assertThat(new ResolutionVote(50, 60, 10, 70, 50, 30).problems()).containsExactly(
        "members present (60) exceed total members (50)",
        "members voting (70) exceed members present (60)",
        "votes in favour and against (80) exceed members voting (70)");
  }

  @Test
  void largeCountsDoNotOverflow() {
    int big = Integer.MAX_VALUE;
    assertThat(new ResolutionVote(big, big, 1, big, big, 0).outcome()).isEqualTo(ResolutionVote.Outcome.PASSED);
  }
}
