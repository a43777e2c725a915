package org.sdghub.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.service.ReadModelFreshness;
import org.sdghub.gateway.service.WhoWhatWhereService;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.PageRequest;

/** Who does what, where and when: the 3W of the whole region, grouped, listed or exported. */
@Path("/api/v1/who-what-where")
@Tag(name = "who-what-where", description = "The 3W read model: who does what, where, when")
@PerKeyRateLimited
public class WhoWhatWhereResource {

  static final String CSV = "text/csv";
  static final String GEOJSON = "application/geo+json";
  static final String AS_OF_HEADER = "X-Read-Model-As-Of";
  private static final Set<String> OWN = Set.of("groupBy", "format", "page", "size", "sort");

  private final WhoWhatWhereService service;
  private final ReadModelFreshness freshness;
  private final ObjectMapper mapper;

  WhoWhatWhereResource(
      WhoWhatWhereService service, ReadModelFreshness freshness, ObjectMapper mapper) {
    this.service = service;
    this.freshness = freshness;
    this.mapper = mapper;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV, GEOJSON})
  @Operation(
      operationId = "queryWhoWhatWhere",
      summary = "Who does what, where: grouped, listed or exported",
      description = OpenApiText.WHO_WHAT_WHERE)
  @Parameter(
      name = "country",
      in = ParameterIn.QUERY,
      description = "ISO 3166-1 alpha-2 codes, comma-separated: KZ,UZ",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "adminArea",
      in = ParameterIn.QUERY,
      description = "ISO 3166-2 first-level areas, comma-separated: KZ-43",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "sdgGoal",
      in = ParameterIn.QUERY,
      description = "SDG goals, comma-separated: 6,13",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "sdgTarget",
      in = ParameterIn.QUERY,
      description = "SDG targets, comma-separated: 6.4,13.1",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "organisation",
      in = ParameterIn.QUERY,
      description = "Participating organisations (ids), comma-separated",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "orgKind",
      in = ParameterIn.QUERY,
      description =
          "Organisation kinds, comma-separated: un-entity, donor-government, development-bank, national-government, ngo, private-sector, academic, foundation",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "orgType",
      in = ParameterIn.QUERY,
      description = "IATI organisation type codes, comma-separated: 40,10",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "role",
      in = ParameterIn.QUERY,
      description =
          "Roles in the project, comma-separated: funding, accountable, extending, implementing",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description =
          "Project statuses, comma-separated: pipeline, implementation, finalisation, closed, cancelled, suspended",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "activeOn",
      in = ParameterIn.QUERY,
      description = "Projects active on this date (ISO 8601)",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  @Parameter(
      name = "activeFrom",
      in = ParameterIn.QUERY,
      description = "Projects active at some time from this date on (ISO 8601)",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  @Parameter(
      name = "activeTo",
      in = ParameterIn.QUERY,
      description = "Projects active at some time until this date (ISO 8601)",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  @Parameter(
      name = "groupBy",
      in = ParameterIn.QUERY,
      description =
          "One or two dimensions, comma-separated: country, adminArea, sdgGoal, sdgTarget, organisation, orgKind, role, status, year",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "format",
      in = ParameterIn.QUERY,
      description = "json (the default), csv or geojson; wins over the Accept header",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"json", "csv", "geojson"}))
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "Listed only: the page, from 0",
      schema = @Schema(type = SchemaType.INTEGER))
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Listed only: projects per page (capped)",
      schema = @Schema(type = SchemaType.INTEGER))
  @Parameter(
      name = "sort",
      in = ParameterIn.QUERY,
      description =
          "Listed only: title (the default), startDate, endDate, status or updatedAt, optionally ,desc",
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The groups (with groupBy) or a page of projects; or every row, exported",
      headers = @Header(name = AS_OF_HEADER, description = "The time of the last applied event"),
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhoWhatWhereAnswers.Answer.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = GEOJSON, schema = @Schema(type = SchemaType.OBJECT))
      })
  public Response query(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    WhoWhatWhereQuery query = WhoWhatWhereParams.read(params, OWN);
    String format = format(params.getFirst("format"), accept);
    ReadModelStatus status = freshness.status();
    Response.ResponseBuilder response =
        switch (format) {
          case "csv" ->
              Response.ok(csv(query), CSV)
                  .header("Content-Disposition", "attachment; filename=\"who-what-where.csv\"");
          case "geojson" ->
              Response.ok(
                  WhoWhatWhereExports.geoJson(
                      service, ungroupedOnly(query, "GeoJSON"), mapper, status),
                  GEOJSON);
          default -> Response.ok(json(query, params, status), MediaType.APPLICATION_JSON);
        };
    return response.header(AS_OF_HEADER, status.asOf()).build();
  }

  private Object json(
      WhoWhatWhereQuery query, MultivaluedMap<String, String> params, ReadModelStatus status) {
    if (!query.groupBy().isEmpty()) {
      return WhoWhatWhereAnswers.Groups.of(
          query.groupBy().stream().map(WhoWhatWhereDimension::apiName).toList(),
          service.groups(query),
          status);
    }
    PageRequest page =
        PageRequest.of(
            params.getFirst("page"),
            params.getFirst("size"),
            params.getFirst("sort") == null ? "title" : params.getFirst("sort"),
            WhoWhatWhereService.SORTABLE);
    return WhoWhatWhereAnswers.Projects.of(service.projects(query, page), status);
  }

  private Object csv(WhoWhatWhereQuery query) {
    return query.groupBy().isEmpty()
        ? WhoWhatWhereExports.csv(service, query)
        : WhoWhatWhereExports.groupedCsv(query.groupBy(), service.groups(query));
  }

  private static WhoWhatWhereQuery ungroupedOnly(WhoWhatWhereQuery query, String format) {
    if (!query.groupBy().isEmpty()) {
      throw new InvalidInput("groupBy", format + " exports are of rows: leave groupBy out");
    }
    return query;
  }

  /**
   * format= wins; else the Accept header, JSON first: a generated client that accepts every type
   * this endpoint produces gets JSON; else JSON.
   */
  static String format(String format, String accept) {
    if (format != null) {
      return switch (format.strip()) {
        case "json" -> "json";
        case "csv" -> "csv";
        case "geojson" -> "geojson";
        default -> throw new InvalidInput("format", "must be json, csv or geojson");
      };
    }
    if (accept == null || accept.contains(MediaType.APPLICATION_JSON)) {
      return "json";
    }
    if (accept.contains(CSV)) {
      return "csv";
    }
    return accept.contains(GEOJSON) ? "geojson" : "json";
  }
}
