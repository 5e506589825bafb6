package org.sahakarflow.insight;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The ministry's dashboard and diagram overlay in Cockpit. Cockpit finds it through
 * {@code META-INF/services}; its assets are {@code plugin-webapp/sahakar-insight/app/plugin.js}
 * and {@code plugin.css}, the only two Cockpit serves since 7.20. Public because Cockpit, not
 * Spring, instantiates it.
 */
public class InsightCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "sahakar-insight";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(InsightCockpitRootResource.class);
  }
}
