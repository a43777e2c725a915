package org.sdghub.projects.api;

/**
 * Constants shared by the resources' OpenAPI annotations; the document's title, description and
 * security scheme are set in {@code application.properties} ({@code quarkus.smallrye-openapi.*}).
 */
final class OpenApiDocs {

  /** The bearer scheme of the gateway's internal token. */
  static final String SECURITY_SCHEME = "gatewayToken";

  static final String PROBLEM_JSON = "application/problem+json";

  static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  static final String IDEMPOTENCY_KEY =
      "Client key (1-255 visible ASCII): a retry with the same key and body within 24 hours gets"
          + " the first response again (Idempotent-Replayed: true) instead of a second effect";

  static final String IF_MATCH = "The project's ETag as read, e.g. \"3\"";

  static final String PROJECT_ID = "Project id";

  private OpenApiDocs() {}
}
