package org.sahakarflow.membership;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a society pays to join and how long it has to appeal a refusal. Figures the law or the
 * national society's bye-laws do not fix publicly are configuration with a stated default.
 *
 * @param bbsslShareValue rupees per BBSSL share (BBSSL: ₹1,000)
 * @param bbsslMinimumShares minimum BBSSL shares per society class ({@code MPACS}, {@code DAIRY},
 *     {@code FISHERIES}); classes not listed need {@code bbsslDefaultMinimumShares}
 * @param bbsslDefaultMinimumShares minimum for primaries is not confirmed publicly: default 1
 * @param ncelFee NCEL nominal membership fee in rupees (₹1 lakh)
 * @param ncolFee NCOL membership amount in rupees; not confirmed publicly: default ₹1 lakh, as NCEL
 * @param appealWindowDays calendar days after a refusal within which the society may appeal (60)
 */
@ConfigurationProperties("sahakar.membership")
record MembershipProperties(Long bbsslShareValue, Map<String, Integer> bbsslMinimumShares,
    Integer bbsslDefaultMinimumShares, Long ncelFee, Long ncolFee, Integer appealWindowDays) {

  static final long DEFAULT_BBSSL_SHARE_VALUE = 1_000;
  static final int DEFAULT_BBSSL_MINIMUM_SHARES = 1;
  static final long DEFAULT_NCEL_FEE = 100_000;
  static final long DEFAULT_NCOL_FEE = 100_000;
  static final int DEFAULT_APPEAL_WINDOW_DAYS = 60;

  MembershipProperties {
    Map<String, Integer> minimum = new HashMap<>();
    if (bbsslMinimumShares != null) {
      // environment variables arrive lower-cased; society types are upper case everywhere else
      bbsslMinimumShares.forEach((type, shares) -> minimum.put(type.toUpperCase(Locale.ROOT), shares));
    }
    bbsslMinimumShares = Map.copyOf(minimum);
    bbsslShareValue = bbsslShareValue == null ? DEFAULT_BBSSL_SHARE_VALUE : bbsslShareValue;
    bbsslDefaultMinimumShares = bbsslDefaultMinimumShares == null ? DEFAULT_BBSSL_MINIMUM_SHARES
        : bbsslDefaultMinimumShares;
    ncelFee = ncelFee == null ? DEFAULT_NCEL_FEE : ncelFee;
    ncolFee = ncolFee == null ? DEFAULT_NCOL_FEE : ncolFee;
    appealWindowDays = appealWindowDays == null ? DEFAULT_APPEAL_WINDOW_DAYS : appealWindowDays;
  }

  static MembershipProperties defaults() {
    return new MembershipProperties(null, null, null, null, null, null);
  }

  int bbsslMinimumShares(String societyType) {
    return bbsslMinimumShares.getOrDefault(societyType, bbsslDefaultMinimumShares);
  }
}
