package org.sdghub.projects.api;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.QueryParams;

/**
 * The query parameters of the project list, taken as text so that a bad value is a 400 problem
 * naming the parameter rather than JAX-RS's bare 404.
 */
public record ProjectListParams(
    @Parameter(
            description = "A recipient country, ISO 3166-1 alpha-2 (one of the six)",
            example = "KZ",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}$"))
        @QueryParam("country")
        String country,
    @Parameter(
            description = "A location's first-level area, ISO 3166-2",
            example = "KZ-43",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}-[A-Z0-9]{1,3}$"))
        @QueryParam("adminArea")
        String adminArea,
    @Parameter(
            description = "An SDG the project's targets belong to",
            example = "6",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
        @QueryParam("sdgGoal")
        String sdgGoal,
    @Parameter(description = "One of the 169 SDG targets", example = "6.4") @QueryParam("sdgTarget")
        String sdgTarget,
    @Parameter(
            description = "IATI ActivityStatus by name",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    enumeration = {
                      "pipeline",
                      "implementation",
                      "finalisation",
                      "closed",
                      "cancelled",
                      "suspended"
                    }))
        @QueryParam("status")
        String status,
    @Parameter(
            description =
                "An organisation id: projects it reports or participates in (in any role, or in"
                    + " the one named by role)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
        @QueryParam("organisation")
        String organisation,
    @Parameter(
            description = "With organisation: its role in the project",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    enumeration = {
                      "funding",
                      "accountable",
                      "extending",
                      "implementing",
                      "reporting"
                    }))
        @QueryParam("role")
        String role,
    @Parameter(
            description =
                "Running on this day: between start and end, actual dates where known, else"
                    + " planned (no end: still running)",
            example = "2025-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("activeOn")
        String activeOn,
    @Parameter(
            description = "With activeTo: running at some time between the two days (inclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("activeFrom")
        String activeFrom,
    @Parameter(
            description = "With activeFrom: the period's last day",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("activeTo")
        String activeTo,
    @Parameter(
            description =
                "Full text over titles and descriptions in every language, English and Russian"
                    + " words matched in any inflected form; web-search syntax (\"quoted"
                    + " phrase\", or, -word)",
            example = "водных ресурсов",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
        @QueryParam("q")
        String q,
    @Parameter(
            description = "Only projects changed at or after this ISO-8601 instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam(QueryParams.UPDATED_SINCE)
        String updatedSince,
    @Parameter(
            description = "0-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
        @QueryParam("page")
        String page,
    @Parameter(
            description = "Page size",
            schema =
                @Schema(
                    type = SchemaType.INTEGER,
                    minimum = "1",
                    maximum = "100",
                    defaultValue = "20"))
        @QueryParam("size")
        String size,
    @Parameter(
            description =
                "field, -field (descending) or field,asc|desc; id breaks ties. Default: id",
            example = "-updatedAt",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    pattern =
                        "^-?(updatedAt|createdAt|title|plannedStart|iatiIdentifier)"
                            + "(,(asc|desc))?$"))
        @QueryParam("sort")
        String sort) {

  /** API sort fields and the columns they sort by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "updatedAt", "updated_at",
          "createdAt", "created_at",
          "title", "title_en",
          "plannedStart", "planned_start",
          "iatiIdentifier", "iati_identifier_key");

  /** The filters; 400 if updatedSince is not an instant. */
  ProjectQuery query() {
    return new ProjectQuery(
        country,
        adminArea,
        sdgGoal,
        sdgTarget,
        status,
        organisation,
        role,
        activeOn,
        activeFrom,
        activeTo,
        q,
        QueryParams.updatedSince(updatedSince));
  }

  /** The page asked for; 400 if out of bounds or sorted by an unknown field. */
  PageRequest pageRequest() {
    String order = sort;
    if (order != null && order.startsWith("-") && !order.contains(",")) {
      order = order.substring(1) + ",desc";
    }
    return PageRequest.of(page, size, order, SORTABLE);
  }
}
