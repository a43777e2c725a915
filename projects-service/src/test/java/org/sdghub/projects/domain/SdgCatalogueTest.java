package org.sdghub.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SdgCatalogueTest {

  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky", "tg", "tk");
  private static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");

  private final SdgCatalogue sdgs = new SdgCatalogue();

  @Test
  void thereAreSeventeenGoalsInOrder() {
    assertEquals(
        IntStream.rangeClosed(1, 17).boxed().toList(),
        sdgs.goals().stream().map(SdgGoal::number).toList());
    assertEquals("Clean water and sanitation", sdgs.shortTitle(6).get("en"));
    assertEquals(
        "Ensure availability and sustainable management of water and sanitation for all",
        sdgs.goal(6).orElseThrow().title().get("en"));
    assertEquals(Optional.empty(), sdgs.goal(0));
    assertEquals(Optional.empty(), sdgs.goal(18));
  }

  @Test
  void thereAre169TargetsNumberedThenLettered() {
    assertEquals(169, sdgs.targets().size());
    assertEquals(
        List.of("6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.a", "6.b"),
        sdgs.targetsOf(6).stream().map(SdgTarget::code).toList());
    assertEquals(
        List.of("17.1", "17.2", "17.3"),
        sdgs.targetsOf(17).stream().limit(3).map(SdgTarget::code).toList());
    assertEquals("17.19", sdgs.targets().get(168).code());
    for (SdgTarget target : sdgs.targets()) {
      assertTrue(TARGET.matcher(target.code()).matches(), target.code());
      assertEquals(target.code().split("\\.")[0], String.valueOf(target.goal()), target.code());
    }
  }

  @Test
  void everyIndicatorMeasuresAKnownTarget() {
    // As the source lists them: an indicator that measures two targets appears under each.
    assertEquals(252, sdgs.indicators().size());
    for (SdgIndicator indicator : sdgs.indicators()) {
      assertTrue(indicator.code().startsWith(indicator.target() + "."), indicator.code());
      SdgTarget target = sdgs.target(indicator.target()).orElseThrow();
      assertEquals(target.goal(), indicator.goal(), indicator.code());
    }
    assertEquals(
        List.of("6.4.1", "6.4.2"),
        sdgs.indicatorsOf("6.4").stream().map(SdgIndicator::code).toList());
    assertEquals(
        sdgs.indicatorsOf(6).size(),
        sdgs.targetsOf(6).stream().mapToInt(t -> sdgs.indicatorsOf(t.code()).size()).sum());
  }

  @Test
  void goalsTargetsAndIndicatorsHaveTextInAllSixLanguages() {
    List<String> missing = new ArrayList<>();
    sdgs.goals().forEach(g -> check("goal " + g.number(), g.title().keySet(), missing));
    sdgs.goals()
        .forEach(g -> check("short " + g.number(), sdgs.shortTitle(g.number()).keySet(), missing));
    sdgs.targets().forEach(t -> check(t.code(), t.title().keySet(), missing));
    sdgs.indicators().forEach(i -> check(i.code(), i.title().keySet(), missing));
    assertEquals(List.of(), missing);
    assertEquals(LANGUAGES, List.copyOf(sdgs.target("6.4").orElseThrow().title().keySet()));
    assertTrue(sdgs.target("6.4").orElseThrow().title().get("ru").startsWith("К 2030 году"));
    assertTrue(
        sdgs.indicator("6.4.2")
            .orElseThrow()
            .title()
            .get("en")
            .startsWith("Level of water stress"));
  }

  @Test
  void codesThatAreNotSdgsAreNotFound() {
    assertEquals(Optional.empty(), sdgs.target("6.9"));
    assertEquals(Optional.empty(), sdgs.target("6.A"));
    assertEquals(Optional.empty(), sdgs.target("18.1"));
    assertEquals(Optional.empty(), sdgs.target("6"));
    assertEquals(Optional.empty(), sdgs.target(null));
    assertEquals(Optional.empty(), sdgs.indicator("6.4.3"));
    assertEquals(Optional.empty(), sdgs.indicator("6.4"));
    assertEquals(Optional.empty(), sdgs.indicator(null));
    assertEquals(List.of(), sdgs.targetsOf(18));
    assertEquals(List.of(), sdgs.indicatorsOf("6.9"));
  }

  @Test
  void lettersAreTargetsToo() {
    SdgTarget target = sdgs.target("6.a").orElseThrow();
    assertEquals(6, target.goal());
    assertEquals(
        Set.of("6.a.1"),
        Set.copyOf(sdgs.indicatorsOf("6.a").stream().map(SdgIndicator::code).toList()));
  }

  @Test
  void theCatalogueCannotBeChangedByCallers() {
    assertThrows(UnsupportedOperationException.class, () -> sdgs.goals().clear());
    assertThrows(UnsupportedOperationException.class, () -> sdgs.targets().remove(0));
    assertThrows(
        UnsupportedOperationException.class,
        () -> sdgs.goal(1).orElseThrow().title().put("en", "Changed"));
  }

  private static void check(String what, Set<String> languages, List<String> missing) {
    if (!languages.containsAll(LANGUAGES)) {
      missing.add(what + " has only " + languages);
    }
  }
}
