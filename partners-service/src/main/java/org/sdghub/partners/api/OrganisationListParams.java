package org.sdghub.partners.api;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.QueryParams;

/**
 * The query parameters of the organisation list, taken as text so that a bad value is a 400 problem
 * naming the parameter rather than JAX-RS's bare 404.
 */
public record OrganisationListParams(
    @Parameter(
            description = "Coarse grouping",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    enumeration = {
                      "un-entity",
                      "donor-government",
                      "development-bank",
                      "national-government",
                      "ngo",
                      "private-sector",
                      "academic",
                      "foundation"
                    }))
        @QueryParam("kind")
        String kind,
    @Parameter(
            description = "IATI OrganisationType code",
            example = "40",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
        @QueryParam("type")
        String type,
    @Parameter(
            description = "ISO 3166-1 alpha-2: headquartered or operating there",
            example = "KZ",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}$"))
        @QueryParam("country")
        String country,
    @Parameter(
            description = "active or archived (default: both)",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    enumeration = {"active", "archived"}))
        @QueryParam("status")
        String status,
    @Parameter(
            description =
                "Text found in any language's name, an alias or the acronym; case, accents,"
                    + " punctuation and Cyrillic or Latin script are ignored",
            example = "водных",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
        @QueryParam("q")
        String q,
    @Parameter(
            description = "Only organisations changed at or after this ISO-8601 instant",
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
            description = "field or field,asc|desc; id breaks ties",
            example = "name,asc",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    pattern = "^(name|identifier|acronym|createdAt|updatedAt)(,(asc|desc))?$"))
        @QueryParam("sort")
        String sort) {

  /** API sort fields and the entity attributes they sort by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "name.en",
          "identifier", "identifierKey",
          "acronym", "acronym",
          "createdAt", "createdAt",
          "updatedAt", "updatedAt");

  /** The filters; 400 if updatedSince is not an instant. */
  OrganisationQuery query() {
    return new OrganisationQuery(
        kind, type, country, status, q, QueryParams.updatedSince(updatedSince));
  }

  /** The page asked for; 400 if out of bounds or sorted by an unknown field. */
  PageRequest pageRequest() {
    return PageRequest.of(page, size, sort, SORTABLE);
  }
}
