package org.lockstep.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cypher query read from a {@code .cypher} resource: its id (the file name), its header and its text.
 *
 * <p>The header is the block of {@code //} lines at the top of the file:
 * <pre>
 * // name: Shared-follower clusters
 * // finds: accounts that follow exactly the same set of accounts
 * // param: minTargets int = 3 -- the smallest followed set that counts
 * // returns: size int, members list&lt;string&gt;
 * // step-param: window duration = PT10M -- read by the detector's Java step, not by the query text
 * // note: anything a reader should know (repeatable)
 * </pre>
 *
 * @param id      the file name without {@code .cypher}
 * @param name    a short title
 * @param finds   one line on what the query finds or does
 * @param params  the declared parameters in order
 * @param returns the declared result columns, as written
 * @param notes   further remarks from the header
 * @param text    the whole file, header included (Cypher ignores the comments)
 */
public record CypherQuery(
        String id, String name, String finds, List<QueryParam> params, String returns, List<String> notes,
        String text) {

    private static final Pattern HEADER_LINE = Pattern.compile("^//\\s*([a-z-]+):\\s*(.*)$");
    private static final Pattern PARAM =
            Pattern.compile("^\\$?(\\w+)\\s+([\\w<>]+)(?:\\s*=\\s*(\\S+))?\\s+--\\s+(.+)$");
    private static final Pattern USED_PARAM = Pattern.compile("\\$(\\w+)");

    /** Reads {@code resource} (e.g. {@code /detectors/shared-followers.cypher}) from the classpath. */
    public static CypherQuery load(String resource) {
        try (InputStream in = CypherQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Query resource " + resource + " is missing from the build");
            }
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            return parse(fileName.replaceFirst("\\.cypher$", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a query file's text; a malformed header is a build error, so it fails loudly. */
    public static CypherQuery parse(String id, String text) {
        Map<String, String> single = new LinkedHashMap<>();
        List<QueryParam> params = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith("//")) {
                break;
            }
            Matcher m = HEADER_LINE.matcher(trimmed);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            switch (key) {
                case "param" -> params.add(parseParam(id, value, false));
                case "step-param" -> params.add(parseParam(id, value, true));
                case "note" -> notes.add(value);
                default -> single.put(key, value);
            }
        }
        if (!single.containsKey("name")) {
            throw new IllegalStateException("Query " + id + " has no '// name:' header line");
        }
        return new CypherQuery(id, single.get("name"), single.getOrDefault("finds", ""), List.copyOf(params),
                single.getOrDefault("returns", ""), List.copyOf(notes), text);
    }

    private static QueryParam parseParam(String id, String value, boolean step) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException("Query " + id + ": header line '// param: " + value
                    + "' must read '// param: name type [= default] -- meaning'");
        }
        return new QueryParam(m.group(1), ParamType.parse(m.group(2)), m.group(3), m.group(4).strip(), step);
    }

    /** The {@code $parameters} the body uses, in order of first use (header comments excluded). */
    public List<String> usedParameters() {
        List<String> used = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String code = line.strip().startsWith("//") ? "" : line;
            Matcher m = USED_PARAM.matcher(code);
            while (m.find()) {
                if (!used.contains(m.group(1))) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    /** The parameters the query text itself binds (not those of a Java step). */
    public List<QueryParam> queryParams() {
        return params.stream().filter(p -> !p.step()).toList();
    }

    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
