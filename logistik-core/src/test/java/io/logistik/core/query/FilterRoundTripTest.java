package io.logistik.core.query;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FilterRoundTripTest {

    @Test
    void render_randomFilterTrees_parseBackEqual() {
        Random random = new Random(20260105L);
        RandomFilters filters = new RandomFilters(random);
        for (int i = 0; i < 5_000; i++) {
            EntityType entity = filters.entity();
            Filter filter = filters.filter(entity, random.nextInt(5));
            String json = FlaskRestless.render(filter);
            assertThat(FlaskRestless.parseFilter(entity, json)).as("case %d: %s", i, json).isEqualTo(filter);
        }
    }

    @Test
    void render_randomFilterTrees_areValidInAQuery() {
        Random random = new Random(7L);
        RandomFilters filters = new RandomFilters(random);
        for (int i = 0; i < 500; i++) {
            EntityType entity = filters.entity();
            Filter filter = FlaskRestless.parseFilter(entity, FlaskRestless.render(filters.filter(entity, 3)));
            assertThat(Query.of(entity, filter).filter()).isEqualTo(filter);
        }
    }
}
