package org.lockstep.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver values into what JSON can carry without loss of meaning, counting every value it produces so that
 * one huge list cannot become a huge HTTP response.
 */
final class Values {
    /** Thrown when the budget of values for one result is spent. */
    static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    private long left;

    Values(long budget) {
        this.left = budget;
    }

    List<Object> row(List<Value> values) {
        List<Object> row = new ArrayList<>(values.size());
        for (Value v : values) {
            row.add(convert(v.asObject()));
        }
        return row;
    }

    Object convert(Object value) {
        if (--left < 0) {
            throw new BudgetSpent();
        }
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> i.longValue();
            // JSON has no NaN or infinity: say them in words rather than send invalid JSON.
            case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : d;
            case Float f -> convert(f.doubleValue());
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Node node -> node(node);
            case Relationship rel -> relationship(rel);
            case Path path -> path(path);
            case ZonedDateTime t -> t.getZone() instanceof ZoneOffset
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t);
            case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
            case LocalDateTime t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
            case LocalDate d -> DateTimeFormatter.ISO_LOCAL_DATE.format(d);
            case OffsetTime t -> DateTimeFormatter.ISO_OFFSET_TIME.format(t);
            case LocalTime t -> DateTimeFormatter.ISO_LOCAL_TIME.format(t);
            case IsoDuration d -> d.toString();
            case Point p -> point(p);
            case List<?> list -> list(list);
            case Map<?, ?> map -> map(map);
            default -> value.toString();
        };
    }

    private ConsoleNode node(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        return new ConsoleNode(node.elementId(), labels, properties(node.asMap()));
    }

    private ConsoleRelationship relationship(Relationship rel) {
        return new ConsoleRelationship(rel.elementId(), rel.type(), rel.startNodeElementId(), rel.endNodeElementId(),
                properties(rel.asMap()));
    }

    private ConsolePath path(Path path) {
        List<ConsoleNode> nodes = new ArrayList<>();
        path.nodes().forEach(n -> nodes.add(node(n)));
        List<ConsoleRelationship> rels = new ArrayList<>();
        path.relationships().forEach(r -> rels.add(relationship(r)));
        return new ConsolePath(nodes, rels);
    }

    private Map<String, Object> point(Point p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("srid", (long) p.srid());
        map.put("x", p.x());
        map.put("y", p.y());
        if (!Double.isNaN(p.z())) {
            map.put("z", p.z());
        }
        return map;
    }

    private List<Object> list(List<?> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object item : list) {
            out.add(convert(item));
        }
        return out;
    }

    private Map<String, Object> map(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), convert(v)));
        return out;
    }

    private Map<String, Object> properties(Map<String, Object> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> out.put(k, convert(v)));
        return out;
    }
}
