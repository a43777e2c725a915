package org.sdghub.platform.testing.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sdghub.platform.Versioned;

/** Test-only request and response records of the widget resource. */
final class WidgetApi {

  private WidgetApi() {}

  /** A name in the languages every SDG Hub name carries. */
  record LocalisedName(@NotBlank String en, @NotBlank String ru) {}

  /** Where a widget is, by ISO 3166-1 alpha-2 code. */
  record Location(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be two capital letters")
          String country) {}

  /** The body of a create. */
  record NewWidget(
      @NotBlank @Size(max = 64) String batch,
      @NotNull @Valid LocalisedName name,
      @Size(max = 5) List<@Valid Location> locations,
      @Min(0) int rank,
      LocalDate madeOn,
      BigDecimal weight) {}

  /** The body of an update. */
  record WidgetChange(@NotNull @Valid LocalisedName name, @Min(0) int rank) {}

  /** What a widget looks like to clients. */
  record WidgetView(
      UUID id, String batch, LocalisedName name, int rank, Instant updatedAt, long version)
      implements Versioned {

    static WidgetView of(Widget w) {
      return new WidgetView(
          w.id, w.batch, new LocalisedName(w.nameEn, w.nameRu), w.rank, w.updatedAt, w.version);
    }
  }
}
