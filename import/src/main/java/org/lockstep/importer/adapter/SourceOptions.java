package org.lockstep.importer.adapter;

/**
 * What the source itself does not say, given on the command line; every field may be null.
 *
 * @param dataset    the dataset name, instead of one derived from the source
 * @param observedAt when the source was collected (ISO-8601): the accounts', follows' and offers' observed_at
 * @param storefront SMM panel: the storefront id whose price list this is (overrides panel.json)
 * @param vendor     SMM panel: the vendor operating it (overrides panel.json)
 * @param currency   SMM panel: the ISO 4217 code of the panel's rates (overrides panel.json)
 */
public record SourceOptions(String dataset, String observedAt, String storefront, String vendor, String currency) {
    public static final SourceOptions NONE = new SourceOptions(null, null, null, null, null);
}
