package org.sahakarflow.bylaws;

import java.util.ArrayList;
import java.util.List;

/**
 * The general meeting's vote on the amendment. The resolution needs two-thirds of the members
 * present and voting, with the quorum met. Integer arithmetic only ({@code 3 × inFavour ≥ 2 ×
 * voting}): a fraction in floating point would let 65.999… of 99 pass or fail by rounding.
 */
record ResolutionVote(int totalMembers, int present, int quorumRequired, int voting, int inFavour,
    int against) {

  enum Outcome { PASSED, REJECTED, NO_QUORUM }

  /** What is inconsistent in the figures, each as a sentence; empty when they add up. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (totalMembers < 1) {
      problems.add("total members must be at least 1");
    }
    if (present < 0 || voting < 0 || inFavour < 0 || against < 0 || quorumRequired < 1) {
      problems.add("counts cannot be negative and the quorum is at least 1");
    }
    if (present > totalMembers) {
      problems.add("members present (" + present + ") exceed total members (" + totalMembers + ")");
    }
    if (voting > present) {
      problems.add("members voting (" + voting + ") exceed members present (" + present + ")");
    }
    if (inFavour + against > voting) {
      problems.add("votes in favour and against (" + (inFavour + against)
          + ") exceed members voting (" + voting + ")");
    }
    return problems;
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
