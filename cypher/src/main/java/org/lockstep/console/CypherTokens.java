package org.lockstep.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Cypher lexer: just enough to see keywords, names and punctuation with comments and literals removed.
 *
 * <p>It backs the console's second line of defence (see {@link TextGuard}) and reads the expressions Neo4j prints in
 * a plan. It never decides alone whether a query is allowed: Neo4j's own plan does ({@link PlanGuard}).
 */
final class CypherTokens {
    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, PARAM, SYMBOL }

    /** One token; for a quoted name, {@code text} is the name without its backticks. */
    record Token(Kind kind, String text) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");

    private CypherTokens() {
    }

    /** Splits {@code text} into tokens; an unterminated comment, string or name runs to the end (Neo4j refuses it). */
    static List<Token> tokenize(String query) {
        String text = decodeUnicodeEscapes(query);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                int start = ++i;
                while (i < n && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                tokens.add(new Token(Kind.STRING, text.substring(start, Math.min(i, n))));
                i++;
            } else if (c == '`') {
                StringBuilder name = new StringBuilder();
                i = quotedName(text, i, name);
                tokens.add(new Token(Kind.QUOTED_NAME, name.toString()));
            } else if (c == '$') {
                StringBuilder name = new StringBuilder();
                if (i + 1 < n && text.charAt(i + 1) == '`') {
                    i = quotedName(text, i + 1, name);
                } else {
                    int start = ++i;
                    while (i < n && Character.isUnicodeIdentifierPart(text.charAt(i))) {
                        i++;
                    }
                    name.append(text, start, i);
                }
                tokens.add(new Token(Kind.PARAM, name.toString()));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || (text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
            } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isUnicodeIdentifierPart(text.charAt(i)) || text.charAt(i) == '_')
                        && !Character.isIdentifierIgnorable(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i)));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Neo4j reads {@code \\u0043REATE} as {@code CREATE}: decode such escapes everywhere first (inside strings too,
     * which changes nothing that matters here).
     */
    static String decodeUnicodeEscapes(String text) {
        if (!text.contains("\\u")) {
            return text;
        }
        return UNICODE_ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** Reads a backtick-quoted name starting at {@code i} (doubled backticks stand for one); returns the next index. */
    private static int quotedName(String text, int i, StringBuilder name) {
        int n = text.length();
        i++;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                if (i + 1 < n && text.charAt(i + 1) == '`') {
                    name.append('`');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            name.append(c);
            i++;
        }
        return n;
    }

    /**
     * The dotted name starting at {@code start} ({@code db.schema.visualization}), or null if none starts there.
     * Spaces around the dots are allowed, as Neo4j allows them.
     */
    static String dottedName(List<Token> tokens, int start) {
        if (start >= tokens.size() || !tokens.get(start).isName()) {
            return null;
        }
        StringBuilder name = new StringBuilder(tokens.get(start).text());
        int i = start + 1;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && tokens.get(i + 1).isName()) {
            name.append('.').append(tokens.get(i + 1).text());
            i += 2;
        }
        return name.toString();
    }

    /** How many tokens {@link #dottedName} consumed from {@code start}. */
    static int dottedLength(List<Token> tokens, int start) {
        int i = start + 1;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && tokens.get(i + 1).isName()) {
            i += 2;
        }
        return i - start;
    }

    /** The names of every function called in {@code tokens}: a dotted name followed by {@code (}, not after CALL. */
    static List<String> functionCalls(List<Token> tokens) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean startsName = t.isName() && (i == 0 || !tokens.get(i - 1).isSymbol('.'));
            if (!startsName || (i > 0 && tokens.get(i - 1).is("CALL")) || (i > 0 && tokens.get(i - 1).isSymbol('$'))) {
                continue;
            }
            int length = dottedLength(tokens, i);
            int next = i + length;
            if (next < tokens.size() && tokens.get(next).isSymbol('(')) {
                calls.add(dottedName(tokens, i));
            }
        }
        return calls;
    }
}
