package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.registration.SocietyRegisterTestModel.PROCESS;
import static org.sahakarflow.registration.SocietyRegisterTestModel.decidedInUdaipur;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A bank clerk scans the QR code on a certificate (the verification address with its code) and
 * reads VALID; one holding a forged paper (the right number, another code) reads NOT VALID; one who
 * types the number alone is asked for the code printed on the paper.
 */
@SahakarTest
class VerificationPageBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;

  @Test
  void theScannedAddressSaysValidAndAForgedCodeNotValid() throws Exception {
    SocietyRegisterTestModel.deploy(repository);
    Map<String, Object> decided = decidedInUdaipur();
    VariableMap registered = runtime.createProcessInstanceByKey(PROCESS).setVariables(decided)
        .executeWithVariablesInReturn().getVariables();
    String number = registered.getValue("registrationNumber", String.class);
    String code = registered.getValue("verificationCode", String.class);
    String address = registered.getValue("certificateUrl", String.class);
    String name = (String) decided.get("societyName");

    try (Browser clerk = new Browser(port)) {
      clerk.open(address.substring(address.indexOf("/verify/")));
      assertThat(clerk.visible(By.id("verdict")).getText()).isEqualTo("VALID / मान्य");
      assertThat(clerk.visible(By.id("society-name")).getText()).isEqualTo(name);
      assertThat(clerk.driver.findElement(By.tagName("body")).getText()).contains(number, "Udaipur, Rajasthan",
          "प्रमाणपत्र रजिस्टर से मेल खाता है");
      clerk.screenshot("verification-valid");

      String forged = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
      clerk.open("/verify/" + number);
      assertThat(clerk.visible(By.id("verdict")).getText()).isEqualTo("ENTER THE CODE / कोड दर्ज करें");
      clerk.visible(By.id("code")).sendKeys(forged);
      clerk.driver.findElement(By.cssSelector("button[type='submit']")).click();
      assertThat(clerk.visible(By.xpath("//div[@id='verdict'][normalize-space()='NOT VALID / अमान्य']")).isDisplayed())
          .isTrue();
      assertThat(clerk.driver.findElement(By.id("reason")).getText()).contains("does not match", "मेल नहीं खाता");
      clerk.screenshot("verification-not-valid");

      clerk.open("/verify/RJ/UDR/MPACS/1999/9999?code=" + code);
      assertThat(clerk.visible(By.id("verdict")).getText()).isEqualTo("NOT VALID / अमान्य");
      assertThat(clerk.driver.findElement(By.tagName("body")).getText())
          .contains("No society is registered under this number").doesNotContain(name);
    }
  }
}
