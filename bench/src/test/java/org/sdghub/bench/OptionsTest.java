package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

  private static final Set<String> KNOWN = Set.of("duration", "runs", "header", "target");
  private static final Set<String> REPEATABLE = Set.of("header");

  private static Options parse(String... args) {
    return Options.parse(List.of(args), KNOWN, REPEATABLE);
  }

  @Test
  void durationsTakeAUnitAndABareNumberMeansSeconds() {
    assertEquals(Duration.ofSeconds(10), parse("--duration", "10s").duration("duration", null));
    assertEquals(Duration.ofMillis(500), parse("--duration=500ms").duration("duration", null));
    assertEquals(Duration.ofMinutes(2), parse("--duration", "2m").duration("duration", null));
    assertEquals(Duration.ofSeconds(7), parse("--duration", "7").duration("duration", null));
  }

  @Test
  void absentOptionsTakeTheirDefault() {
    Options options = parse();
    assertEquals(3, options.positiveInt("runs", 3));
    assertEquals(Duration.ofSeconds(5), options.duration("duration", Duration.ofSeconds(5)));
    assertEquals(List.of(), options.all("header"));
  }

  @Test
  void headersMayBeRepeatedAndKeepTheirOrder() {
    Options options = parse("--header", "Authorization: Bearer x", "--header", "Accept: */*");
    assertEquals(List.of("Authorization: Bearer x", "Accept: */*"), options.all("header"));
  }

  @Test
  void anUnknownOptionIsRejectedRatherThanIgnored() {
    assertThrows(UsageException.class, () -> parse("--duraton", "10s"));
  }

  @Test
  void aSingleValuedOptionGivenTwiceIsRejected() {
    assertThrows(UsageException.class, () -> parse("--runs", "3", "--runs", "5"));
  }

  @Test
  void badValuesAreRejectedWithTheOptionNamed() {
    UsageException e =
        assertThrows(UsageException.class, () -> parse("--runs", "three").positiveInt("runs", 3));
    assertEquals("--runs must be a whole number, not 'three'", e.getMessage());
    assertThrows(UsageException.class, () -> parse("--runs", "0").positiveInt("runs", 3));
    assertThrows(
        UsageException.class, () -> parse("--duration", "soon").duration("duration", null));
    assertThrows(UsageException.class, () -> parse("--target"));
  }
}
