package org.sahakarflow.insight;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** {@code /camunda/api/cockpit/plugin/sahakar-insight/{engine}/...}, behind Cockpit's session login. */
@Path("plugin/" + InsightCockpitPlugin.ID)
public class InsightCockpitRootResource extends AbstractCockpitPluginRootResource {

  public InsightCockpitRootResource() {
    super(InsightCockpitPlugin.ID);
  }

  @Path("{engineName}")
  public InsightCockpitResource insight(@PathParam("engineName") String engineName) {
    // the Spring context of the web application holds the queries; Cockpit, not Spring, made this
    InsightQueries queries = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(InsightQueries.class);
    return subResource(new InsightCockpitResource(engineName, queries), engineName);
  }
}
