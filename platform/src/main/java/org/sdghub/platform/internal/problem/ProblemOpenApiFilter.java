package org.sdghub.platform.internal.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses in every service's OpenAPI document: the {@code Problem} and
 * {@code FieldError} schemas, and on each {@code /api} operation the error statuses it can answer;
 * response headers documented without a type are strings.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("400", "Invalid input: the fields at fault are listed in errors"),
          Map.entry("401", "No valid bearer token"),
          Map.entry("403", "The caller's roles or organisation do not allow this"),
          Map.entry("404", "No such resource"),
          Map.entry("409", "Conflict with the current state, or Idempotency-Key in progress"),
          Map.entry("412", "If-Match names a version that is no longer current"),
          Map.entry("413", "Request body too large"),
          Map.entry("415", "Content-Type not supported; send application/json"),
          Map.entry("422", "Idempotency-Key already used for a different request"),
          Map.entry("428", "If-Match is required"),
          Map.entry("500", "Unexpected error; the body gives a correlation id"));

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    // Made here, after the schemas were filtered one by one: their limits are written at once.
    components.addSchema("FieldError", LimitsOpenApiFilter.limited(fieldErrorSchema()));
    components.addSchema("Problem", LimitsOpenApiFilter.limited(problemSchema()));
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().forEach(this::documentPath);
  }

  private void documentPath(String path, PathItem item) {
    if (!path.startsWith("/api/") || item.getOperations() == null) {
      return;
    }
    item.getOperations()
        .forEach(
            (method, operation) -> {
              document(operation, statuses(path, method, operation));
              typeResponseHeaders(operation);
            });
  }

  private static List<String> statuses(
      String path, PathItem.HttpMethod method, Operation operation) {
    List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "500"));
    if (path.contains("{")) {
      statuses.add("404");
    }
    if (operation.getRequestBody() != null) {
      statuses.addAll(List.of("413", "415"));
    }
    switch (method) {
      case POST -> statuses.addAll(List.of("409", "422"));
      case PUT, PATCH, DELETE -> statuses.addAll(List.of("409", "412", "428"));
      default -> {}
    }
    return statuses;
  }

  private static void document(Operation operation, List<String> statuses) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    for (String status : statuses) {
      APIResponse existing = operation.getResponses().getAPIResponse(status);
      if (existing == null) {
        operation
            .getResponses()
            .addAPIResponse(
                status,
                OASFactory.createAPIResponse()
                    .description(DESCRIPTIONS.get(status))
                    .content(problemContent()));
      } else if (existing.getContent() == null
          || existing.getContent().getMediaTypes() == null
          || existing.getContent().getMediaTypes().isEmpty()) {
        // A response declared without a body, such as the bare 400 Quarkus adds for @Valid
        // parameters: the body is still a problem.
        existing.setContent(problemContent());
        if (existing.getDescription() == null || existing.getDescription().equals("Bad Request")) {
          existing.setDescription(DESCRIPTIONS.get(status));
        }
      }
    }
  }

  /** OpenAPI wants a schema on each header; client generators skip or misread one without. */
  private static void typeResponseHeaders(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
      if (response.getHeaders() == null) {
        continue;
      }
      response
          .getHeaders()
          .values()
          .forEach(
              header -> {
                if (header.getRef() == null
                    && header.getSchema() == null
                    && header.getContent() == null) {
                  header.setSchema(
                      LimitsOpenApiFilter.limited(
                          OASFactory.createSchema().addType(SchemaType.STRING)));
                }
              });
    }
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            ProblemResponses.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("One invalid input field")
        .addProperty(
            "field", text("JSON path, query parameter or header, e.g. locations[0].country"))
        .addProperty("message", text("What is wrong with it"))
        .required(List.of("field", "message"));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem; extension members (e.g. existing, correlationId) may follow")
        .addProperty("type", text("https://sdghub.org/problems/<slug>").format("uri"))
        .addProperty("title", text("Short summary of the problem type"))
        .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
        .addProperty("detail", text("Explanation of this occurrence"))
        .addProperty("instance", text("The request path"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
        .required(List.of("type", "title", "status"))
        .additionalPropertiesBoolean(true);
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }
}
