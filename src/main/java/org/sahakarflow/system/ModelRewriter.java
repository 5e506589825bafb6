package org.sahakarflow.system;

/**
 * Fills a model or form from data an administrator keeps (the places a form offers, the rules a
 * decision table holds) as it is deployed, so that what is uploaded reaches the cases started
 * afterwards and no running case.
 */
public interface ModelRewriter {

  /**
   * @param name the resource's repository path, such as {@code forms/registration-application.form}
   * @return the content to deploy: {@code content} itself when nothing changes, so that an
   *     unchanged model set is not deployed again
   */
  String rewrite(String name, String content);
}
