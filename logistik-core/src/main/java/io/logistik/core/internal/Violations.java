package io.logistik.core.internal;

import io.logistik.core.ValidationException;
import io.logistik.core.ValidationException.Violation;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every violated field of a value under construction, so the {@link ValidationException}
 * lists them all. Also holds the entry normalisations shared by every record (NFC text, timestamps
 * truncated to microseconds). Internal: not part of the API.
 */
public final class Violations {

    /** Earliest and latest instants a timestamp may hold: the years 1000 to 9999, UTC. */
    public static final Instant MIN_INSTANT = Instant.parse("1000-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String reason) {
        found.add(new Violation(field, reason));
    }

    public void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    /** NFC-normalises {@code value} and checks it is present and not blank; returns the normalised text. */
    public String name(String field, String value) {
        if (value == null) {
            add(field, "must not be null");
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (normalised.isBlank()) {
            add(field, "must not be blank");
        } else if (normalised.codePoints().anyMatch(cp -> cp == 0)) {
            add(field, "must not contain the NUL character");
        } else if (Text.unpairedSurrogate(normalised) >= 0) {
            add(field, "must be valid Unicode: " + Text.describeUnpairedSurrogate(normalised, Text.unpairedSurrogate(normalised)));
        } else if (normalised.codePointCount(0, normalised.length()) > 255) {
            add(field, "must be at most 255 characters long");
        }
        return normalised;
    }

    /** Truncates a present timestamp to microseconds and checks its year; {@code null} stays null. */
    public Instant timestamp(String field, Instant value) {
        if (value == null) {
            return null;
        }
        Instant truncated = value.truncatedTo(ChronoUnit.MICROS);
        if (truncated.isBefore(MIN_INSTANT) || truncated.isAfter(MAX_INSTANT)) {
            add(field, "must lie within the years 1000 to 9999 (UTC), was " + truncated.atOffset(ZoneOffset.UTC).getYear());
        }
        return truncated;
    }

    /** Checks an optional store-assigned id: absent, or positive. */
    public void optionalId(String field, Long id) {
        if (id != null && id <= 0) {
            add(field, "must be positive, was " + id);
        }
    }

    public void positiveId(String field, long id) {
        if (id <= 0) {
            add(field, "must be positive, was " + id);
        }
    }
}
