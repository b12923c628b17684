package org.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportReportTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            lockstep-demo-small-seed42, lockstep-demo-small-seed42
            ../../etc,                  dataset.._.._etc-
            a/b,                        a_b-
            """)
    void a_dataset_name_becomes_one_safe_folder_name(String dataset, String expectedStart) {
        String safe = ImportReport.safeName(dataset);
        assertThat(safe).startsWith(expectedStart).doesNotContain("/").doesNotStartWith(".");
    }

    @Test
    void names_that_differ_only_in_replaced_characters_get_different_folders() {
        assertThat(ImportReport.safeName("a/b")).isNotEqualTo(ImportReport.safeName("a_b"))
                .isNotEqualTo(ImportReport.safeName("a:b"));
    }

    @Test
    void terminal_output_carries_no_escape_sequences_or_bidi_overrides() {
        assertThat(Terminal.safe("evil\u001b[2J\u202Egpj.exe\r\nx")).isEqualTo("evil?[2J?gpj.exe??x");
    }
}
