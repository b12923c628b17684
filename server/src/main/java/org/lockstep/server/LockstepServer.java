package org.lockstep.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.console.ConsoleLimits;
import org.lockstep.console.ConsoleService;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.stats.StatsService;
import org.lockstep.store.GraphStore;

/**
 * The Lockstep web server: the JSON API under {@code /api} and the bundled web UI at {@code /}.
 *
 * <p>It owns no state of its own: the services it is given hold the graph.
 */
public final class LockstepServer implements AutoCloseable {
    /** Attacker-written names end up on the page: the browser must run nothing that is not ours. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
            + "script-src 'self'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final ServerConfig config;

    private LockstepServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    public static LockstepServer start(GraphStore store, ServerConfig config) {
        var stats = new StatsController(new StatsService(store));
        DetectorCatalog catalog = DetectorCatalog.builtIn(store.driver());
        var detectors = new DetectorController(catalog);
        CampaignStore campaignStore = new CampaignStore(store.driver());
        var campaigns = new CampaignController(new DetectAll(catalog, campaignStore, Clock.systemUTC()),
                campaignStore);
        var console = new ConsoleController(new ConsoleService(store.driver(), ConsoleLimits.defaults()));
        Javalin app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> {
                RequestGuard.check(ctx, ctx.req().getLocalPort());
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Cache-Control", "no-store");
            });
            Routes.declare(c, stats, detectors, console, campaigns);
            ErrorMapping.install(c);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            if (hasCause(e, java.net.BindException.class)) {
                throw InvalidRequestException.badValue("port", "Port " + config.port() + " on " + config.host()
                        + " is taken (another Lockstep?): stop that program, or choose another with --port"
                        + " (--port 0 picks a free one).");
            }
            throw e;
        }
        return new LockstepServer(app, config);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
