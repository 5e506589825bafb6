package org.sahakarflow.sla;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.sahakarflow.system.ModelDeployer;
import org.sahakarflow.system.ModelRewriter;
import org.sahakarflow.system.ReferenceDataset;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The per-State rules (promoters, statutory limits, windows, step SLAs, quorum, borrowing multiple)
 * are the decision tables in {@code bpmn/}; an administrator replaces one by uploading the edited
 * file under its name ({@code sla-policy.dmn}). The code reads the tables' columns, so an upload
 * keeps the shipped table's decisions, inputs and outputs; its cells keep the shipped column's kind
 * (a number stays a number, a period such as {@code P2M} a period, a word such as {@code DEEMED}
 * one of the words the column already uses); and every question the shipped table answers, for
 * every State it names and for the States it does not, the upload answers too. Taken, the table is
 * deployed with the models again: new cases decide by it, running cases keep theirs.
 */
@Component
class RuleUploads implements ReferenceDataset, ModelRewriter {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WORD = Pattern.compile("[A-Z][A-Z_-]*");
  private static final int MOST_PROBLEMS = 20;

  private final Places places;
  private final ModelDeployer models;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** The tables in force, by file name: the shipped ones unless uploaded. */
  private final Map<String, String> uploaded = new ConcurrentHashMap<>();

  RuleUploads(Places places, @Lazy ModelDeployer models, ReferenceUploadLog log) {
    this.places = places;
    this.models = models;
    for (String name : names()) {
      List<String> contents = log.contents(name);
      if (!contents.isEmpty()) {
        uploaded.put(name, contents.get(contents.size() - 1));
      }
    }
  }

  @Override
  public List<String> names() {
    return List.of("registration-eligibility.dmn", "sla-policy.dmn", "appeal-window.dmn", "bye-law-rules.dmn",
        "credit-rules.dmn");
  }

  @Override
  public String rewrite(String name, String content) {
    return name.startsWith("bpmn/") ? uploaded.getOrDefault(name.substring("bpmn/".length()), content) : content;
  }

