package org.sahakarflow.credit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dccbShareAmount rupees of DCCB shares a society buys to become a member, where its DCCB
 *     has no amount of its own below; DCCB bye-laws fix it, so it is a setting, not a rule
 * @param shareAmounts per DCCB (its district code, e.g. {@code RJ-UDR}), rupees
 */
@ConfigurationProperties("sahakar.credit")
record CreditProperties(@DefaultValue("10000") long dccbShareAmount, Map<String, Long> shareAmounts) {

  long shareAmountFor(String dccb) {
    return shareAmounts != null && shareAmounts.containsKey(dccb) ? shareAmounts.get(dccb) : dccbShareAmount;
  }
}
