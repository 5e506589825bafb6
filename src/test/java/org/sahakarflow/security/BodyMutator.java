package org.sahakarflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bodies mutated from a valid one, reproducibly from a seed: stray and expression keys at any
 * depth, wrong types, huge strings, control and text-direction characters, markup, numbers no
 * double holds, deep nesting, repeated keys (in the raw text), missing fields, nulls, engine
 * variable types a form never sends, and now and then text that is not JSON at all.
 */
final class BodyMutator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // marks a key to be written a second time; no generated text contains this private-use char
  private static final String REPEAT = "\uE000";
  private static final String[] KEYS = {"applicantId", "registeredBy", "stateCode", "districtCode",
      "businessKey", "startInstructions", "skipCustomListeners", "withVariablesInReturn", "variables",
      "value", "type", "valueInfo", "__proto__", "constructor", "", " ", "a.b", "ключ", "नाम", "\u202Ekey"};
  private static final String[] MARKUP = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "${''.getClass().forName('java.lang.Runtime')}", "#{execution.setVariable('x',1)}",
      "'; drop table society; --", "../../../../etc/passwd", "{{constructor.constructor('x')()}}",
      "=cmd|' /C calc'!A0", "\\u0000", "%00%0d%0a"};
  private static final String[] ODD_CHARS = {"\u0000", "\u0007", "\u001B", "\u007F", "\u202E", "\u202D",
      "\u2066", "\u200F", "\u200B", "\uFEFF", "\uD83D\uDE00", "\r\n", "\t"};
  private static final String[] NUMBERS = {"1e400", "-1e400", "-0", "1e-400", "9223372036854775808",
      "-9223372036854775809", "1.7976931348623157e309", "0.1e1", "123456789012345678901234567890", "-1"};
  private static final String[] ENGINE_TYPES = {"Object", "Json", "Xml", "Bytes", "File", "Date", "Null",
      "Integer", "Short", "Double", "Boolean", "String", "Serializable", "java.lang.Runtime", ""};
  private static final String[] NOT_JSON = {"", "null", "[]", "\"text\"", "{", "}", "{\"a\":}", "[{]",
      "{\"variables\":", "<xml/>", "\u0000", "{'single':'quotes'}", "{\"a\":1,}", "NaN"};

  private final Random random;

  BodyMutator(long seed) {
    this.random = new Random(seed);
  }

  /** One mutated body: one to three mutations, and rarely a body broken as text. */
  String mutate(String valid) {
    JsonNode root = read(valid);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutateOnce(root);
    }
    String text = write(root);
    return random.nextInt(25) == 0 ? breakText(text) : text;
  }

  private void mutateOnce(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode at = containers.get(random.nextInt(containers.size()));
    switch (random.nextInt(12)) {
      case 0 -> put(at, pick(KEYS) + (random.nextBoolean() ? "" : word()), anyValue(2));
      case 1 -> put(at, word() + pick("Expression", "expression", "EXPRESSION"), text(pick(MARKUP)));
      case 2 -> replace(at, anyValue(2));
      case 3 -> replace(at, text("x".repeat(random.nextInt(4) == 0 ? 300_000 : 5_000 + random.nextInt(20_000))));
      case 4 -> replace(at, text(word() + pick(ODD_CHARS) + word()));
      case 5 -> replace(at, text(word() + " " + pick(MARKUP)));
      case 6 -> replace(at, random.nextBoolean() ? NODES.rawValueNode(new RawValue(pick(NUMBERS)))
          : text(pick("NaN", "Infinity", "-Infinity", "1e400", "-0", "0x1F")));
      case 7 -> replace(at, nested(anyValue(1), random.nextInt(10) == 0 ? 1_200 : 2 + random.nextInt(40)));
      case 8 -> repeatKey(at);
      case 9 -> removeKey(at);
      case 10 -> replace(at, NODES.nullNode());
      default -> engineType(at);
    }
  }

  private void put(JsonNode container, String key, JsonNode value) {
    if (container instanceof ObjectNode object) {
      object.set(key, value);
    } else {
      ((ArrayNode) container).add(value);
    }
  }

  /** Replaces one value of the container (or adds one to an empty container). */
  private void replace(JsonNode container, JsonNode value) {
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      object.set(keys.get(random.nextInt(keys.size())), value);
    } else if (container instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), value);
    } else {
      put(container, word(), value);
    }
  }

  private void repeatKey(JsonNode container) {
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      object.set(REPEAT + key, random.nextBoolean() ? object.get(key).deepCopy() : anyValue(1));
    }
  }

  private void removeKey(JsonNode container) {
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      object.remove(keys.get(random.nextInt(keys.size())));
    } else if (container instanceof ArrayNode array && array.size() > 0) {
      array.remove(random.nextInt(array.size()));
    }
  }

  /** An engine variable typed as no form sends it: a Java object, XML, bytes, a class name. */
  private void engineType(JsonNode container) {
    ObjectNode variable = container instanceof ObjectNode object && object.has("type") ? object : NODES.objectNode();
    variable.put("type", pick(ENGINE_TYPES));
    if (random.nextBoolean()) {
      variable.set("valueInfo", NODES.objectNode().put("objectTypeName", pick("java.lang.Runtime",
          "java.util.HashMap", "org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity"))
          .put("serializationDataFormat", pick("application/x-java-serialized-object", "application/json")));
    }
    if (variable != container) {
      put(container, word(), variable.put("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA=="));
    }
  }

  private JsonNode anyValue(int depth) {
    return switch (random.nextInt(depth > 0 ? 9 : 7)) {
      case 0 -> text(word());
      case 1 -> NODES.numberNode(random.nextInt());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.nullNode();
      case 6 -> random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode();
      case 7 -> NODES.objectNode().put("type", pick(ENGINE_TYPES)).set("value", anyValue(depth - 1));
      default -> NODES.arrayNode().add(anyValue(depth - 1)).add(anyValue(depth - 1));
    };
  }

  private static JsonNode nested(JsonNode inner, int depth) {
    if (depth > 500) {
      // deeper than any JSON writer goes: written as text, for the server's parser to refuse
      return NODES.rawValueNode(new RawValue("[".repeat(depth) + write(inner) + "]".repeat(depth)));
    }
    JsonNode node = inner;
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("value", node);
    }
    return node;
  }

  private String breakText(String text) {
    return switch (random.nextInt(3)) {
      case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length())));
      case 1 -> text + pick("}", "]", ",", "garbage", "{}");
      default -> pick(NOT_JSON);
    };
  }

  private String word() {
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      word.append(random.nextInt(5) == 0 ? (char) (0x0900 + random.nextInt(0x7F)) : (char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonNode root) {
    try {
      return JSON.writeValueAsString(root).replace(REPEAT, "");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
