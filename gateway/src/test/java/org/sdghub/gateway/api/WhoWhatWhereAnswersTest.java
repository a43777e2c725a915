package org.sdghub.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documented JSON answer of who-what-where against the answers it really sends. */
class WhoWhatWhereAnswersTest {

  @Test
  void theDocumentedAnswerHasExactlyTheFieldsOfTheGroupedAndTheListedAnswers() {
    Set<String> sent =
        Stream.of(WhoWhatWhereAnswers.Groups.class, WhoWhatWhereAnswers.Projects.class)
            .flatMap(type -> names(type).stream())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(sent, names(WhoWhatWhereAnswers.Answer.class));
  }

  @Test
  void aClientAcceptingEveryTypeGetsJsonAndOneAskingForCsvOrGeoJsonGetsIt() {
    assertEquals(
        "json",
        WhoWhatWhereResource.format(null, "application/json, text/csv, application/geo+json"));
    assertEquals("json", WhoWhatWhereResource.format(null, null));
    assertEquals("json", WhoWhatWhereResource.format(null, "*/*"));
    assertEquals("csv", WhoWhatWhereResource.format(null, "text/csv"));
    assertEquals("geojson", WhoWhatWhereResource.format(null, "application/geo+json"));
    assertEquals("csv", WhoWhatWhereResource.format("csv", "application/json"));
  }

  private static Set<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
