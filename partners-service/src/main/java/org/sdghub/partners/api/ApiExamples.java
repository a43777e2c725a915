package org.sdghub.partners.api;

/** Example bodies of the OpenAPI document, kept together so they stay consistent. */
final class ApiExamples {

  static final String PROFILE =
      """
      {"identifier": "XM-DAC-41114",
       "name": {"en": "United Nations Development Programme",
                "ru": "Программа развития Организации Объединённых Наций"},
       "acronym": "UNDP", "type": "40", "kind": "un-entity", "headquartersCountry": "US",
       "countries": ["AF", "KG", "KZ", "TJ", "TM", "UZ"], "website": "https://www.undp.org",
       "aliases": ["ПРООН", "UN Development Programme"]}
      """;

  static final String ORGANISATION =
      """
      {"id": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "identifier": "XM-DAC-41114",
       "name": {"en": "United Nations Development Programme",
                "ru": "Программа развития Организации Объединённых Наций"},
       "acronym": "UNDP", "type": "40", "kind": "un-entity", "headquartersCountry": "US",
       "countries": ["AF", "KG", "KZ", "TJ", "TM", "UZ"], "website": "https://www.undp.org",
       "status": "active", "aliases": ["ПРООН", "UN Development Programme"], "version": 0,
       "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-03-01T09:30:00Z",
       "proposedBy": null, "mergedInto": null, "formerIdentifiers": []}
      """;

  static final String ORGANISATION_WITH_POSSIBLE_DUPLICATE =
      """
      {"id": "2c4e6a8b-1d3f-4a5c-9e7b-0f2d4c6a8e1b",
       "name": {"en": "Qazaqstan Respublikasy Su resurstary zhane irrigatsiya ministrligi"},
       "acronym": null, "type": "10", "kind": "national-government", "headquartersCountry": "KZ",
       "countries": ["KZ"], "website": null, "status": "active", "aliases": [], "version": 0,
       "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-03-01T09:30:00Z",
       "proposedBy": null, "mergedInto": null, "formerIdentifiers": [],
       "possibleDuplicates": [{"id": "0b9e6a52-3f0e-4a8e-9a57-1f2d3c4b5a69",
                               "identifier": "KZ-BIN-100240006767",
                               "name": "Ministry of Water Resources and Irrigation",
                               "reasons": [{"rule": "similar-name", "field": "name.en",
                                            "existingField": "name.kk", "score": 0.793}]}]}
      """;

  static final String DUPLICATE =
      """
      {"type": "https://sdghub.org/problems/duplicate", "title": "Duplicate organisation",
       "status": 409,
       "detail": "This looks like an organisation already registered: XM-DAC-41114 \\"United \
      Nations Development Programme\\" (id 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f; name.ru matches \
      its aliases[0]). Use the existing organisation; a coordinator who knows they are different \
      may repeat the request with allowDuplicateOf=<id> for each.",
       "instance": "/api/v1/organisations",
       "existing": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
       "duplicates": [{"id": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
                       "identifier": "XM-DAC-41114",
                       "name": "United Nations Development Programme",
                       "reasons": [{"rule": "same-name", "field": "name.ru",
                                    "existingField": "aliases[0]"}]}]}
      """;

  static final String INVALID =
      """
      {"type": "https://sdghub.org/problems/invalid-input", "title": "The request is not valid",
       "status": 400,
       "detail": "identifier: must start with the prefix of an active IATI registration agency, \
      such as XM-DAC or KZ-BIN, followed by a hyphen and the identifier in that list.",
       "instance": "/api/v1/organisations",
       "errors": [{"field": "identifier", "message": "must start with the prefix of an active \
      IATI registration agency, such as XM-DAC or KZ-BIN, followed by a hyphen and the identifier \
      in that list"}]}
      """;

  static final String DUPLICATE_PAIRS =
      """
      {"items": [{"first": {"id": "0b9e6a52-3f0e-4a8e-9a57-1f2d3c4b5a69",
                            "identifier": "KZ-BIN-100240006767",
                            "name": "Ministry of Water Resources", "acronym": null,
                            "headquartersCountry": "KZ"},
                  "second": {"id": "8d2f4c1a-6b3e-4f5d-9c8b-7a6e5d4c3b2a",
                             "identifier": "KZ-COA-0245",
                             "name": "Ministerstvo vodnykh resursov", "acronym": null,
                             "headquartersCountry": "KZ"},
                  "reasons": [{"rule": "same-name", "firstField": "name.ru",
                               "secondField": "name.en"}]},
                 {"first": {"id": "4e1a7c3b-9d2f-4b6e-8a1c-5f3d7b9e2a4c", "identifier": null,
                            "name": "Kazakhstan Red Crescent Society", "acronym": null,
                            "headquartersCountry": "KZ"},
                  "second": {"id": "7b3d9f1e-5a2c-4e8b-9d6f-1c3e5a7b9d2f", "identifier": null,
                             "name": "Red Crescent Society of Kazakhstan", "acronym": null,
                             "headquartersCountry": "KZ"},
                  "reasons": [{"rule": "similar-name", "firstField": "name.en",
                               "secondField": "name.en", "score": 1.0}]}],
       "page": 0, "size": 20, "total": 2}
      """;

  static final String CONTACT_REQUEST =
      """
      {"name": "Aigerim Sadykova", "position": "Programme Officer, Water and Climate",
       "email": "aigerim.sadykova@example.org", "phone": "+7 7172 69 65 44"}
      """;

  static final String CONTACT =
      """
      {"id": "3a7c9e1f-2b4d-4f6a-8c0e-1d3f5a7b9c2e",
       "organisationId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
       "name": "Aigerim Sadykova", "position": "Programme Officer, Water and Climate",
       "email": "aigerim.sadykova@example.org", "phone": "+7 7172 69 65 44", "version": 0,
       "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-03-01T09:30:00Z"}
      """;

  static final String PROPOSALS =
      """
      {"items": [
        {"organisation": {"id": "9d2b4f6a-8c1e-4a3b-b5d7-2e4f6a8c0b1d", "identifier": null,
                          "name": {"en": "Red Crescent Society of Kazakhstan",
                                   "ru": "Общество Красного Полумесяца Казахстана"},
                          "acronym": null, "type": "22", "kind": "ngo",
                          "headquartersCountry": "KZ", "countries": ["KZ"], "website": null,
                          "status": "active", "aliases": [], "version": 0,
                          "createdAt": "2025-04-02T08:15:00Z", "updatedAt": "2025-04-02T08:15:00Z",
                          "proposedBy": "5c7e9a1b-3d5f-4b7d-9f1a-3c5e7a9b1d3f",
                          "mergedInto": null, "formerIdentifiers": []},
         "duplicateCandidates": [{"id": "4e1a7c3b-9d2f-4b6e-8a1c-5f3d7b9e2a4c",
                                  "identifier": null, "name": "Kazakhstan Red Crescent Society",
                                  "reasons": [{"rule": "similar-name", "field": "name.en",
                                               "existingField": "name.en", "score": 1.0}]}]}],
       "page": 0, "size": 20, "total": 1}
      """;

  static final String MERGE =
      """
      {"into": "4e1a7c3b-9d2f-4b6e-8a1c-5f3d7b9e2a4c",
       "reason": "The same society, proposed again under its Russian word order."}
      """;

  private ApiExamples() {}
}
