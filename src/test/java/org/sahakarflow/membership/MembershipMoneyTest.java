package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The money rule on its own: defaults, per-class BBSSL minimums, paid in full. */
class MembershipMoneyTest {

  final MembershipMoney defaults = new MembershipMoney(MembershipProperties.defaults());

  @Test
  void defaultsAreTheKnownFigures() {
    MembershipProperties properties = MembershipProperties.defaults();
    assertThat(properties.bbsslShareValue()).isEqualTo(1000);
    assertThat(properties.bbsslMinimumShares("MPACS")).isEqualTo(1);
    assertThat(properties.ncelFee()).isEqualTo(100_000);
    assertThat(properties.ncolFee()).isEqualTo(100_000);
    assertThat(properties.appealWindowDays()).isEqualTo(60);
  }

  @Test
  void bbsslSharesArePaidAtTheirValueWithTheClassMinimum() {
    MembershipMoney money = new MembershipMoney(new MembershipProperties(null, Map.of("dairy", 10), null, null, null, null));
    assertThat(money.reckon(NationalSociety.BBSSL, "MPACS", 3, 3000).valid()).isTrue();
    assertThat(money.reckon(NationalSociety.BBSSL, "MPACS", 3, 3000).amountDue()).isEqualTo(3000);
    assertThat(money.reckon(NationalSociety.BBSSL, "DAIRY", 9, 9000).problems())
        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("sharesSubscribed"))
        .satisfies(p -> assertThat(p.reason()).contains("at least 10 for a society of class DAIRY"));
    assertThat(money.reckon(NationalSociety.BBSSL, "DAIRY", 10, 9999).problems())
        .singleElement().satisfies(p -> assertThat(p.reason())
            .isEqualTo("10 BBSSL share(s) of ₹1,000 must be paid in full: ₹10,000, not ₹9,999"));
    assertThat(money.reckon(NationalSociety.BBSSL, "MPACS", 2.5, 2500).valid()).isFalse();
  }

  @Test
  void ncelAndNcolTakeTheirFeeInFull() {
    assertThat(defaults.reckon(NationalSociety.NCEL, "MPACS", null, 100_000).valid()).isTrue();
    assertThat(defaults.reckon(NationalSociety.NCEL, "MPACS", null, 99_999.0).problems())
        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("amountPaid"));
    assertThat(defaults.reckon(NationalSociety.NCOL, "FISHERIES", null, null).problems())
        .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("is required: the NCOL membership fee is ₹1,00,000"));
    MembershipMoney configured = new MembershipMoney(new MembershipProperties(null, null, null, null, 25_000L, null));
    assertThat(configured.reckon(NationalSociety.NCOL, "MPACS", null, 25_000).valid()).isTrue();
  }

  @Test
  void rupeesAreGroupedTheIndianWay() {
    assertThat(MembershipMoney.rupees(0)).isEqualTo("₹0");
    assertThat(MembershipMoney.rupees(999)).isEqualTo("₹999");
    assertThat(MembershipMoney.rupees(1000)).isEqualTo("₹1,000");
    assertThat(MembershipMoney.rupees(100_000)).isEqualTo("₹1,00,000");
    assertThat(MembershipMoney.rupees(12_345_678)).isEqualTo("₹1,23,45,678");
  }
}
