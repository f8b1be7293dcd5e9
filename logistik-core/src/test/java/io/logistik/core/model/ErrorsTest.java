package io.logistik.core.model;

import io.logistik.core.InsufficientStockException;
import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorsTest {

    @Test
    void validationException_messageListsEveryViolation() {
        ValidationException e = new ValidationException(List.of(
                new ValidationException.Violation("name", "must not be blank"),
                new ValidationException.Violation("created_at", "too early")));

        assertThat(e.getMessage()).isEqualTo("invalid value: name: must not be blank; created_at: too early");
        assertThat(e.fields()).containsExactly("name", "created_at");
    }

    @Test
    void validationException_noViolations_refused() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notFoundException_carriesEntityAndId() {
        NotFoundException e = new NotFoundException("sku", 12L);

        assertThat(e.entity()).isEqualTo("sku");
        assertThat(e.id()).isEqualTo(12L);
        assertThat(e.getMessage()).isEqualTo("no sku with id 12");
    }

    @Test
    void notFoundException_noResult_hasNoIdAndUpstreamWording() {
        NotFoundException e = NotFoundException.noResult("order");

        assertThat(e.id()).isNull();
        assertThat(e.getMessage()).startsWith("No result found");
        assertThat(new MultipleResultsException("order").getMessage()).startsWith("Multiple results found");
    }

    @Test
    void referenceConflictException_namesEveryBlocker() {
        ReferenceConflictException e = new ReferenceConflictException("sku", 3L, List.of("used by order_line 5", "held in storage 2"));

        assertThat(e.blockers()).containsExactly("used by order_line 5", "held in storage 2");
        assertThat(e.getMessage()).isEqualTo("sku 3: used by order_line 5; held in storage 2");
    }

    @Test
    void referenceConflictException_newRowWithoutId_saysNewInsteadOfNull() {
        ReferenceConflictException e = new ReferenceConflictException("order", null, "order_lines[0].sku_id: no sku with id 5");

        assertThat(e.id()).isNull();
        assertThat(e.getMessage()).isEqualTo("new order: order_lines[0].sku_id: no sku with id 5");
    }

    @Test
    void invalidQueryException_wholeText_saysSoInsteadOfAnEmptyPointer() {
        InvalidQueryException e = new InvalidQueryException("", "Unable to construct query: not a list");

        assertThat(e.where()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("invalid query at \"\" (the whole filter text): Unable to construct query: not a list");
    }

    @Test
    void invalidQueryException_saysWhereAndWhy() {
        InvalidQueryException e = new InvalidQueryException("/0/op", "unknown operator");

        assertThat(e.where()).isEqualTo("/0/op");
        assertThat(e.why()).isEqualTo("unknown operator");
        assertThat(e.getMessage()).isEqualTo("invalid query at /0/op: unknown operator");
    }

    @Test
    void insufficientStockException_listsEveryShortLine() {
        InsufficientStockException e = new InsufficientStockException(4, List.of(
                new InsufficientStockException.ShortLine(1, 10, 5, 2), new InsufficientStockException.ShortLine(2, 11, 3, 0)));

        assertThat(e.lines()).hasSize(2);
        assertThat(e.getMessage()).contains("line 1 (sku 10): requested 5, available 2")
                .contains("line 2 (sku 11): requested 3, available 0");
    }
}
