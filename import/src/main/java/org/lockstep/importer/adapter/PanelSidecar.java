package org.lockstep.importer.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lockstep.importer.ImportException;

/**
 * What a services response does not say: whose storefront it is, in which currency, and when it was fetched; from
 * {@code panel.json} beside the response, each field overridden by its command-line option.
 *
 * @param storefront the storefront id (required)
 * @param vendor     the vendor's id, or null when the storefront is already in the graph
 * @param vendorName the vendor's name (the id when not given)
 * @param url        the panel's address (required with a vendor, as storefronts require it)
 * @param currency   the rates' ISO 4217 code (required)
 * @param observedAt when the response was fetched (required)
 * @param origin     where these came from, for rejects
 */
record PanelSidecar(String storefront, String vendor, String vendorName, String url, String currency,
        String observedAt, String origin) {

    static PanelSidecar read(Path file, SourceOptions options) {
        JsonNode json = JsonRecords.JSON.createObjectNode();
        String origin = "command line";
        if (Files.isRegularFile(file)) {
            origin = file.getFileName().toString();
            try {
                json = JsonRecords.JSON.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new ImportException(origin, 1, null, "is not valid JSON ("
                        + Values.abbreviate(String.valueOf(e.getMessage())) + "): write {\"storefront_id\": ..., "
                        + "\"currency\": \"USD\", \"observed_at\": \"2024-05-02\", ...}");
            }
            if (json == null || !json.isObject()) {
                throw new ImportException(origin, 1, null, "must be a JSON object");
            }
        }
        String storefront = pick(options.storefront(), json, "storefront_id");
        String vendor = pick(options.vendor(), json, "vendor_id");
        String currency = pick(options.currency(), json, "currency");
        String observed = pick(options.observedAt(), json, "observed_at");
        String url = pick(null, json, "url");
        String where = origin.equals("command line") ? "" : " or in " + origin;
        if (storefront == null) {
            throw missing(origin, "the storefront is not known: give --storefront ID, or storefront_id in panel.json");
        }
        if (currency == null) {
            throw missing(origin, "the currency of the rates is not known: give --currency USD (the panel's "
                    + "currency), or currency" + where);
        }
        if (observed == null) {
            throw missing(origin, "the day the services were fetched is not known: give --observed-at 2024-05-02, "
                    + "or observed_at" + where);
        }
        try {
            observed = Values.isoTime("observed_at", observed);
        } catch (BadSource e) {
            throw new ImportException(origin, 1, "observed_at", e.getMessage());
        }
        if (vendor != null && url == null) {
            throw missing(origin, "a storefront needs its url: add \"url\" to panel.json, or leave the vendor out "
                    + "when the storefront is already in the graph");
        }
        String vendorName = pick(null, json, "vendor_name");
        return new PanelSidecar(storefront, vendor, vendorName == null ? vendor : vendorName, url, currency, observed,
                origin);
    }

    private static String pick(String option, JsonNode json, String field) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        JsonNode v = json.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static ImportException missing(String origin, String reason) {
        return new ImportException(origin, 0, null, reason);
    }
}