  @Override
  public Checked check(String name, String content) {
    String shippedText = shipped(name);
    DmnModelInstance shippedModel = Dmn.readModelFromStream(stream(shippedText));
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(stream(content));
    } catch (RuntimeException e) {
      throw new InvalidInputException("file", "not a DMN file: " + rootMessage(e));
    }
    List<FieldProblem> problems = new ArrayList<>();
    int rules = 0;
    for (Decision wanted : shippedModel.getModelElementsByType(Decision.class)) {
      Decision decision = model.getModelElementById(wanted.getId());
      if (decision == null || decision.getExpression() == null
          || !(decision.getExpression() instanceof DecisionTable table)) {
        problems.add(new FieldProblem("decision " + wanted.getId(), "the file must keep this decision table"));
        continue;
      }
      DecisionTable shippedTable = (DecisionTable) wanted.getExpression();
      if (sameColumns(wanted.getId(), shippedTable, table, problems)) {
        checkCells(shippedTable, table, problems);
        rules += table.getRules().size();
      }
    }
    refuseIf(problems);
    try {
      answersWhatTheShippedTableAnswers(shippedText, content, problems);
    } catch (RuntimeException e) {
      problems.add(new FieldProblem("file", "cannot be evaluated: " + rootMessage(e)));
    }
    refuseIf(problems);
    return new Checked(rules, name, () -> {
      uploaded.put(name, content);
      models.redeploy("rules uploaded: " + name);
    });
  }

  private static boolean sameColumns(String decision, DecisionTable shipped, DecisionTable table,
      List<FieldProblem> problems) {
    int before = problems.size();
    if (shipped.getHitPolicy() != table.getHitPolicy()) {
      problems.add(new FieldProblem("decision " + decision, "hit policy must stay " + shipped.getHitPolicy()));
    }
    List<String> inputs = shipped.getInputs().stream().map(RuleUploads::expression).toList();
    List<String> given = table.getInputs().stream().map(RuleUploads::expression).toList();
    if (!inputs.equals(given)) {
      problems.add(new FieldProblem("decision " + decision, "inputs must stay " + inputs + ", not " + given));
    }
    List<String> outputs = shipped.getOutputs().stream().map(o -> o.getName() + ":" + o.getTypeRef()).toList();
    List<String> out = table.getOutputs().stream().map(o -> o.getName() + ":" + o.getTypeRef()).toList();
    if (!outputs.equals(out)) {
      problems.add(new FieldProblem("decision " + decision, "outputs must stay " + outputs + ", not " + out));
    }
    return problems.size() == before;
  }

  /** Each cell keeps the kind its column has in the shipped table. */
  private void checkCells(DecisionTable shipped, DecisionTable table, List<FieldProblem> problems) {
    List<Input> inputs = new ArrayList<>(table.getInputs());
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    Map<Integer, Set<String>> words = new HashMap<>();
    Set<Integer> periods = new LinkedHashSet<>();
    Set<Integer> counts = new LinkedHashSet<>();
    for (int column = 0; column < outputs.size(); column++) {
      List<String> cells = new ArrayList<>();
      for (Rule rule : shipped.getRules()) {
        String text = new ArrayList<>(rule.getOutputEntries()).get(column).getTextContent().strip();
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      if (!cells.isEmpty() && cells.stream().allMatch(RuleUploads::isPeriod)) {
        periods.add(column);
      } else if (!cells.isEmpty() && cells.stream().allMatch(c -> WORD.matcher(unquoted(c)).matches())) {
        words.put(column, new TreeSet<>(cells.stream().map(RuleUploads::unquoted).toList()));
      } else if (!cells.isEmpty() && cells.stream().allMatch(c -> NUMBER.matcher(c).matches()
          && Double.parseDouble(c) >= 0)) {
        counts.add(column);
      }
    }
    for (Rule rule : table.getRules()) {
      String where = "rule " + rule.getId();
      List<org.camunda.bpm.model.dmn.instance.InputEntry> entries = new ArrayList<>(rule.getInputEntries());
      for (int column = 0; column < inputs.size() && column < entries.size(); column++) {
        if (CaseVariables.STATE_CODE.equals(expression(inputs.get(column)))) {
          Matcher codes = QUOTED.matcher(entries.get(column).getTextContent());
          while (codes.find()) {
            if (places.state(codes.group(1)).isEmpty()) {
              problems.add(new FieldProblem(where, CaseVariables.STATE_CODE + ": " + codes.group(1)
                  + " is not a State or Union Territory on record"));
            }
          }
        }
      }
      List<org.camunda.bpm.model.dmn.instance.OutputEntry> cells = new ArrayList<>(rule.getOutputEntries());
      for (int column = 0; column < outputs.size() && column < cells.size(); column++) {
        String name = outputs.get(column).getName();
        String text = cells.get(column).getTextContent().strip();
        if (text.isEmpty()) {
          continue;
        }
        if (periods.contains(column) && !isPeriod(text)) {
          problems.add(new FieldProblem(where, name + ": " + text + " is not a period such as \"P2M\" or \"P30D\""));
        } else if (words.containsKey(column) && !words.get(column).contains(unquoted(text))) {
          problems.add(new FieldProblem(where, name + ": " + text + " is not one of " + words.get(column)));
        } else if (counts.contains(column) && !(NUMBER.matcher(text).matches() && Double.parseDouble(text) >= 0)) {
          problems.add(new FieldProblem(where, name + ": " + text + " is not a number of 0 or more"));
        }
      }
    }
  }

  /**
   * Asks both tables, for each shipped rule, the question that rule answers, in each State named
   * anywhere and in one named nowhere (the States a table leaves to its default rows).
   */
  private void answersWhatTheShippedTableAnswers(String shippedText, String content, List<FieldProblem> problems) {
    Map<String, DmnDecision> before = decisions(shippedText);
    Map<String, DmnDecision> after = decisions(content);
    DmnModelInstance shippedModel = Dmn.readModelFromStream(stream(shippedText));
    Set<String> named = new TreeSet<>();
    Matcher quoted = QUOTED.matcher(shippedText + content);
    while (quoted.find()) {
      if (places.state(quoted.group(1)).isPresent()) {
        named.add(quoted.group(1));
      }
    }
    places.states().stream().map(Places.State::code).filter(code -> !named.contains(code)).findFirst()
        .ifPresent(named::add);
    for (Decision decision : shippedModel.getModelElementsByType(Decision.class)) {
      DecisionTable table = (DecisionTable) decision.getExpression();
      List<Input> inputs = new ArrayList<>(table.getInputs());
      for (Rule rule : table.getRules()) {
        Map<String, Object> question = new LinkedHashMap<>();
        List<org.camunda.bpm.model.dmn.instance.InputEntry> entries = new ArrayList<>(rule.getInputEntries());
        for (int column = 0; column < inputs.size(); column++) {
          question.put(expression(inputs.get(column)), example(inputs.get(column), entries.get(column).getTextContent(),
              table, column));
        }
        boolean stateless = !question.containsKey(CaseVariables.STATE_CODE);
        for (String state : stateless ? Set.of("") : named) {
          if (!stateless) {
            question.put(CaseVariables.STATE_CODE, state);
          }
          boolean answered = !dmn.evaluateDecisionTable(before.get(decision.getId()), question).isEmpty();
          if (answered && dmn.evaluateDecisionTable(after.get(decision.getId()), question).isEmpty()
              && problems.size() < MOST_PROBLEMS) {
            problems.add(new FieldProblem("decision " + decision.getId(), "no rule answers " + question
                + ", which the shipped table answers"));
          }
        }
      }
    }
  }

  /** A value the entry accepts: its first quoted text or number, else the first its column names anywhere. */
  private static Object example(Input input, String entry, DecisionTable table, int column) {
    String type = input.getInputExpression().getTypeRef();
    List<String> candidates = new ArrayList<>(List.of(entry));
    table.getRules().forEach(r -> candidates.add(new ArrayList<>(r.getInputEntries()).get(column).getTextContent()));
    for (String text : candidates) {
      if ("boolean".equals(type) && text.strip().matches("true|false")) {
        return Boolean.valueOf(text.strip());
      }
      if ("string".equals(type)) {
        Matcher first = QUOTED.matcher(text);
        if (first.find()) {
          return first.group(1);
        }
      }
      Matcher number = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
      if (!"string".equals(type) && !"boolean".equals(type) && number.find()) {
        return "integer".equals(type) || "long".equals(type) ? (Object) Long.valueOf(number.group().split("\\.")[0])
            : Double.valueOf(number.group());
      }
    }
    return "boolean".equals(type) ? Boolean.FALSE : "string".equals(type) ? "" : (Object) 0;
  }

  private Map<String, DmnDecision> decisions(String content) {
    Map<String, DmnDecision> byKey = new HashMap<>();
    dmn.parseDecisions(stream(content)).forEach(d -> byKey.put(d.getKey(), d));
    return byKey;
  }

  private static String expression(Input input) {
    return input.getInputExpression().getText() == null ? ""
        : input.getInputExpression().getText().getTextContent().strip();
  }

  private static boolean isPeriod(String cell) {
    try {
      Period.parse(unquoted(cell));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String unquoted(String cell) {
    String text = cell.strip();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
        : text;
  }

  private static String shipped(String name) {
    try (InputStream in = new ClassPathResource("bpmn/" + name).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped " + name, e);
    }
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuseIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
