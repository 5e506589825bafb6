package org.sahakarflow.sla;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param officeClose when an office day ends, India time: due dates and reminders fall then
 * @param holidays gazetted holidays per State ({@code stateCode,date,name}; {@code *} = all States)
 * @param workingWeek weekly offs per State
 *     ({@code stateCode,sundayOff,saturdaysOff}: {@code yes,2 4}, {@code yes,all}, {@code yes,2})
 * @param policyCache how long an answer of {@code sla-policy.dmn} is reused before it is asked
 *     again: a newly deployed policy applies to tasks created after that
 */
@ConfigurationProperties("sahakar.sla")
record SlaProperties(
    @DefaultValue("18:00") LocalTime officeClose,
    @DefaultValue("classpath:reference/holidays.csv") Resource holidays,
    @DefaultValue("classpath:reference/working-week.csv") Resource workingWeek,
    @DefaultValue("PT1M") Duration policyCache) {
}
