package org.sdghub.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.domain.ChangeFeedFilter;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.service.ChangeFeedService;
import org.sdghub.platform.InvalidInput;

/** The public events of all services, live, as Server-Sent Events from the gateway's stored log. */
@Path("/api/v1/events")
@Tag(name = "events", description = "The public events of all services, live (Server-Sent Events)")
@PerKeyRateLimited
public class ChangeFeedResource {

  static final Set<String> FILTERS =
      Set.of("country", "adminArea", "sdgGoal", "sdgTarget", "organisation", "status");
  private static final Set<String> OWN = Set.of("type", "lastEventId");

  private final ChangeFeedService feed;
  private final ChangeFeedStreams streams;

  ChangeFeedResource(ChangeFeedService feed, ChangeFeedStreams streams) {
    this.feed = feed;
    this.streams = streams;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      operationId = "subscribeToEvents",
      summary = "Subscribe to the public events of all services",
      description =
          "Each SSE event has `id` = its position in the gateway's log, `event` = the"
              + " CloudEvent type and `data` = the CloudEvent (structured JSON). Filters: `type`"
              + " (comma-separated), and as in who-what-where `country`, `adminArea`, `sdgGoal`,"
              + " `sdgTarget`, `organisation`, `status` (an event matches when it is about one of"
              + " them). Resume with the `Last-Event-ID` header (or `lastEventId`): the stream goes on"
              + " after that position, without gap or repeat, within the retention window (7 days);"
              + " without it the stream starts with the next event. An idle stream sends a comment"
              + " (`: heartbeat`) every 15 seconds.")
  public void subscribe(
      @Context UriInfo uri,
      @HeaderParam("Last-Event-ID") String lastEventIdHeader,
      @Context SseEventSink sink,
      @Context Sse sse) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    ChangeFeedFilter filter = filter(params);
    String resumeFrom =
        lastEventIdHeader != null ? lastEventIdHeader : params.getFirst("lastEventId");
    long after = resumeFrom == null ? feed.head() : position(resumeFrom);
    streams.open(sink, sse, filter, after);
  }

  private static ChangeFeedFilter filter(MultivaluedMap<String, String> params) {
    for (String name : params.keySet()) {
      if (!FILTERS.contains(name) && !OWN.contains(name)) {
        throw new InvalidInput(name, "is not a parameter of this endpoint");
      }
    }
    WhoWhatWhereQuery q = WhoWhatWhereParams.read(params, OWN);
    List<String> types =
        params.getOrDefault("type", List.of()).stream()
            .flatMap(t -> java.util.Arrays.stream(t.split(",")))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .toList();
    return new ChangeFeedFilter(
        types,
        q.countries(),
        q.adminAreas(),
        q.sdgGoals(),
        q.sdgTargets(),
        q.organisations(),
        q.statuses());
  }

  private static long position(String value) {
    try {
      long position = Long.parseLong(value.strip());
      if (position >= 0) {
        return position;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInput("Last-Event-ID", "must be the id of an event of this stream");
  }
}
