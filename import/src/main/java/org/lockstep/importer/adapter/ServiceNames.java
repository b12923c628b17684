package org.lockstep.importer.adapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads which service and platform an SMM panel's line sells from its name and category, by whole words only. A
 * line that names no known service or platform, or more than one, is not guessed at: it is left out.
 */
final class ServiceNames {
    /** What a panel line sells, in the dataset's words. */
    record Sold(String service, String platform) {
    }

    private static final Map<String, Pattern> SERVICES = words(
            "followers", "followers?|subscribers?|members?",
            "likes", "likes?|hearts?",
            "comments", "comments?",
            "views", "views?",
            "reports", "reports?");
    private static final Map<String, Pattern> PLATFORMS = words(
            "instagram", "instagram|insta|ig",
            "twitter", "twitter|tweets?",
            "facebook", "facebook|fb",
            "tiktok", "tiktok|tik tok",
            "telegram", "telegram",
            "youtube", "youtube|yt");

    private ServiceNames() {
    }

    /** The service and platform, each from the name when it names exactly one, else from the category; or null. */
    static Sold read(String name, String category) {
        String service = one(SERVICES, name, category);
        String platform = one(PLATFORMS, name, category);
        return service == null || platform == null ? null : new Sold(service, platform);
    }

    private static String one(Map<String, Pattern> words, String name, String category) {
        for (String text : new String[] {name, category}) {
            if (text == null) {
                continue;
            }
            List<String> found = words.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                    .map(Map.Entry::getKey).toList();
            if (found.size() == 1) {
                return found.getFirst();
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static Map<String, Pattern> words(String... pairs) {
        Map<String, Pattern> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], Pattern.compile("(?<![\\p{L}\\p{N}])(" + pairs[i + 1] + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return m;
    }
}
