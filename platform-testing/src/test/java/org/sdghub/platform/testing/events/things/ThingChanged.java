package org.sdghub.platform.testing.events.things;

/** The data of {@link ThingService#CHANGED}: the thing's full new state. */
public record ThingChanged(String id, String name, long version) {}
