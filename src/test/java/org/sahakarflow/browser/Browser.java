package org.sahakarflow.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahakarflow.WebappLabels;

/**
 * Debian's headless Chromium driven through its chromedriver (never a downloaded browser). On a
 * developer machine without them the browser tests are skipped; in CI they must run.
 */
public final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  // the sign-in fields by model, not by placeholder: the placeholders are translated
  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final String baseUrl;
  private final String language;
  // what was typed into each field ("Field_X", or "Field_X_<row>" in a list's row), to mend a lost one
  private final Map<String, String> typed = new java.util.HashMap<>();

  /** A browser whose user reads English. */
  public Browser(int port) throws Exception {
    this(port, "en");
  }

  /**
   * A browser whose user asks for {@code language} first (a language code like {@code hi}), the
   * way a browser set to that language asks every site, with English after it.
   */
  public Browser(int port, String language) throws Exception {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
    }
    assumeTrue(installed, "Chromium and chromedriver are not installed; browser tests skipped");
    Path profile = Files.createTempDirectory("sahakar-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1100",
        "--user-data-dir=" + profile, "--lang=" + language);
    // navigator.languages, which the Camunda webapps read, comes from this preference, not --lang
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.equals("en") ? "en" : language + ",en"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.baseUrl = "http://localhost:" + port;
    this.language = language;
  }

  /** Opens Tasklist's sign-in page; answers its user name field. */
  WebElement openTasklistSignIn() {
    driver.get(baseUrl + "/camunda/app/tasklist/default/");
    // the first page a fresh app serves loads Tasklist's scripts cold: on a busy machine, slowly
    return new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
  }

  /** Signs in to Tasklist and waits for its navigation, in the browser's language. */
  public void signInToTasklist(String user, String password) {
    openTasklistSignIn().sendKeys(user);
    driver.findElement(PASSWORD).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    visible(By.linkText(WebappLabels.tasklist(language, "START_PROCESS")));
  }

  /** Signs in on Cockpit's login page and waits for the dashboard. */
  public void signInToCockpit(String user, String password) {
    driver.get(baseUrl + "/camunda/app/cockpit/default/");
    visible(USERNAME).sendKeys(user);
    driver.findElement(PASSWORD).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Cockpit's bottleneck dashboard with one district picked, as the ministry does, its tables loaded. */
  public void openBottlenecks(String stateCode, String districtCode) {
    open("/camunda/app/cockpit/default/#/bottlenecks");
    bottlenecksLoaded();
    new Select(driver.findElement(By.cssSelector("#sahakar-insight select[name='state']"))).selectByValue(stateCode);
    new Select(clickable(By.cssSelector("#sahakar-insight select[name='district']"))).selectByValue(districtCode);
    bottlenecksLoaded();
  }

  private void bottlenecksLoaded() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
  }

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /**
   * Clicks a form's button once the form accepts what was typed. form-js can lose the text of a
   * list row's field while its input still shows it (a row added as the one before it was being
   * typed: seen about one run in three): the form then marks that field "Please fill this in" and
   * keeps the button disabled, so a person types it again. So does this, from what it typed there;
   * an error it did not cause (a field never typed into) fails the wait as before.
   */
  public void clickWhenAccepted(By button) {
    for (int mended = 0; mended < 2; mended++) {
      try {
        inView(new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(button))).click();
        return;
      } catch (org.openqa.selenium.TimeoutException refused) {
        for (WebElement input : driver.findElements(By.cssSelector(".fjs-has-errors input"))) {
          String id = input.getDomAttribute("id");
          String field = id == null || !id.contains("Field_") ? null : id.substring(id.indexOf("Field_"));
          String text = field == null ? null : typed.get(field);
          if (text != null) {
            inView(input).click();
            input.clear();
            input.sendKeys(text, Keys.TAB);
          }
        }
      }
    }
    inView(clickable(button)).click();
  }

  /**
   * Opens a process's start form from Tasklist's "Start process" dialog, by the name the reader
   * sees. The dialog lists the processes as Angular renders them and the Hindi names are written in
   * afterwards, so a click can land on a list being redrawn and open nothing: the name is clicked
   * again until the start form shows.
   */
  public void openStartForm(String processName) {
    clickable(By.linkText(WebappLabels.tasklist(language, "START_PROCESS"))).click();
    By process = By.linkText(processName);
    By form = By.cssSelector(".fjs-form");
    clickable(process);
    try {
      wait.until(page -> {
        if (!page.findElements(form).isEmpty()) {
          return true;
        }
        try {
          page.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException redrawn) {
          // the next round finds the redrawn link
        }
        return false;
      });
    } catch (org.openqa.selenium.TimeoutException notOpened) {
      try {
        screenshot("start-form-not-opened");
      } catch (java.io.IOException ignored) {
        // the timeout says what failed; the picture only helps
      }
      throw notOpened;
    }
  }

  /** A form-js field by the id the form file gives it (form-js prefixes ids per rendering). */
  public WebElement field(String fieldId) {
    return visible(By.cssSelector("[id$='" + fieldId + "']"));
  }

  /** Types into a form-js field until it holds the text: form-js re-renders may swallow keys. */
  public void type(String fieldId, String text) {
    typed.put(fieldId, text);
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = field(fieldId);
      input.click();
      input.clear();
      input.sendKeys(text);
      if (text.equals(field(fieldId).getDomProperty("value"))) {
        return;
      }
    }
    throw new IllegalStateException(fieldId + " does not keep the text typed into it");
  }

  /**
   * Fills form-js text fields, then checks them all again: a later field's re-render can reset
   * an earlier one, so any field that lost its text is typed once more.
   */
  public void fill(java.util.Map<String, String> fields) {
    fields.forEach(this::type);
    fields.forEach((id, text) -> {
      if (!text.equals(field(id).getDomProperty("value"))) {
        type(id, text);
      }
    });
  }

  /**
   * Fills Tasklist's M-PACS start form, the promoter's own State already chosen, for a society in
   * Udaipur (Girwa block) of fifteen promoters, a row each, with household ids {@code <prefix>-1…15}, its
   * DCCB account and credit balance certificate numbered by {@code serial}; leaves the last field,
   * so that the form checks it, and the starting to the caller.
   */
  public void fillMpacsApplication(String society, String panchayat, String prefix, int serial, String email,
      String mobile) {
    choose("Field_DistrictCode", "Udaipur");
    choose("Field_Block", "Girwa — Udaipur");
    field("Field_ModelByeLawsAdopted").click();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("Field_SocietyName", society);
    fields.put("Field_GramPanchayat", panchayat);
    fields.put("Field_AreaOfOperation", "Kheda and Bhuwana villages");
    fields.put("Field_ShareCapitalSubscribed", "150000");
    fields.put("Field_ShareCapitalPaid", "150000");
    fields.put("Field_DccbAccountNumber", "UDR-" + serial);
    fields.put("Field_CreditBalanceCertificateNumber", "CBC/2026/" + serial);
    fields.put("Field_ChiefPromoterEmail", email);
    fields.put("Field_ChiefPromoterMobile", mobile);
    fill(fields);
    fillPromoters(0, java.util.stream.IntStream.rangeClosed(1, 15)
        .mapToObj(i -> java.util.List.of("Promoter " + i, prefix + "-" + i, "Kheda", "10")).toList());
    field("Field_ChiefPromoterMobile").sendKeys(org.openqa.selenium.Keys.TAB);
  }

  private static final String[] PROMOTER_FIELDS = {"Field_PromoterName", "Field_PromoterHousehold", "Field_PromoterVillage",
      "Field_PromoterShares"};

  /**
   * Fills the form's promoter rows from {@code firstRow} (counted from 0) on, one row a promoter
   * (name, household id, village, shares), adding rows with the list's own button as a person does;
   * then reads those rows again and types once more what a re-render dropped.
   */
  public void fillPromoters(int firstRow, java.util.List<java.util.List<String>> promoters) {
    for (int i = 0; i < promoters.size(); i++) {
      int row = firstRow + i;
      while (promoterRows().size() <= row) {
        int rows = promoterRows().size();
        inView(clickable(By.cssSelector(".fjs-repeat-render-add"))).click();
        wait.until(page -> promoterRows().size() > rows);
      }
      for (int column = 0; column < PROMOTER_FIELDS.length; column++) {
        typeInRow(row, PROMOTER_FIELDS[column], promoters.get(i).get(column));
      }
    }
    for (int i = 0; i < promoters.size(); i++) {
      for (int column = 0; column < PROMOTER_FIELDS.length; column++) {
        if (!promoters.get(i).get(column).equals(inRow(firstRow + i, PROMOTER_FIELDS[column]).getDomProperty("value"))) {
          typeInRow(firstRow + i, PROMOTER_FIELDS[column], promoters.get(i).get(column));
        }
      }
    }
  }

  /** The promoter rows the form shows. */
  public java.util.List<WebElement> promoterRows() {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  /** A field of the promoter row, counted from 0. */
  public WebElement inRow(int row, String fieldId) {
    return promoterRows().get(row).findElement(By.cssSelector("input[id*='" + fieldId + "']"));
  }

  /** Types into a field of the promoter row (counted from 0) until it holds the text. */
  public void typeInRow(int row, String fieldId, String text) {
    typed.put(fieldId + "_" + row, text);
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = inView(inRow(row, fieldId));
      input.click();
      input.clear();
      input.sendKeys(text);
      if (text.equals(inRow(row, fieldId).getDomProperty("value"))) {
        return;
      }
    }
    throw new IllegalStateException("promoter row " + (row + 1) + " does not keep " + fieldId);
  }

  /** Picks an option of a select; a searchable one (a long list: every district) is typed into first. */
  public void choose(String fieldId, String optionText) {
    // form-js gives a searchable select's input the field's own id, a plain one a "-display" box
    WebElement select = clickable(By.cssSelector("input[id$='" + fieldId + "'], [id$='" + fieldId + "-display']"));
    select.click();
    if (select.getTagName().equals("input")) {
      select.sendKeys(optionText);
    }
    clickable(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and contains(., \"" + optionText + "\")]")).click();
  }

  /** The texts of the open select's options. */
  public java.util.List<String> options() {
    visible(By.cssSelector("div.fjs-dropdownlist-item"));
    return driver.findElements(By.cssSelector("div.fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
  }

  /**
   * Clicks a link whose answer is an attachment and returns the file as Chromium saved it: headless
   * Chromium keeps no download unless told where to put it.
   */
  public byte[] download(By link) throws java.io.IOException {
    Path folder = Files.createTempDirectory("sahakar-download");
    ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", folder.toString()));
    clickable(link).click();
    // Chromium writes to a .crdownload file and renames it when the whole answer is in
    Path saved = wait.until(browser -> {
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        return files.filter(file -> !file.toString().endsWith(".crdownload")).findFirst().orElse(null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return Files.readAllBytes(saved);
  }

  /** Scrolls the element to the middle of the page: a long form keeps its buttons under Tasklist's footer. */
  public WebElement inView(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        element);
    return element;
  }

  /**
   * Types the texts into form-js fields, leaving each, and watches the form for two seconds: a
   * re-render of the form (after a date picker's or a checkbox's change) can drop a text typed just
   * before it, and the form then refuses to complete, so a dropped text is typed again.
   */
  public void keep(Map<String, String> texts) {
    for (int attempt = 0; attempt < 3; attempt++) {
      texts.forEach((fieldId, text) -> {
        if (!text.equals(field(fieldId).getDomProperty("value"))) {
          type(fieldId, text);
          field(fieldId).sendKeys(org.openqa.selenium.Keys.TAB);
        }
      });
      try {
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(page -> texts.entrySet().stream()
            .anyMatch(t -> !t.getValue().equals(field(t.getKey()).getDomProperty("value"))));
      } catch (org.openqa.selenium.TimeoutException kept) {
        return;
      }
    }
    throw new IllegalStateException("the form does not keep " + texts.keySet());
  }

  /** Opens a task in Tasklist by its id, claims it (the button in the browser's language) and waits for its form. */
  public void openAndClaim(String taskId) {
    open("/camunda/app/tasklist/default/#/?task=" + taskId);
    WebElement claim = clickable(By.cssSelector("button.claim"));
    if (!claim.getText().equals(WebappLabels.tasklist(language, "CLAIM_TASK"))) {
      throw new IllegalStateException("the claim button reads " + claim.getText());
    }
    claim.click();
    visible(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form"));
  }

  /**
   * Completes the open task's form and waits until {@code done} holds; if it does not, what the
   * form showed (its errors) is kept as {@code target/screenshots/<name>-not-completed.png}.
   */
  public void complete(java.util.function.BooleanSupplier done, String name) throws java.io.IOException {
    By complete = By.cssSelector("button[ng-click='complete()']");
    String label = visible(complete).getText();
    if (!label.equals(WebappLabels.tasklist(language, "COMPLETE"))) {
      throw new IllegalStateException("the complete button reads " + label);
    }
    clickWhenAccepted(complete);
    try {
      wait.until(page -> done.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException notCompleted) {
      screenshot(name + "-not-completed");
      throw notCompleted;
    }
  }

  /** A form-js date field's input. */
  public WebElement dateInput(String fieldId) {
    return visible(By.cssSelector(".fjs-form input[id*='" + fieldId + "']"));
  }

  /** Types a date as a person does and leaves the field, which is when the date picker reads it. */
  public void enterDate(String fieldId, String dayFirst) {
    WebElement input = dateInput(fieldId);
    input.click();
    input.sendKeys(dayFirst);
    input.sendKeys(Keys.TAB);
    wait.until(page -> dayFirst.equals(dateInput(fieldId).getDomProperty("value")));
  }

  /** Clicks the label of a form-js checkbox, radio option or checklist item that contains the text. */
  public void tick(String labelText) {
    By label = By.xpath("//*[contains(@class,'fjs-form')]//label[contains(., \"" + labelText + "\")]");
    // the form can still be laying out its texts (a long note-sheet) when the label is scrolled to:
    // a click that lands on something else is tried again from a fresh scroll
    try {
      wait.until(page -> {
        try {
          inView(clickable(label)).click();
          return true;
        } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.StaleElementReferenceException moved) {
          return false;
        }
      });
    } catch (org.openqa.selenium.TimeoutException covered) {
      try {
        screenshot("tick-covered");
      } catch (java.io.IOException ignored) {
        // the timeout says what failed; the picture only helps
      }
      throw covered;
    }
  }

  /** Writes what the browser shows to {@code target/screenshots/<name>.png} for a reviewer. */
  public void screenshot(String name) throws java.io.IOException {
    Path out = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
