package org.sahakarflow.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code @SahakarTest} plus an SMTP server on {@link #SMTP_PORT} (GreenMail, started by each test
 * class). A context of its own, shared by the classes that use this: the common one has no
 * mail server, as in the default run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mail.host=localhost", "spring.mail.port=" + SahakarMailTest.SMTP_PORT})
@ActiveProfiles("test")
@AutoConfigureObservability
public @interface SahakarMailTest {

  int SMTP_PORT = 3925;
}
