package org.sdghub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * The who-what-where read model's settings ({@code sdghub.who-what-where.*}): which consumer group
 * and topics it is kept from (the same as the inbox's), how it converts and counts money, how often
 * its lag is measured, rebuilds, exports and the change feed.
 */
@ConfigMapping(prefix = "sdghub.who-what-where")
public interface WhoWhatWhereConfig {

  /**
   * The inbox consumer group whose lag is reported; the same as sdghub.events.consumer.group-id.
   */
  @WithDefault("gateway")
  String groupId();

  /** The topics the read model is kept from and a rebuild replays. */
  @WithDefault("sdghub.partners.v1,sdghub.projects.v1,sdghub.funding.v1")
  List<String> topics();

  /**
   * How many days before a budget's date an exchange rate may be and still convert it; the same as
   * funding-service's sdghub.funding.rate-window-days, so that both convert a budget alike.
   */
  @WithDefault("31")
  int rateWindowDays();

  /**
   * How many days apart a provider's and a receiver's reports of one flow may be to count once; the
   * same as funding-service's sdghub.funding.match-tolerance-days, so that both count alike.
   */
  @WithDefault("14")
  int matchToleranceDays();

  /** How often the lag per topic is measured (it is reported as last measured). */
  @WithDefault("5s")
  Duration lagEvery();

  /** How long one rebuild's transaction may take. */
  @WithDefault("15m")
  Duration rebuildTimeout();

  /** Rows an export reads from the database at a time (its memory does not grow with its size). */
  @WithDefault("500")
  int exportFetchSize();

  /**
   * How long the change feed keeps events; a Last-Event-ID older than this resumes at the oldest.
   */
  @WithDefault("P7D")
  Duration feedRetention();

  /** How often an idle event stream sends a comment, so that proxies keep it open. */
  @WithDefault("15s")
  Duration feedHeartbeat();

  /** How often an event stream looks for new events. */
  @WithDefault("250ms")
  Duration feedPollEvery();
}
