package org.sdghub.projects.api;

/** Example bodies of the OpenAPI document, kept together so they stay consistent. */
final class ApiExamples {

  static final String PROJECT_REQUEST =
      """
      {"iatiIdentifier": "XM-DAC-41114-KZ-00123",
       "reportingOrganisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
       "title": {"en": "Aral Sea basin water efficiency",
                 "ru": "Эффективное использование водных ресурсов бассейна Аральского моря"},
       "description": {"en": "Drip irrigation and canal lining in the lower Syr Darya."},
       "status": "implementation",
       "dates": {"plannedStart": "2024-01-01", "plannedEnd": "2027-12-31",
                 "actualStart": "2024-03-01", "actualEnd": null},
       "sdgTargets": ["6.4", "6.5", "13.1"], "sectors": ["14010"],
       "recipientCountries": [{"country": "KZ", "percentage": 60},
                              {"country": "UZ", "percentage": 40}],
       "locations": [{"country": "KZ", "adminArea": "KZ-43", "name": "Aralsk",
                      "point": {"lat": 46.80, "lon": 61.67}}],
       "participatingOrganisations": [
         {"organisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "role": "accountable"},
         {"organisationId": "0b9e6a52-3f0e-4a8e-9a57-1f2d3c4b5a69", "role": "implementing"}],
       "budget": {"amount": "2500000.00", "currency": "USD"}}
      """;

  static final String PROJECT =
      """
      {"id": "0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f",
       "iatiIdentifier": "XM-DAC-41114-KZ-00123",
       "reportingOrganisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
       "title": {"en": "Aral Sea basin water efficiency",
                 "ru": "Эффективное использование водных ресурсов бассейна Аральского моря"},
       "description": {"en": "Drip irrigation and canal lining in the lower Syr Darya."},
       "status": "implementation",
       "dates": {"plannedStart": "2024-01-01", "plannedEnd": "2027-12-31",
                 "actualStart": "2024-03-01", "actualEnd": null},
       "sdgTargets": ["6.4", "6.5", "13.1"], "sdgGoals": [6, 13], "sectors": ["14010"],
       "recipientCountries": [{"country": "KZ", "percentage": 60},
                              {"country": "UZ", "percentage": 40}],
       "locations": [{"country": "KZ", "adminArea": "KZ-43", "name": "Aralsk",
                      "point": {"lat": 46.80, "lon": 61.67}}],
       "participatingOrganisations": [
         {"organisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "role": "accountable",
          "name": {"en": "United Nations Development Programme", "ru": "ПРООН"},
          "archived": false, "confirmation": "confirmed", "confirmationNote": null},
         {"organisationId": "0b9e6a52-3f0e-4a8e-9a57-1f2d3c4b5a69", "role": "implementing",
          "name": {"en": "Ministry of Water Resources of Uzbekistan"},
          "archived": false, "confirmation": "unconfirmed", "confirmationNote": null}],
       "editors": [],
       "budget": {"amount": "2500000.00", "currency": "USD"},
       "results": [],
       "version": 3, "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-04-11T14:02:17Z"}
      """;

  static final String IDENTIFIER =
      """
      {"iatiIdentifier": "XM-DAC-41114-KZ-00124",
       "reason": "The agency registered its IATI organisation identifier"}
      """;

  static final String PARTICIPATION =
      """
      {"role": "funding", "answer": "declined",
       "note": "We fund the 2025 phase only, not this one."}
      """;

  static final String PATCH =
      """
      {"description": null, "dates": {"plannedEnd": "2028-06-30"}, "title": {"kk": "Арал"}}
      """;

  static final String STATUS_CHANGE =
      """
      {"status": "suspended", "reason": "Security situation in the project area"}
      """;

  static final String RESULT_REQUEST =
      """
      {"title": {"en": "Water productivity"}, "indicator": {"sdgIndicator": "6.4.1"},
       "unit": "USD/m3", "baseline": {"year": 2023, "value": 1.75},
       "target": {"year": 2027, "value": 2.4},
       "actuals": [{"periodStart": "2024-01-01", "periodEnd": "2024-12-31", "value": 1.95}]}
      """;

  static final String RESULT =
      """
      {"id": "4d3c2b1a-0f9e-4d8c-b7a6-958473625140", "title": {"en": "Water productivity"},
       "indicator": {"sdgIndicator": "6.4.1"}, "unit": "USD/m3",
       "baseline": {"year": 2023, "value": 1.75}, "target": {"year": 2027, "value": 2.4},
       "actuals": [{"periodStart": "2024-01-01", "periodEnd": "2024-12-31", "value": 1.95}]}
      """;

  static final String HISTORY =
      """
      {"items": [{"version": 1, "at": "2025-04-11T14:02:17Z",
                  "organisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
                  "roles": ["partner"], "event": "org.sdghub.project.updated.v1", "reason": null,
                  "changes": [{"field": "dates.plannedEnd", "old": "2027-12-31",
                               "new": "2028-06-30"}]}],
       "page": 0, "size": 20, "total": 1}
      """;

  static final String INVALID =
      """
      {"type": "https://sdghub.org/problems/invalid-input", "title": "The request is not valid",
       "status": 400,
       "detail": "locations[0].point: does not lie within KZ; recipientCountries: percentages \
      must sum to exactly 100; they sum to 90.",
       "instance": "/api/v1/projects",
       "errors": [{"field": "locations[0].point", "message": "does not lie within KZ"},
                  {"field": "recipientCountries",
                   "message": "percentages must sum to exactly 100; they sum to 90"}]}
      """;

  static final String DUPLICATE =
      """
      {"type": "https://sdghub.org/problems/duplicate", "title": "Duplicate", "status": 409,
       "detail": "Project 0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f already has the IATI identifier \
      XM-DAC-41114-KZ-00123 (identifiers are compared whatever their letter case).",
       "instance": "/api/v1/projects", "existing": "0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f"}
      """;

  static final String STATUS_REFUSED =
      """
      {"type": "https://sdghub.org/problems/status-change-refused",
       "title": "Status change refused", "status": 409,
       "detail": "A project in closed cannot move to implementation; closed is final.",
       "instance": "/api/v1/projects/0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f/status",
       "currentStatus": "closed"}
      """;

  static final String NOT_DELETABLE =
      """
      {"type": "https://sdghub.org/problems/project-not-deletable",
       "title": "Project cannot be deleted", "status": 409,
       "detail": "Project 0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f is in implementation: only a \
      project in pipeline is deleted. Cancel it instead (POST \
      /api/v1/projects/0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f/status with {\\"status\\": \
      \\"cancelled\\"}), so that its record is kept.",
       "instance": "/api/v1/projects/0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f",
       "currentStatus": "implementation"}
      """;

  private ApiExamples() {}
}
