package org.lockstep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lockstep.testing.CypherFiles;

class MigrationsTest {

    @Test
    void the_ordered_list_names_every_migration_file_and_nothing_else() {
        assertThat(Migrations.FILES).containsExactlyElementsOf(CypherFiles.fileNames("migrations"));
    }

    @Test
    void statements_are_split_at_semicolons_ending_a_line_and_comments_are_dropped() {
        assertThat(Migrations.statements("""
                // name: x
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);
                CREATE INDEX b IF NOT EXISTS
                  FOR (n:B) ON (n.b);
                """)).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a)",
                "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.b)");
    }
}
