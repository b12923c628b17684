package org.lockstep.importer.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lockstep.importer.ImportException;
import org.lockstep.importer.ImportListener;

/**
 * An SMM panel's API v2 {@code services} response ({@code [{service, name, type, category, rate, min, max}]}, rate
 * per 1000) as the offers of one storefront on one day: each line that sells followers, likes, comments, views or
 * reports on a known platform becomes an offer of 1000 at {@code rate}. The storefront, vendor, currency and day
 * come from {@value #SIDECAR} beside the file or from the command line.
 */
final class SmmPanelAdapter implements SourceAdapter {
    static final String SIDECAR = "panel.json";
    private static final Map<String, String> LABELS = Map.of("service", "name", "target_platform", "name",
            "price", "rate", "storefront_id", "storefront", "currency", "currency", "observed_at", "observed_at");

    @Override
    public void translate(Path path, SourceOptions options, DatasetWriter out, ImportListener listener) {
        List<SourceFile> services = new ArrayList<>();
        for (SourceFile file : SourceFiles.list(path)) {
            FileKind kind = FileKind.of(file);
            if (kind == FileKind.PANEL_SERVICES || kind == FileKind.OTHER && Files.isRegularFile(path)) {
                services.add(file);
            } else if (kind != FileKind.PANEL_SIDECAR) {
                out.warning(file.name() + ": not a services response; ignored");
            }
        }
        if (services.size() != 1) {
            throw new ImportException(path.toString(), 0, null, services.isEmpty()
                    ? "holds no SMM panel services response ([{\"service\": 1, \"name\": ..., \"rate\": ...}, ...])"
                    : "holds " + services.size() + " services responses: import one panel observation at a time");
        }
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        PanelSidecar panel = PanelSidecar.read(folder.resolve(SIDECAR), options);
        if (panel.vendor() != null) {
            int sidecar = out.source(panel.origin(), Map.of("id", "storefront_id", "vendor_id", "vendor_id",
                    "name", "vendor_name", "url", "url"));
            Map<String, String> vendor = new LinkedHashMap<>();
            vendor.put("id", panel.vendor());
            vendor.put("name", panel.vendorName());
            out.write("vendors", sidecar, 1, vendor);
            Map<String, String> storefront = new LinkedHashMap<>();
            storefront.put("id", panel.storefront());
            storefront.put("vendor_id", panel.vendor());
            storefront.put("url", panel.url());
            storefront.put("kind", "panel_api");
            storefront.put("first_seen", panel.observedAt());
            storefront.put("last_seen", panel.observedAt());
            out.write("storefronts", sidecar, 1, storefront);
        }
        offers(services.getFirst(), panel, out, listener);
        out.touch("accounts");
        out.manifest(Options.dataset(options, "smm-panel-" + panel.storefront() + "-"
                + panel.observedAt().substring(0, 10)), "smm_panel", panel.observedAt(),
                "smm-panel adapter: " + services.getFirst().name());
    }

    private static void offers(SourceFile file, PanelSidecar panel, DatasetWriter out, ImportListener listener) {
        Progress progress = new Progress(listener, file);
        int source = out.source(file.name(), LABELS);
        Map<String, String> firstOffer = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        JsonRecords.read(file, progress, false, new JsonRecords.Sink() {
            @Override
            public void record(long line, JsonNode object) {
                progress.row();
                SourceRecord item = SourceRecord.of(object);
                try {
                    String id = item.text("service");
                    if (id == null) {
                        throw new BadSource("service", "required but empty: the panel's id of the service");
                    }
                    String type = item.text("type") == null ? "" : item.text("type").toLowerCase(Locale.ROOT);
                    ServiceNames.Sold sold = ServiceNames.read(item.text("name"), item.text("category"));
                    if (sold == null || type.contains("package") || type.contains("subscription")) {
                        skipped.add(Values.abbreviate(id));
                        return;
                    }
                    String key = sold.service() + " " + sold.platform();
                    String first = firstOffer.putIfAbsent(key, "service " + Values.abbreviate(id) + " at line " + line);
                    if (first != null) {
                        throw new BadSource("service", "service " + Values.abbreviate(id) + " is a second "
                                + sold.platform() + " " + sold.service() + " offer per 1000 on this storefront and "
                                + "day, after " + first + "; the graph keeps one offer per storefront, service, "
                                + "platform, quantity and day");
                    }
                    Map<String, String> offer = new LinkedHashMap<>();
                    offer.put("storefront_id", panel.storefront());
                    offer.put("service", sold.service());
                    offer.put("target_platform", sold.platform());
                    offer.put("quantity", "1000");
                    offer.put("price", item.text("rate"));
                    offer.put("currency", panel.currency());
                    offer.put("observed_at", panel.observedAt());
                    if (!out.write("offers", source, line, offer)) {
                        progress.rejected();
                    }
                } catch (BadSource e) {
                    out.reject("offers", source, line, e.field(), e.getMessage());
                    progress.rejected();
                }
            }

            @Override
            public void bad(long line, String reason) {
                progress.row();
                out.reject("offers", source, line, "", reason);
                progress.rejected();
            }
        });
        progress.done();
        if (!skipped.isEmpty()) {
            out.warning(file.name() + ": " + skipped.size() + " services sell something other than followers, "
                    + "likes, comments, views or reports of one known platform per 1000 (or name several) and are "
                    + "not offers of the graph: services " + String.join(", ", skipped.subList(0,
                    Math.min(10, skipped.size()))) + (skipped.size() > 10 ? ", ..." : ""));
        }
    }
}
