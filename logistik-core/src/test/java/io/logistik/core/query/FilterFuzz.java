package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

import java.util.Random;

/**
 * Feeds random text to {@link FlaskRestless#parseFilter} (and to {@link FlaskRestless#parseSort}): mutations of valid filters, soups of JSON
 * tokens and field/operator names, and raw characters. Every input must give either a filter that
 * renders and parses back equal, or an {@link InvalidQueryException}; anything else propagates.
 *
 * <p>Run a million inputs with
 * {@code mvn -B -q -pl logistik-core test -Dtest=FilterFuzzTest -Dlogistik.fuzz.count=1000000}.
 */
final class FilterFuzz {

    private static final String[] TOKENS = {
        "{", "}", "[", "]", ":", ",", "\"name\"", "\"op\"", "\"val\"", "\"field\"", "\"and\"", "\"or\"", "\"not\"",
        "\"id\"", "\"customer_name\"", "\"state\"", "\"created_at\"", "\"updated_at\"", "\"order_lines\"", "\"quantity\"",
        "\"order\"", "\"sku\"", "\"storages\"", "\"on_hand\"", "\"==\"", "\"<>\"", "\"in\"", "\"not_in\"", "\"like\"",
        "\"ilike\"", "\"has\"", "\"any\"", "\"is_null\"", "\"<<\"", "\"open\"", "\"2024-01-20\"", "\"CURRENT_DATE\"",
        "\"%a\\\\_\"", "\"5\"", "\"\"", "null", "true", "false", "0", "-1", "1.5", "1e400", "1e-2000", "99999999999999999999",
        "\"\\u00e9\"", "\"\\ud800\"", " ", "\n",
    };

    /** How many inputs parsed to a filter and how many were refused. */
    record Outcome(long valid, long refused) {
    }

    private final Random random;
    private final RandomFilters filters;

    FilterFuzz(long seed) {
        this.random = new Random(seed);
        this.filters = new RandomFilters(random);
    }

    Outcome run(long count) {
        long valid = 0;
        long refused = 0;
        for (long i = 0; i < count; i++) {
            EntityType entity = filters.entity();
            String input = input(entity);
            sortText(entity, input, i);
            Filter parsed;
            try {
                parsed = FlaskRestless.parseFilter(entity, input);
            } catch (InvalidQueryException e) {
                refused++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input " + i + " gave " + e + ": " + input, e);
            }
            Filter again = FlaskRestless.parseFilter(entity, FlaskRestless.render(parsed));
            if (!again.equals(parsed)) {
                throw new AssertionError("input " + i + " does not render back: " + input);
            }
            valid++;
        }
        return new Outcome(valid, refused);
    }

    /** The same text as a {@code sort} parameter: a list of keys or the typed error, nothing else. */
    private static void sortText(EntityType entity, String input, long i) {
        try {
            if (FlaskRestless.parseSort(entity, input).isEmpty() && !input.isEmpty()) {
                throw new AssertionError("sort input " + i + " gave no keys: " + input);
            }
        } catch (InvalidQueryException expected) {
            // refused, as it should be for most of these inputs
        }
    }

    private String input(EntityType entity) {
        switch (random.nextInt(5)) {
            case 0:
                return FlaskRestless.render(filters.filter(entity, random.nextInt(4)));
            case 1:
            case 2:
                return mutate(FlaskRestless.render(filters.filter(entity, random.nextInt(4))));
            case 3: {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    s.append(TOKENS[random.nextInt(TOKENS.length)]);
                }
                return s.toString();
            }
            default:
                return filters.text(random.nextInt(30));
        }
    }

    private String mutate(String json) {
        StringBuilder s = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> s.setLength(at);
                default -> s.setCharAt(at, (char) random.nextInt(128));
            }
        }
        return s.toString();
    }
}
