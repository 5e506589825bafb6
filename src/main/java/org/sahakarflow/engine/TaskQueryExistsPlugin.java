package org.sahakarflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Has the engine decide which tasks a user may see with {@code EXISTS} probes on
 * ACT_RU_AUTHORIZATION instead of joining the user's grants into the task list and the task count.
 *
 * <p>Camunda 7.24 joins every grant of the user and their groups that carries READ on tasks or
 * READ_TASK on process definitions to every task, on {@code RESOURCE_ID_ IN (task id, process
 * definition key, '*')}, and then counts distinct task ids. The engine writes a grant per task for
 * its candidate group, so an officer's grants grow with the open work (and each case adds about 18
 * grants on its instance to the table): PostgreSQL runs the join as a nested loop that compares
 * every task with every grant (56 million rows thrown away to count 7,500 tasks, 5.7 s; issue
 * #18). Asked as "does a matching grant exist", each task costs one probe (PostgreSQL hashes the
 * user's grants once, or looks the id up in the index on RESOURCE_ID_) and nothing multiplies:
 * 22 ms for the same count (docs/benchmarks.md, "Task list"). The CIB
 * seven and Operaton forks made the same change in the engine (cibseven/cibseven#151,
 * operaton/operaton#3152); Camunda 7 CE takes no more patches, so the app does it here.
 *
 * <p>Who sees what does not change: the probes match exactly the rows the join matched (same
 * grant types, grantees, resource types, permissions and resource ids); a case task is still
 * visible without a grant; when the engine checks revokes it joins nothing and its own per-task
 * check runs as before. The rest of the two statements (filters, or-queries, variables, sorting,
 * paging, the tenant check) is the engine's own text, read from its {@code Task.xml} at start-up,
 * so they stay what the engine version on the class path says; only their DISTINCT is asked where
 * a join can still repeat a task. Only the two statements the task
 * query runs are redirected, through the engine's own per-database statement mapping; everything
 * else that reads tasks or authorizations keeps the engine's statements. For a user who reads only
 * the tasks granted to them, the check starts from those grants instead ({@link TaskReaders}). If the engine's
 * {@code Task.xml} no longer has the shape this relies on, the engine does not start.
 */
@Component
class TaskQueryExistsPlugin extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "org.sahakarflow.engine.TaskQueryExists";
  /** The engine's statement ids the task query runs, which this plugin redirects. */
  static final List<String> STATEMENTS = List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");
  /**
   * Appended to the ids of this mapper's copies: MyBatis finds a statement by its short id only
   * while no other namespace has one of that name, and the engine's must stay found by theirs.
   */
  static final String SUFFIX = "WithExists";

  private static final String OWN_MAPPER = "org/sahakarflow/engine/TaskQueryExists.xml";
  private static final String ENGINE_MAPPER = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final String ENGINE_TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
  private static final String ENGINE_AUTHORIZATION = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.";
  private static final String QUERY_SQL = "selectTaskByQueryCriteriaSql";
  /** The parts of the engine's Task.xml that the two statements consist of. */
  private static final Set<String> TAKEN = Set.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria",
      "columnSelection", QUERY_SQL);

  private final Set<String> groupsWithoutTasks;

  TaskQueryExistsPlugin(@Value("${sahakar.engine.groups-without-tasks:}") Set<String> groupsWithoutTasks) {
    this.groupsWithoutTasks = Set.copyOf(groupsWithoutTasks);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // a SQL session factory shared between engines is patched once
    synchronized (mybatis) {
      if (!mybatis.getMappedStatementNames().contains(NAMESPACE + "." + STATEMENTS.get(0) + SUFFIX)) {
        String mapper = taskStatements();
        new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis,
            OWN_MAPPER, mybatis.getSqlFragments()).parse();
        mybatis.addInterceptor(new TaskQueryPlans(STATEMENTS.stream().map(s -> NAMESPACE + "." + s + SUFFIX)
            .collect(java.util.stream.Collectors.toSet()), groupsWithoutTasks));
      }
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    // a copy: the engine's mapping is one map per database type, shared by every engine in the JVM
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    for (String statement : STATEMENTS) {
      mappings.put(statement, NAMESPACE + "." + statement + SUFFIX);
    }
    sessions.setStatementMappings(mappings);
  }

  /** This app's mapper with the engine's two task statements added, rewritten, as MyBatis XML. */
  private static String taskStatements() {
    try {
      Document own = parse(OWN_MAPPER, TaskQueryExistsPlugin.class.getClassLoader());
      Document engine = parse(ENGINE_MAPPER, ProcessEngineConfigurationImpl.class.getClassLoader());
      Element mapper = own.getDocumentElement();
      int taken = 0;
      for (Element part : children(engine.getDocumentElement())) {
        if (TAKEN.contains(part.getAttribute("id"))) {
          Element copy = (Element) own.importNode(part, true);
          if (QUERY_SQL.equals(copy.getAttribute("id"))) {
            withoutAuthorizationJoin(copy);
            identityLinksAsExists(copy);
          }
          if (STATEMENTS.contains(copy.getAttribute("id"))) {
            distinctOnlyWhereRowsRepeat(copy);
            copy.setAttribute("id", copy.getAttribute("id") + SUFFIX);
          }
          if (copy.hasAttribute("resultMap")) {
            copy.setAttribute("resultMap", ENGINE_TASK + copy.getAttribute("resultMap"));
          }
          mapper.appendChild(copy);
          taken++;
        }
      }
      if (taken != TAKEN.size()) {
        throw unexpected("found " + taken + " of " + TAKEN);
      }
      for (Element include : descendants(mapper, "include")) {
        String refid = include.getAttribute("refid");
        if (!refid.contains(".") && !TAKEN.contains(refid) && !ownFragment(mapper, refid)) {
          throw unexpected("the statements include " + refid + ", which is not taken along");
        }
      }
      return text(own);
    } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
        | javax.xml.transform.TransformerException e) {
      throw new IllegalStateException("cannot read the engine's task statements", e);
    }
  }

  /**
   * Takes the join on ACT_RU_AUTHORIZATION out of the FROM clause and has the WHERE clause ask
   * this mapper's {@code authorizationCheck} instead of the engine's contextual check, which
   * reads the joined rows.
   */
  private static void withoutAuthorizationJoin(Element sql) {
    List<Element> joins = includes(sql, ENGINE_AUTHORIZATION + "authCheckJoinWithoutOnClause");
    List<Element> checks = includes(sql, ENGINE_AUTHORIZATION + "contextualAuthorizationCheck");
    if (joins.size() != 1 || checks.size() != 1) {
      throw unexpected(joins.size() + " authorization joins and " + checks.size() + " contextual checks");
    }
    // the join is the include and its ON clause, alone in their <if>
    Node join = joins.get(0).getParentNode();
    if (!"if".equals(join.getNodeName()) || !join.getTextContent().contains("AUTH ON")) {
      throw unexpected("the authorization join is not alone in its <if>");
    }
    join.getParentNode().removeChild(join);
    checks.get(0).setAttribute("refid", "authorizationCheck");
    if (sql.getTextContent().contains("AUTH.") || sql.getTextContent().contains("AUTH ON")) {
      throw unexpected("the task query still reads the joined authorizations");
    }
  }

  /**
   * Asks a query's one condition on identity links (candidate user or group, involved user) as
   * "one of the task's links matches" instead of joining every link of every task, where
   * {@link TaskReaders#asksLinksWithExists} says so; otherwise the engine's join stays. Joined, a
   * task offered to a group and to two users came three times and the list had to be made DISTINCT,
   * which on PostgreSQL sorts every task of the group before the first 15 can be shown (a district
   * officer's 7,500 tasks, issue #18). The conditions inside the probe are the engine's own text.
   */
  private static void identityLinksAsExists(Element sql) {
    String exists = "@" + TaskReaders.class.getName() + "@asksLinksWithExists(_parameter)";
    String probe = "exists (select 1 from ${prefix}ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_";
    List<Element> joins = descendants(sql, "if").stream()
        .filter(e -> e.getTextContent().contains("left join ${prefix}ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"))
        .toList();
    if (joins.size() != 1 || !"I_JOIN".equals(joins.get(0).getAttribute("test"))) {
      throw unexpected(joins.size() + " joins of identity links under <if test=\"I_JOIN\">");
    }
    joins.get(0).setAttribute("test", "I_JOIN and !" + exists);

    // the candidate condition: what follows its "and I.TYPE_ = 'candidate'" in the <trim> is the probe's
    List<Element> candidates = descendants(sql, "trim").stream()
        .filter(trim -> textChild(trim, "and I.TYPE_ = 'candidate'") != null).toList();
    if (candidates.size() != 1) {
      throw unexpected(candidates.size() + " candidate conditions on the joined identity links");
    }
    Element trim = candidates.get(0);
    Node type = textChild(trim, "and I.TYPE_ = 'candidate'");
    Node opening = split(type, type.getTextContent().indexOf("and I.TYPE_ = 'candidate'"));
    trim.insertBefore(onlyIf(trim.getOwnerDocument(), exists, " and " + probe + " "), opening);
    trim.appendChild(onlyIf(trim.getOwnerDocument(), exists, ")"));

    // the involved user: a link of theirs, or the task assigned to or owned by them
    String involved = "I.USER_ID_ = #{query.involvedUser}";
    List<Element> involvedUsers = descendants(sql, "if").stream()
        .filter(e -> textChild(e, involved) != null).toList();
    if (involvedUsers.size() != 1) {
      throw unexpected(involvedUsers.size() + " conditions on an involved user's joined links");
    }
    Element choose = replaceText(textChild(involvedUsers.get(0), involved), involved,
        exists, probe + " and " + involved + ")", involved);

    // any other reading of the alias would name a table that the probe form no longer joins
    java.util.regex.Pattern alias = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])I\\.");
    for (Node node : texts(sql)) {
      if (alias.matcher(node.getTextContent()).find() && !isWithin(node, trim) && !isWithin(node, choose)
          && !isWithin(node, joins.get(0)) && !isWithin(node, "where")) {
        throw unexpected("the identity links are read outside the conditions asked by probe: " + node.getTextContent().trim());
      }
    }
  }

  /**
   * Replaces {@code marker} in a text node with a {@code <choose>} that writes {@code whenText} if
   * {@code test} holds and {@code otherwiseText} if not; answers the {@code <choose>}.
   */
  private static Element replaceText(Node text, String marker, String test, String whenText, String otherwiseText) {
    Node found = split(text, text.getTextContent().indexOf(marker));
    split(found, marker.length());
    Document document = text.getOwnerDocument();
    Element choose = document.createElement("choose");
    Element when = document.createElement("when");
    when.setAttribute("test", test);
    when.setTextContent(" " + whenText + " ");
    Element otherwise = document.createElement("otherwise");
    otherwise.setTextContent(" " + otherwiseText + " ");
    choose.appendChild(when);
    choose.appendChild(otherwise);
    found.getParentNode().replaceChild(choose, found);
    return choose;
  }

  /** An {@code <if>} that writes {@code text} when {@code test} holds. */
  private static Element onlyIf(Document document, String test, String text) {
    Element element = document.createElement("if");
    element.setAttribute("test", test);
    element.setTextContent(text);
    return element;
  }

  /** The direct text child of {@code parent} that contains {@code marker}, or null. */
  private static Node textChild(Element parent, String marker) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().contains(marker)) {
        return node;
      }
    }
    return null;
  }

  /** Splits a text node at {@code at}; answers the second part, now the node after it. */
  private static Node split(Node text, int at) {
    return ((org.w3c.dom.Text) text).splitText(at);
  }

  /** Whether an element named {@code name} holds the node (the engine's own subqueries use {@code <where>}). */
  private static boolean isWithin(Node node, String name) {
    for (Node up = node.getParentNode(); up != null; up = up.getParentNode()) {
      if (name.equals(up.getNodeName())) {
        return true;
      }
    }
    return false;
  }

  private static List<Node> texts(Node root) {
    List<Node> texts = new ArrayList<>();
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.TEXT_NODE) {
        texts.add(node);
      } else {
        texts.addAll(texts(node));
      }
    }
    return texts;
  }

  private static boolean isWithin(Node node, Node ancestor) {
    for (Node up = node; up != null; up = up.getParentNode()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the statements' DISTINCT only for a query that joins rows which can repeat a task: its
   * identity links (a candidate user, group or involved user) or the relation a sort reaches
   * (a variable). The engine asks DISTINCT of every task query because its authorization join
   * repeats a task for each matching grant; that join is gone here, and the other joins are on
   * the joined table's primary key. On PostgreSQL 15 a DISTINCT list cannot stop at the first 15
   * of the due-date index: it sorted every open task the user may see on all its columns (the
   * ministry's first 15, 191 ms at 100,000 open tasks; 0.5 ms without).
   */
  private static void distinctOnlyWhereRowsRepeat(Element statement) {
    boolean list = STATEMENTS.get(0).equals(statement.getAttribute("id"));
    Map<String, String> distinct = list
        ? Map.of("${distinct}", "")
        : Map.of("${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}", "select count(RES.ID_)",
            "${countDistinctAfterEnd}", "");
    int found = 0;
    for (Node node = statement.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() != Node.TEXT_NODE) {
        continue;
      }
      for (Map.Entry<String, String> part : distinct.entrySet()) {
        String text = node.getTextContent();
        int at = text.indexOf(part.getKey());
        if (at < 0) {
          continue;
        }
        node = replaceText(node, part.getKey(), "@" + TaskReaders.class.getName() + "@mayRepeatTasks(_parameter)",
            part.getKey(), part.getValue());
        found++;
        break;
      }
    }
    if (found != distinct.size()) {
      throw unexpected(statement.getAttribute("id") + " has " + found + " of " + distinct.keySet());
    }
  }

  private static boolean ownFragment(Element mapper, String id) {
    return children(mapper).stream().anyMatch(e -> "sql".equals(e.getNodeName()) && id.equals(e.getAttribute("id")));
  }

  private static List<Element> includes(Element root, String refid) {
    return descendants(root, "include").stream().filter(e -> refid.equals(e.getAttribute("refid"))).toList();
  }

  private static List<Element> descendants(Element root, String name) {
    NodeList nodes = root.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException("The engine's " + ENGINE_MAPPER + " is not shaped as "
        + TaskQueryExistsPlugin.class.getSimpleName() + " expects (" + what + "); review the plugin"
        + " against this engine version before starting it");
  }

  private static Document parse(String resource, ClassLoader loader) throws IOException,
      javax.xml.parsers.ParserConfigurationException, org.xml.sax.SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    // the DTD is MyBatis's to check when it reads the result; it is not fetched here
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      return builder.parse(in);
    }
  }

  private static String text(Document document) throws javax.xml.transform.TransformerException {
    Transformer transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, "-//mybatis.org//DTD Mapper 3.0//EN");
    transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "http://mybatis.org/dtd/mybatis-3-mapper.dtd");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(out));
    return out.toString();
  }
}
