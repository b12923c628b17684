package org.lockstep.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The profile of each account (handle, names, bio, counts, avatar), regenerated from the account's own seed when its
 * row is written, so that no account record is ever held in memory.
 */
final class Profiles {
    /** What accounts.csv shows of one account, besides its id, creation time and follow counts. */
    record Profile(String handle, String displayName, String bio, int posts, boolean isPrivate, boolean verified,
            String avatarFile, String sha256, String phash) {
    }

    private static final String[][] CELEBRITIES = {
        {"nilufar.music", "Nilufar ✦", "Singer. New album out now 🎶"},
        {"arman.goals", "Arman Tehrani", "Footballer ⚽ | Official account"},
        {"kimia.cooks", "Kimia Cooks", "Recipes from my grandmother's kitchen 🍲"}};
    private static final String[][] TARGETS = {
        {"zan.rights.network", "Zan Rights Network", "Independent network for women's rights. زن، زندگی، آزادی"},
        {"women.life.collective", "Women Life Collective", "Documenting, supporting, speaking up."},
        {"bidari_women", "Bidari Women's Association", "Since 2014. Education and legal aid for women."},
        {"hamdeli.women.org", "Hamdeli Women's Support", "Peer support for survivors. DMs open, confidential."},
        {"raha.legal.aid", "Raha Legal Aid for Women", "Free legal advice on family law."},
        {"sisters.of.azadi", "Sisters of Azadi", "Diaspora collective. Art, protest, solidarity."},
        {"women.law.watch", "Women's Law Watch", "We track laws and court cases that affect women."},
        {"mehr_shelter", "Mehr Women's Shelter", "Shelter and hotline. You are not alone."},
        {"girls.learn.now", "Girls Learn", "Every girl in school. Scholarships and mentoring."},
        {"parvaz.women.media", "Parvaz Women's Media", "Stories by women journalists."}};
    private static final String[][] HONEYPOTS = {
        {"tara.ceramics.studio", "Tara Ceramics", "Handmade bowls and cups. Orders by DM."},
        {"daily.plants.corner", "Plant Corner", "One plant a day 🌿"},
        {"hooman.bakes", "Hooman Bakes", "Sourdough experiments 🍞"}};

    private final long seed;
    private final Plan plan;
    private final Population pop;
    private final List<Flood> floods;
    private final List<Post> posts;
    private final Avatars avatars;
    private final HandleSet handles;

    Profiles(Plan plan, Avatars avatars) {
        this.seed = plan.seed();
        this.plan = plan;
        this.pop = plan.pop();
        this.floods = plan.floods();
        this.posts = plan.posts();
        this.avatars = avatars;
        this.handles = new HandleSet(pop.size);
        // Fixed handles first, so that no generated handle can take one of them.
        for (String[] c : CELEBRITIES) {
            handles.add(c[0]);
        }
        for (int t = 0; t < pop.targetCount; t++) {
            handles.add(TARGETS[t][0]);
        }
        for (String[] h : HONEYPOTS) {
            handles.add(h[0]);
        }
    }

    Profile of(int index) {
        SplittableRandom r = Rng.stream(seed, "profile", index);
        Role role = pop.role(index);
        return switch (role) {
            case CELEBRITY -> fixed(CELEBRITIES[index], 1_500 + r.nextInt(4_500), true, r);
            case TARGET -> fixed(TARGETS[index - pop.targetStart], postsOf(index), r.nextDouble() < 0.3, r);
            case HONEYPOT -> fixed(HONEYPOTS[index - pop.honeypotStart], postsOf(index), false, r);
            case BOT, DELIVERED -> bot(index, vendorOf(index), r);
            case TROLL, ORGANIC, DECOY_VIRAL, DECOY_MEME, DECOY_FAN -> person(role, r);
        };
    }

    private Profile fixed(String[] text, int postCount, boolean verified, SplittableRandom r) {
        return new Profile(text[0], text[1], text[2], postCount, false, verified, "", Rng.hex(r, 64), Rng.hex(r, 16));
    }

    /** A vendor's account: its vendor's handle skeleton; a pooled avatar, or a face of its own at the third vendor. */
    private Profile bot(int index, int vendor, SplittableRandom r) {
        VendorStyle style = VendorStyle.of(vendor);
        String handle;
        do {
            handle = style.handle(r);
        } while (!handles.add(handle));
        String[] avatar = {"", "", ""};
        if (vendor == UniqueFaces.VENDOR) {
            avatar = avatars.face(plan.uniqueFaces().rank(pop, index));
        } else if (r.nextDouble() < 0.6) {
            avatar[0] = avatars.vendorPools().get(vendor).pick(r);
        }
        return new Profile(handle, style.displayName(r), VendorStyle.bio(r), plan.camouflage().posts(plan, index),
                r.nextDouble() < 0.1, false, avatar[0], avatar[1], avatar[2]);
    }

    private Profile person(Role role, SplittableRandom r) {
        String handle = Names.handle(r, 0);
        for (int attempt = 1; !handles.add(handle); attempt++) {
            handle = Names.handle(r, attempt);
        }
        double hostile = role == Role.TROLL ? 0.05 : 0.002;
        String bio = r.nextDouble() < hostile
                ? VendorStyle.HOSTILE[r.nextInt(VendorStyle.HOSTILE.length)]
                : Names.bio(r);
        int posts = r.nextDouble() < (role == Role.TROLL ? 0.6 : 0.85) ? 1 + (int) Math.exp(r.nextDouble() * 7) : 0;
        if (role == Role.DECOY_VIRAL) {
            posts = Math.max(posts, 3 + r.nextInt(40));
        }
        String file = "";
        String sha = "";
        String phash = "";
        double a = r.nextDouble();
        if (role == Role.DECOY_MEME) {
            file = avatars.memeFile();
        } else if (role == Role.TROLL && a < 0.25) {
            file = avatars.trollPool().pick(r);
        } else if (a < 0.78) {
            // Scraped without the image: only its hashes.
            sha = Rng.hex(r, 64);
            phash = Rng.hex(r, 16);
        }
        return new Profile(handle, Names.displayName(r), bio, posts, r.nextDouble() < 0.2, r.nextDouble() < 0.001,
                file, sha, phash);
    }

    int vendorOf(int index) {
        if (pop.role(index) == Role.BOT) {
            return floods.get(pop.campaign[index]).vendor();
        }
        for (int v = Population.VENDORS - 1; v >= 0; v--) {
            if (index >= pop.deliveredStart(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a vendor account: " + index);
    }

    private int postsOf(int index) {
        return (int) posts.stream().filter(p -> p.account() == index).count();
    }
}
