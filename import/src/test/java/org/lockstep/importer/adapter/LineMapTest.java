package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void consecutive_source_lines_cost_one_run_and_every_line_maps_back() {
        LineMap map = new LineMap();
        for (long line = 1; line <= 1_000_000; line++) {
            map.add(line, 0, line + 1);
        }
        map.add(1_000_001, 1, 7);
        map.add(1_000_002, 1, 7);
        map.add(1_000_003, 1, 9);

        assertThat(map.runs()).isEqualTo(4);
        assertThat(map.origin(1)).isEqualTo(new LineMap.Origin(0, 2));
        assertThat(map.origin(500_000)).isEqualTo(new LineMap.Origin(0, 500_001));
        assertThat(map.origin(1_000_001)).isEqualTo(new LineMap.Origin(1, 7));
        assertThat(map.origin(1_000_002)).isEqualTo(new LineMap.Origin(1, 7));
        assertThat(map.origin(1_000_003)).isEqualTo(new LineMap.Origin(1, 9));
        assertThat(map.origin(1_000_004)).isNull();
        assertThat(map.origin(0)).isNull();
    }
}
