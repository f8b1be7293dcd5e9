package io.logistik.core.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.logistik.core.model.OrderState;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Writes a filter as Flask-Restless {@code filter[objects]} JSON, the inverse of {@link FilterReader}. */
final class FilterWriter implements Filter.Visitor<Void> {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;

    private FilterWriter(JsonGenerator out) {
        this.out = out;
    }

    /**
     * The {@code filter[objects]} list for {@code filter}: {@code []} for an empty {@code and}, the parts
     * of an {@code and} with two or more parts (a top-level list means AND), else a one-element list.
     */
    static String write(Filter filter) {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(text)) {
            FilterWriter writer = new FilterWriter(gen);
            gen.writeStartArray();
            if (filter instanceof Filter.And and && and.filters().size() != 1) {
                and.filters().forEach(f -> f.accept(writer));
            } else {
                filter.accept(writer);
            }
            gen.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private interface Body {
        void write() throws IOException;
    }

    private Void object(Body body) {
        try {
            out.writeStartObject();
            body.write();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void nameAndOp(String name, String op) throws IOException {
        out.writeStringField("name", name);
        out.writeStringField("op", op);
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            out.writeNull();
        } else if (v instanceof Long l) {
            out.writeNumber(l);
        } else if (v instanceof BigDecimal bd) {
            out.writeNumber(bd);
        } else if (v instanceof String s) {
            out.writeString(s);
        } else if (v instanceof Instant i) {
            out.writeString(i.toString());
        } else if (v instanceof TimeKeyword k) {
            out.writeString(k.name());
        } else if (v instanceof OrderState s) {
            out.writeString(s.code());
        } else {
            throw new IllegalStateException("no JSON form for " + v.getClass());
        }
    }

    @Override
    public Void compare(Filter.Compare f) {
        return object(() -> {
            nameAndOp(f.field().name(), f.op().symbol());
            out.writeFieldName("val");
            value(f.value());
        });
    }

    @Override
    public Void compareFields(Filter.CompareFields f) {
        return object(() -> {
            nameAndOp(f.left().name(), f.op().symbol());
            out.writeStringField("field", f.right().name());
        });
    }

    @Override
    public Void in(Filter.In f) {
        return object(() -> {
            nameAndOp(f.field().name(), f.negated() ? "not_in" : "in");
            out.writeFieldName("val");
            out.writeStartArray();
            for (Object v : f.values()) {
                value(v);
            }
            out.writeEndArray();
        });
    }

    @Override
    public Void isNull(Filter.IsNull f) {
        return object(() -> nameAndOp(f.field().name(), f.negated() ? "is_not_null" : "is_null"));
    }

    @Override
    public Void like(Filter.Like f) {
        return object(() -> {
            nameAndOp(f.field().name(), Operator.likeName(f.mode(), f.negated()));
            out.writeStringField("val", f.pattern());
        });
    }

    private Void connective(String key, List<Filter> parts) {
        return object(() -> {
            out.writeArrayFieldStart(key);
            parts.forEach(p -> p.accept(this));
            out.writeEndArray();
        });
    }

    @Override
    public Void and(Filter.And f) {
        return connective("and", f.filters());
    }

    @Override
    public Void or(Filter.Or f) {
        return connective("or", f.filters());
    }

    @Override
    public Void not(Filter.Not f) {
        return object(() -> {
            out.writeFieldName("not");
            f.filter().accept(this);
        });
    }

    @Override
    public Void related(Filter.Related f) {
        return object(() -> {
            nameAndOp(f.relationship().name(), f.op());
            out.writeFieldName("val");
            f.filter().accept(this);
        });
    }

    @Override
    public Void relationshipNull(Filter.RelationshipNull f) {
        return object(() -> nameAndOp(f.relationship().name(), f.negated() ? "is_not_null" : "is_null"));
    }
}
