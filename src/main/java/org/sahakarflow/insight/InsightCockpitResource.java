package org.sahakarflow.insight;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.sahakarflow.bylaws.AdoptionProgress;
import org.sahakarflow.identity.Places;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard tables for the Cockpit plugin, the same as {@code /api/insight/...}, for the user
 * signed in to Cockpit (whom Cockpit has made the engine's current authentication).
 */
public class InsightCockpitResource extends AbstractCockpitPluginResource {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private final InsightQueries queries;
  private final FormationProgress formation;
  private final AdoptionProgress adoption;
  private final Places places;

  InsightCockpitResource(String engineName, InsightQueries queries, FormationProgress formation,
      AdoptionProgress adoption, Places places) {
    super(engineName);
    this.queries = queries;
    this.formation = formation;
    this.adoption = adoption;
    this.places = places;
  }

  @GET
  @Path("steps")
  @Produces(MediaType.APPLICATION_JSON)
  public List<InsightQueries.StepFigures> steps(@BeanParam FilterParams params) {
    return run(params.filter(), InsightQueries::steps);
  }

  @GET
  @Path("heat")
  @Produces(MediaType.APPLICATION_JSON)
  public List<InsightQueries.HeatCell> heat(@BeanParam FilterParams params) {
    return run(params.filter(), InsightQueries::heat);
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  public List<InsightQueries.OverdueStep> overdue(@BeanParam FilterParams params) {
    return run(params.filter(), InsightQueries::oldestOverdue);
  }

  @GET
  @Path("stopped")
  @Produces(MediaType.APPLICATION_JSON)
  public List<InsightQueries.StoppedCase> stopped(@BeanParam FilterParams params) {
    return run(params.filter(), InsightQueries::stoppedCases);
  }

  /** Formation targets of the latest target year, narrowed by the dashboard's State, district and type. */
  @GET
  @Path("formation")
  @Produces(MediaType.APPLICATION_JSON)
  public List<FormationProgress.Row> formation(@BeanParam FilterParams params) {
    return run(params.filter(), (q, f, scope) -> formation.rows(scope, null).stream()
        .filter(row -> f.state() == null || f.state().equals(row.stateCode()))
        .filter(row -> f.district() == null || f.district().equals(row.districtCode()))
        .filter(row -> f.societyType() == null || f.societyType().equals(row.societyType()))
        .toList());
  }

  /** Model bye-law adoption by the M-PACS of each district in scope. */
  @GET
  @Path("adoption")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AdoptionProgress.DistrictCount> adoption(@BeanParam FilterParams params) {
    return run(params.filter(), (q, f, scope) -> {
      List<String> states = f.state() != null ? List.of(f.state())
          : f.district() != null ? List.of(f.district().substring(0, 2))
          : scope.allStates() ? places.states().stream().map(Places.State::code).toList()
          : List.copyOf(scope.states());
      return adoption.rows(states, f.district());
    });
  }

  /** A State or a district by code, with its name in English and Hindi and, for a district, its State. */
  public record Place(String code, String name, String hindiName, String stateCode) {
  }

  /** The States in the reader's scope and their districts. */
  public record PlaceChoices(List<Place> states, List<Place> districts) {
  }

  /**
   * The dashboard's pickers and the names it shows for the codes in its tables: the States in the
   * reader's scope and their districts, by name.
   */
  @GET
  @Path("places")
  @Produces(MediaType.APPLICATION_JSON)
  public PlaceChoices places() {
    return run(new InsightFilter(null, null, null, null, null), (q, f, scope) -> new PlaceChoices(
        places.states().stream().filter(s -> scope.allStates() || scope.states().contains(s.code()))
            .sorted(Comparator.comparing(Places.State::name))
            .map(s -> new Place(s.code(), s.name(), s.nameInHindi(), null)).toList(),
        places.districts().stream().filter(d -> scope.allStates() || scope.states().contains(d.stateCode()))
            .sorted(Comparator.comparing(Places.District::name))
            .map(d -> new Place(d.code(), d.name(), d.nameInHindi(), d.stateCode())).toList()));
  }

  /** A process by key and the name of its latest version. */
  public record ProcessName(String key, String name) {
  }

  /** The names the dashboard shows for the process keys the read model keeps. */
  @GET
  @Path("processes")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ProcessName> processes() {
    return run(new InsightFilter(null, null, null, null, null), (q, f, scope) -> getProcessEngine().getRepositoryService()
        .createProcessDefinitionQuery().latestVersion().listPage(0, 500).stream()
        .filter(definition -> definition.getName() != null)
        .map(definition -> new ProcessName(definition.getKey(), definition.getName())).distinct()
        .sorted(Comparator.comparing(ProcessName::key)).toList());
  }

  @GET
  @Path("{table}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("table") String table, @BeanParam FilterParams params) {
    String csv = switch (table) {
      case "steps" -> Csv.of(InsightQueries.StepFigures.class, steps(params));
      case "heat" -> Csv.of(InsightQueries.HeatCell.class, heat(params));
      case "overdue" -> Csv.of(InsightQueries.OverdueStep.class, overdue(params));
      case "stopped" -> Csv.of(InsightQueries.StoppedCase.class, stopped(params));
      case "formation" -> Csv.of(FormationProgress.Row.class, formation(params));
      case "adoption" -> Csv.of(AdoptionProgress.DistrictCount.class, adoption(params));
      default -> throw new WebApplicationException(Response.Status.NOT_FOUND);
    };
    return Response.ok(csv, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"insight-" + table + ".csv\"").build();
  }

  private <T> T run(InsightFilter filter, Query<T> query) {
    Set<ConstraintViolation<InsightFilter>> problems = VALIDATOR.validate(filter);
    if (!problems.isEmpty()) {
      throw failure(Response.Status.BAD_REQUEST, "invalid filter: " + problems.iterator().next().getPropertyPath());
    }
    try {
      InsightScope scope = InsightScope.of(getCurrentAuthentication());
      // every table refuses a State outside the reader's scope rather than answering with nothing
      scope.check(filter);
      return query.apply(queries, filter, scope);
    } catch (ResponseStatusException e) {
      throw failure(Response.Status.fromStatusCode(e.getStatusCode().value()), e.getReason());
    }
  }

  private static WebApplicationException failure(Response.Status status, String message) {
    return new WebApplicationException(Response.status(status).type(MediaType.TEXT_PLAIN).entity(message).build());
  }

  /** The dashboard's filters as query parameters (the same names as {@code /api/insight/...}). */
  public static class FilterParams {
    @QueryParam("state")
    String state;
    @QueryParam("district")
    String district;
    @QueryParam("societyType")
    String societyType;
    @QueryParam("periodDays")
    Integer periodDays;
    @QueryParam("process")
    String process;

    InsightFilter filter() {
      return new InsightFilter(state, district, societyType, periodDays, process);
    }
  }

  @FunctionalInterface
  private interface Query<T> {
    T apply(InsightQueries queries, InsightFilter filter, InsightScope scope);
  }
}
