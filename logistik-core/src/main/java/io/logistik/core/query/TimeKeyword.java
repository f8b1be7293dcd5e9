package io.logistik.core.query;

/**
 * SQL's current-time keywords, accepted wherever a timestamp is. Each is read once per query from the
 * store's clock, so every row of one query sees the same instant. All three are UTC-based:
 * {@code CURRENT_TIMESTAMP} and {@code LOCALTIMESTAMP} are the clock's instant (truncated to
 * microseconds), {@code CURRENT_DATE} is midnight UTC of the clock's day.
 */
public enum TimeKeyword {
    CURRENT_TIMESTAMP,
    CURRENT_DATE,
    LOCALTIMESTAMP;

    /**
     * The instant this keyword stands for under {@code clock}.
     *
     * @param clock the store's clock
     * @return the clock's instant truncated to microseconds, or midnight UTC of its day for {@code CURRENT_DATE}
     */
    public java.time.Instant resolve(java.time.Clock clock) {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (this == CURRENT_DATE) {
            return now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        }
        return now;
    }
}
