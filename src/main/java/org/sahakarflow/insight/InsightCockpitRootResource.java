package org.sahakarflow.insight;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.sahakarflow.bylaws.AdoptionProgress;
import org.sahakarflow.identity.Places;
import org.springframework.context.ApplicationContext;
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
    ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new InsightCockpitResource(engineName, spring.getBean(InsightQueries.class),
        spring.getBean(FormationProgress.class), spring.getBean(AdoptionProgress.class),
        spring.getBean(Places.class)), engineName);
  }
}
