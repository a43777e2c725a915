package org.sdghub.projects.api;

/** Texts and example bodies of the reference endpoints' OpenAPI annotations, kept together. */
final class ReferenceDocs {

  /** The bearer scheme of the gateway's internal token. */
  static final String SECURITY_SCHEME = "gatewayToken";

  static final String PROBLEM_JSON = "application/problem+json";

  static final String WHOLE_LIST =
      " Every authenticated caller. The list is answered whole, as one page (page 0, size ="
          + " total). It changes only with a release of the service: responses carry an ETag"
          + " (send it back in If-None-Match for a 304) and may be cached for an hour.";

  static final String CACHED = "The whole list";

  static final String ETAG = "A hash of the body; If-None-Match with it answers 304";

  static final String CACHE_CONTROL = "max-age=3600";

  static final String NOT_MODIFIED = "Unchanged since the ETag given in If-None-Match";

  static final String TARGET_PATTERN = "^([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])$";

  static final String GOALS =
      """
      {"items": [{"number": 6,
                  "title": {"en": "Ensure availability and sustainable management of water and \
      sanitation for all",
                            "ru": "Обеспечение наличия и рационального использования водных \
      ресурсов и санитарии для всех", "kk": "…", "ky": "…", "tg": "…", "tk": "…"},
                  "shortTitle": {"en": "Clean water and sanitation",
                                 "ru": "Чистая вода и санитария", "kk": "…", "ky": "…",
                                 "tg": "…", "tk": "…"}}],
       "page": 0, "size": 17, "total": 17}
      """;

  static final String TARGETS =
      """
      {"items": [{"code": "6.4", "goal": 6,
                  "title": {"en": "By 2030, substantially increase water-use efficiency across \
      all sectors and ensure sustainable withdrawals and supply of freshwater to address water \
      scarcity and substantially reduce the number of people suffering from water scarcity",
                            "ru": "…", "kk": "…", "ky": "…", "tg": "…", "tk": "…"}}],
       "page": 0, "size": 8, "total": 8}
      """;

  static final String INDICATORS =
      """
      {"items": [{"code": "6.4.2", "target": "6.4", "goal": 6,
                  "title": {"en": "Level of water stress: freshwater withdrawal as a proportion \
      of available freshwater resources", "ru": "…", "kk": "…", "ky": "…", "tg": "…",
                            "tk": "…"}}],
       "page": 0, "size": 2, "total": 2}
      """;

  static final String COUNTRIES =
      """
      {"items": [{"code": "KZ", "name": {"en": "Kazakhstan", "ru": "Казахстан"},
                  "centroid": {"lat": 48.0, "lon": 67.0}}],
       "page": 0, "size": 6, "total": 6}
      """;

  static final String ADMIN_AREAS =
      """
      {"items": [{"code": "KZ-43", "country": "KZ",
                  "name": {"en": "Kyzylorda Region", "ru": "Кызылординская область"},
                  "centroid": {"lat": 45.0, "lon": 64.0}, "formerCodes": ["KZ-KZY"]},
                 {"code": "KZ-62", "country": "KZ",
                  "name": {"en": "Ulytau Region", "ru": "Улытауская область"},
                  "centroid": {"lat": 47.9, "lon": 67.3}, "formerCodes": []}],
       "page": 0, "size": 20, "total": 20}
      """;

  static final String CODELIST =
      """
      {"items": [{"code": "2", "value": "implementation", "name": {"en": "Implementation"},
                  "description": "The activity is currently being implemented"}],
       "page": 0, "size": 6, "total": 6}
      """;

  static final String BAD_GOAL =
      """
      {"type": "https://sdghub.org/problems/invalid-input", "title": "The request is not valid",
       "status": 400, "detail": "goal: must be an SDG goal number, 1 to 17.",
       "instance": "/api/v1/reference/sdg-targets",
       "errors": [{"field": "goal", "message": "must be an SDG goal number, 1 to 17"}]}
      """;

  static final String BAD_TARGET =
      """
      {"type": "https://sdghub.org/problems/invalid-input", "title": "The request is not valid",
       "status": 400, "detail": "target: is not a target of goal 7.",
       "instance": "/api/v1/reference/sdg-indicators",
       "errors": [{"field": "target", "message": "is not a target of goal 7"}]}
      """;

  static final String BAD_COUNTRY =
      """
      {"type": "https://sdghub.org/problems/invalid-input", "title": "The request is not valid",
       "status": 400, "detail": "country: must be one of AF, KG, KZ, TJ, TM, UZ.",
       "instance": "/api/v1/reference/admin-areas",
       "errors": [{"field": "country", "message": "must be one of AF, KG, KZ, TJ, TM, UZ"}]}
      """;

  static final String UNKNOWN_CODELIST =
      """
      {"type": "https://sdghub.org/problems/not-found", "title": "Resource not found",
       "status": 404, "detail": "No code list named 'transaction-type'; the code lists are \
      activity-status, organisation-role, sector, currency.",
       "instance": "/api/v1/reference/codelists/transaction-type"}
      """;

  private ReferenceDocs() {}
}
