package org.sdghub.gateway.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereEntry;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.service.WhoWhatWhereService;

/**
 * Who-what-where rows written as they are read from the database: CSV (RFC 4180, a header row, then
 * HXL hashtags, then one line per row) and GeoJSON (one Point feature per row, at the row's own
 * point or its area's, else its country's centre).
 */
final class WhoWhatWhereExports {

  private WhoWhatWhereExports() {}

  static StreamingOutput csv(WhoWhatWhereService service, WhoWhatWhereQuery query) {
    return output -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      line(writer, List.copyOf(WhoWhatWhereColumns.names()));
      line(writer, List.copyOf(WhoWhatWhereColumns.hashtags()));
      service.export(
          query, entry -> line(writer, WhoWhatWhereColumns.values(entry, service.areas())));
      writer.flush();
    };
  }

  private static final java.util.Map<WhoWhatWhereDimension, String> DIMENSION_TAGS =
      java.util.Map.of(
          WhoWhatWhereDimension.COUNTRY, "#country+code",
          WhoWhatWhereDimension.ADMIN_AREA, "#adm1+code",
          WhoWhatWhereDimension.SDG_GOAL, "#sector+sdg+goal",
          WhoWhatWhereDimension.SDG_TARGET, "#sector+sdg+target",
          WhoWhatWhereDimension.ORGANISATION, "#org+id",
          WhoWhatWhereDimension.ORG_KIND, "#org+type+kind",
          WhoWhatWhereDimension.ROLE, "#org+role",
          WhoWhatWhereDimension.STATUS, "#status",
          WhoWhatWhereDimension.YEAR, "#date+year");

  private static final List<String> MEASURES =
      List.of(
          "projects",
          "organisations",
          "budgetUsd",
          "committedUsd",
          "disbursedUsd",
          "gapUsd",
          "projectsWithoutUsdBudget");

  private static final List<String> MEASURE_TAGS =
      List.of(
          "#activity+num",
          "#org+num",
          "#value+funding+usd",
          "#value+committed+usd",
          "#value+spent+usd",
          "#value+gap+usd",
          "#activity+num+nousd");

  /** Groups as CSV: the dimensions, then the measures; the HXL hashtag row under the header. */
  static StreamingOutput groupedCsv(
      List<WhoWhatWhereDimension> dims, List<WhoWhatWhereGroup> groups) {
    return output -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      List<String> header =
          new java.util.ArrayList<>(dims.stream().map(WhoWhatWhereDimension::apiName).toList());
      header.addAll(MEASURES);
      line(writer, header);
      List<String> tags =
          new java.util.ArrayList<>(dims.stream().map(DIMENSION_TAGS::get).toList());
      tags.addAll(MEASURE_TAGS);
      line(writer, tags);
      for (WhoWhatWhereGroup g : groups) {
        List<Object> cells = new java.util.ArrayList<>(g.key().values());
        cells.addAll(
            java.util.Arrays.asList(
                g.projects(),
                g.organisations(),
                g.budgetUsd(),
                g.committedUsd(),
                g.disbursedUsd(),
                g.gapUsd(),
                g.projectsWithoutUsdBudget()));
        line(writer, cells);
      }
      writer.flush();
    };
  }

  static StreamingOutput geoJson(
      WhoWhatWhereService service,
      WhoWhatWhereQuery query,
      ObjectMapper mapper,
      ReadModelStatus status) {
    return output -> {
      JsonGenerator json = mapper.getFactory().createGenerator(output);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeObjectField("asOf", status.asOf());
      json.writeArrayFieldStart("features");
      service.export(query, entry -> feature(json, entry, service.areas()));
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    };
  }

  private static void feature(JsonGenerator json, WhoWhatWhereEntry entry, AreaReference areas) {
    try {
      json.writeStartObject();
      json.writeStringField("type", "Feature");
      double[] point = point(entry, areas);
      if (point == null) {
        json.writeNullField("geometry");
      } else {
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(point[0]);
        json.writeNumber(point[1]);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeObjectFieldStart("properties");
      List<String> names = WhoWhatWhereColumns.names();
      List<Object> values = WhoWhatWhereColumns.values(entry, areas);
      for (int i = 0; i < names.size(); i++) {
        json.writeFieldName(names.get(i));
        json.writeObject(values.get(i) == null ? null : values.get(i).toString());
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** [lon, lat]: the row's own point, else its area's centre, else its country's. */
  private static double[] point(WhoWhatWhereEntry entry, AreaReference areas) {
    if (entry.lat() != null && entry.lon() != null) {
      return new double[] {entry.lon(), entry.lat()};
    }
    return areas
        .of(entry.adminArea())
        .or(() -> areas.of(entry.country()))
        .map(n -> new double[] {n.lon(), n.lat()})
        .orElse(null);
  }

  private static void line(Writer writer, List<?> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(cell(cells.get(i)));
      }
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
