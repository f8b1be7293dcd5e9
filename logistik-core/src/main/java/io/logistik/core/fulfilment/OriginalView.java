package io.logistik.core.fulfilment;

import java.util.List;
import java.util.Objects;

/**
 * A plan in the original app's response shape for {@code order/<id>/fulfill}:
 * {@code [{"id": storage_id, "quantity": n}, ...]}, one entry per allocation, in the plan's
 * allocation order (by line, then the strategy's storage order), so a storage serving two lines
 * appears twice, as it did in the original.
 *
 * @param entries the entries
 */
public record OriginalView(List<Entry> entries) {

    /**
     * One entry of the original response.
     *
     * @param id       the storage id
     * @param quantity units taken from it for one line
     */
    public record Entry(long id, long quantity) {
    }

    public OriginalView {
        entries = List.copyOf(entries);
    }

    /**
     * The view of a plan (usually one made by {@link FulfilmentStrategies#original()}).
     *
     * @throws NullPointerException when {@code plan} is null
     */
    public static OriginalView of(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return new OriginalView(plan.allocations().stream().map(a -> new Entry(a.storageId(), a.quantity())).toList());
    }

    /** The JSON text of the original response, e.g. {@code [{"id": 1, "quantity": 5}]}. */
    public String toJson() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append(i == 0 ? "" : ", ").append("{\"id\": ").append(e.id()).append(", \"quantity\": ").append(e.quantity()).append('}');
        }
        return out.append(']').toString();
    }
}
