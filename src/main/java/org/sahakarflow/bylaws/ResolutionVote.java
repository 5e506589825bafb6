package org.sahakarflow.bylaws;

import java.util.ArrayList;
import java.util.List;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * The general meeting's vote on the amendment. The resolution needs two-thirds of the members
 * present and voting, with the quorum met. Integer arithmetic only ({@code 3 × inFavour ≥ 2 ×
 * voting}): a fraction in floating point would let 65.999… of 99 pass or fail by rounding.
 * {@code totalMembers} and {@code quorumRequired} are the case's (fixed with the notice), the
 * other counts the secretary's record of the meeting.
 */
record ResolutionVote(int totalMembers, int present, int quorumRequired, int voting, int inFavour,
    int against) {

  enum Outcome { PASSED, REJECTED, NO_QUORUM }

  /**
   * What does not reconcile in the record, each named by the meeting form's field it is on; empty
   * when in favour + against = voting ≤ present ≤ members.
   */
  List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    negative(BylawAdoption.MEMBERS_PRESENT, present, problems);
    negative(BylawAdoption.MEMBERS_VOTING, voting, problems);
    negative(BylawAdoption.VOTES_IN_FAVOUR, inFavour, problems);
    negative(BylawAdoption.VOTES_AGAINST, against, problems);
    if (!problems.isEmpty()) {
      return problems;
    }
    if (present > totalMembers) {
      problems.add(new FieldProblem(BylawAdoption.MEMBERS_PRESENT, "members present (" + present
          + ") exceed the " + totalMembers + " members on the roll when the notice was issued"));
    }
    if (voting > present) {
      problems.add(new FieldProblem(BylawAdoption.MEMBERS_VOTING, "members voting (" + voting
          + ") exceed members present (" + present + ")"));
    }
    long cast = (long) inFavour + against;
    if (cast != voting) {
      problems.add(new FieldProblem(BylawAdoption.VOTES_IN_FAVOUR, "votes in favour (" + inFavour
          + ") and against (" + against + ") add up to " + cast + ", not the " + voting
          + " members voting"));
    }
    return problems;
  }

  private static void negative(String field, int count, List<FieldProblem> problems) {
    if (count < 0) {
      problems.add(new FieldProblem(field, "cannot be negative"));
    }
  }

  boolean quorumMet() {
    return present >= quorumRequired;
  }

  /** Two-thirds of those present and voting; nobody voting passes nothing. */
  boolean twoThirdsInFavour() {
    return voting > 0 && 3L * inFavour >= 2L * voting;
  }

  Outcome outcome() {
    if (!quorumMet()) {
      return Outcome.NO_QUORUM;
    }
    return twoThirdsInFavour() ? Outcome.PASSED : Outcome.REJECTED;
  }

  String summary() {
    return present + " of " + totalMembers + " members present (quorum " + quorumRequired + "), "
        + voting + " voting: " + inFavour + " in favour, " + against + " against";
  }
}
